import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  CORE_SCHEMA,
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  getScalarValue,
  parseEvents
} from "./chunk-FXYFADYA.js";

// src/workspace/yaml-ast.ts
var Scalar = class {
  constructor(value, type, start, end) {
    this.value = value;
    this.type = type;
    this.start = start;
    this.end = end;
  }
  value;
  type;
  start;
  end;
  static PLAIN = "PLAIN";
  static QUOTE_SINGLE = "QUOTE_SINGLE";
  static QUOTE_DOUBLE = "QUOTE_DOUBLE";
  static BLOCK_LITERAL = "BLOCK_LITERAL";
  static BLOCK_FOLDED = "BLOCK_FOLDED";
  anchor = void 0;
  get range() {
    return [this.start, this.end, this.end];
  }
};
var Pair = class {
  constructor(key, value) {
    this.key = key;
    this.value = value;
  }
  key;
  value;
};
var YAMLMap = class {
  constructor(range, flow) {
    this.range = range;
    this.flow = flow;
  }
  range;
  flow;
  anchor = void 0;
  items = [];
};
var YAMLSeq = class {
  constructor(range, flow) {
    this.range = range;
    this.flow = flow;
  }
  range;
  flow;
  anchor = void 0;
  items = [];
};
var Alias = class {
  constructor(source, target, range) {
    this.source = source;
    this.target = target;
    this.range = range;
  }
  source;
  target;
  range;
  /** The anchored node (kept as a method so callers read like the `yaml` package's). */
  resolve() {
    return this.target;
  }
};
var Document = class {
  constructor(contents) {
    this.contents = contents;
  }
  contents;
  /** Nodes written in the document (aliases count as one). */
  nodes = 0;
  /** Alias nodes in the document. */
  aliases = 0;
  /** Offsets of plain `<<` keys (YAML 1.1 merge keys, which GitHub's workflow parser refuses). */
  mergeKeys = [];
};
var isScalar = (node) => node instanceof Scalar;
var isMap = (node) => node instanceof YAMLMap;
var isSeq = (node) => node instanceof YAMLSeq;
var isAlias = (node) => node instanceof Alias;
var isNode = (node) => isScalar(node) || isMap(node) || isSeq(node) || isAlias(node);
var YamlSyntaxError = class extends Error {
  constructor(message, offset, line, column) {
    super(message);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
  offset;
  line;
  column;
};
var STYLE = {
  [SCALAR_STYLE.PLAIN]: "PLAIN",
  [SCALAR_STYLE.SINGLE_QUOTED]: "QUOTE_SINGLE",
  [SCALAR_STYLE.DOUBLE_QUOTED]: "QUOTE_DOUBLE",
  [SCALAR_STYLE.LITERAL_BLOCK]: "BLOCK_LITERAL",
  [SCALAR_STYLE.FOLDED_BLOCK]: "BLOCK_FOLDED"
};
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
function mayResolve(raw) {
  if (raw === "") return true;
  const c = raw.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}
function parseYamlDocuments(text, options = {}) {
  let events;
  let input = text;
  for (let attempt = 0; ; attempt += 1) {
    try {
      events = parseEvents(input, { maxDepth: options.maxDepth ?? 100 });
      break;
    } catch (error) {
      const joined = attempt < MAX_BRACKET_JOINS ? joinClosingBracket(input, error) : null;
      if (joined === null) throw toSyntaxError(error, text);
      input = joined;
    }
  }
  return new TreeBuilder(text).build(events);
}
var MAX_BRACKET_JOINS = 200;
function joinClosingBracket(input, error) {
  if (error.reason !== "deficient indentation") return null;
  const position = error.mark?.position;
  if (typeof position !== "number") return null;
  let at = position;
  while (at < input.length && (input[at] === " " || input[at] === "	")) at += 1;
  if (input[at] !== "]" && input[at] !== "}") return null;
  const lineStart = input.lastIndexOf("\n", at - 1);
  if (lineStart < 0 || input.slice(lineStart + 1, at).trim() !== "") return null;
  const previousStart = input.lastIndexOf("\n", lineStart - 1) + 1;
  const previous = input.slice(previousStart, lineStart);
  if (/(^|\s)#/.test(previous)) return null;
  const cr = input[lineStart - 1] === "\r" ? 1 : 0;
  return input.slice(0, lineStart - cr) + " ".repeat(1 + cr) + input.slice(lineStart + 1);
}
var TreeBuilder = class {
  constructor(text) {
    this.text = text;
  }
  text;
  documents = [];
  anchors = /* @__PURE__ */ new Map();
  stack = [];
  /** Where the last token read ended: where an empty value sits and where a collection ends. */
  lastEnd = 0;
  build(events) {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.documents.push(new Document(null));
          this.anchors.clear();
          this.stack.push({ node: null, key: void 0, keys: void 0 });
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const range = [event.start, event.start, event.start];
          const flow = event.style === 2;
          const node = event.type === EVENT_ID.MAPPING ? new YAMLMap(range, flow) : new YAMLSeq(range, flow);
          if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
          this.stack.push({ node, key: void 0, keys: void 0 });
          this.lastEnd = event.start + 1;
          break;
        }
        case EVENT_ID.SCALAR:
          this.attach(this.scalar(event));
          break;
        case EVENT_ID.ALIAS: {
          const name = this.text.slice(event.anchorStart, event.anchorEnd);
          const target = this.anchors.get(name);
          if (!target) throw new YamlSyntaxError(`unknown anchor "${name}" for alias *${name}`, event.anchorStart - 1);
          this.lastEnd = event.anchorEnd;
          this.attach(new Alias(name, target, [event.anchorStart - 1, event.anchorEnd, event.anchorEnd]));
          break;
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame?.node) break;
          const node = frame.node;
          const end = node.flow ? this.closingBracket(
            node instanceof YAMLMap ? 125 : 93
            /* ] */
          ) : this.lastEnd;
          node.range[1] = end;
          node.range[2] = end;
          this.lastEnd = end;
          this.attach(node);
          break;
        }
      }
    }
    return this.documents;
  }
  scalar(event) {
    const type = STYLE[event.style] ?? "PLAIN";
    let value;
    let start;
    let end;
    if (event.valueStart < 0) {
      value = null;
      start = end = this.lastEnd;
    } else {
      const raw = getScalarValue(this.text, event);
      if (event.tagStart >= 0) value = this.tagged(this.text.slice(event.tagStart, event.tagEnd), raw);
      else value = type === "PLAIN" && mayResolve(raw) ? CORE_SCHEMA.resolveImplicitScalarTag(raw).value : raw;
      if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") {
        start = event.valueStart - 1;
        end = event.valueEnd + 1;
      } else {
        start = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? this.blockHeader(event.valueStart) : event.valueStart;
        end = event.valueEnd;
      }
      this.lastEnd = end;
    }
    const node = new Scalar(value, type, start, end);
    if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
    return node;
  }
  /** The value of an explicitly tagged scalar: core tags are resolved, any other tag keeps the text. */
  tagged(tag, raw) {
    const name = tag.startsWith("!!") ? CORE_TAG_PREFIX + tag.slice(2) : tag.startsWith("!<") ? tag.slice(2, -1) : tag;
    const definition = name.startsWith(CORE_TAG_PREFIX) ? CORE_SCHEMA.lookupScalarTag(name) : void 0;
    if (!definition) return raw;
    const value = definition.resolve(raw, true, name);
    return value === NOT_RESOLVED ? raw : value;
  }
  /** Offset of a block scalar's `|` or `>` indicator: on the line before its content, after the key. */
  blockHeader(contentStart) {
    const text = this.text;
    let lineEnd = contentStart - 1;
    while (lineEnd > 0 && text.charCodeAt(lineEnd) !== 10) lineEnd -= 1;
    const from = Math.min(this.lastEnd, lineEnd);
    for (let i = from; i < lineEnd; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 35 && i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) break;
      if (c !== 124 && c !== 62) continue;
      let j = i + 1;
      while (j < lineEnd && /[0-9+-]/.test(text[j])) j += 1;
      const after = text.charCodeAt(j);
      if (j >= lineEnd || after === 32 || after === 9 || after === 13) return i;
    }
    return Math.max(0, Math.min(contentStart, lineEnd));
  }
  /** End of a flow collection: just past its closing bracket (after the last item, spaces, commas, comments). */
  closingBracket(bracket) {
    const text = this.text;
    for (let i = this.lastEnd; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === bracket) return i + 1;
      if (c === 35) {
        while (i < text.length && text.charCodeAt(i) !== 10) i += 1;
      }
    }
    return text.length;
  }
  attach(node) {
    const document = this.documents[this.documents.length - 1];
    if (document) {
      document.nodes += 1;
      if (node instanceof Alias) document.aliases += 1;
    }
    if (!(node instanceof Alias) && node.anchor !== void 0) this.anchors.set(node.anchor, node);
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    const parent = frame.node;
    if (parent === null) {
      if (document) document.contents = node;
    } else if (parent instanceof YAMLSeq) {
      parent.items.push(node);
    } else if (frame.key === void 0) {
      this.checkUnique(frame, parent, node);
      frame.key = node;
    } else {
      parent.items.push(new Pair(frame.key, node));
      frame.key = void 0;
    }
  }
  checkUnique(frame, map, key) {
    if (!(key instanceof Scalar)) return;
    const name = String(key.value);
    if (name === "<<" && key.type === "PLAIN") {
      this.documents[this.documents.length - 1]?.mergeKeys.push(key.start);
      return;
    }
    let duplicate = false;
    if (frame.keys) duplicate = frame.keys.has(name);
    else {
      for (const pair of map.items) if (pair.key instanceof Scalar && String(pair.key.value) === name) duplicate = true;
      if (map.items.length >= 8) frame.keys = new Set(map.items.flatMap((pair) => pair.key instanceof Scalar ? [String(pair.key.value)] : []));
    }
    if (duplicate) throw new YamlSyntaxError(`duplicate key "${name}" in a mapping`, key.start);
    frame.keys?.add(name);
  }
};
function toSyntaxError(error, text) {
  const mark = error.mark;
  const reason = error.reason ?? error.message ?? String(error);
  const offset = Math.max(0, Math.min(mark?.position ?? 0, text.length));
  const line = typeof mark?.line === "number" ? mark.line + 1 : void 0;
  const column = typeof mark?.column === "number" ? mark.column + 1 : void 0;
  return new YamlSyntaxError(reason, offset, line, column);
}
var AliasExpansionError = class extends Error {
};
function expandedSize(root, limit) {
  const sizes = /* @__PURE__ */ new Map();
  const size = (node) => {
    if (node === null) return 1;
    if (node instanceof Alias) return size(node.target);
    if (node instanceof Scalar) return 1;
    const known = sizes.get(node);
    if (known !== void 0) return known;
    let total = 1;
    if (node instanceof YAMLSeq) {
      for (const item of node.items) if ((total += size(item)) > limit) break;
    } else {
      for (const pair of node.items) if ((total += size(pair.key) + size(pair.value)) > limit) break;
    }
    total = Math.min(total, limit + 1);
    sizes.set(node, total);
    return total;
  };
  return size(root);
}
function toJS(root, maxNodes = 1e5) {
  let budget = maxNodes;
  const convert = (node) => {
    if ((budget -= 1) < 0) throw new AliasExpansionError(`the document expands to more than ${maxNodes} nodes`);
    if (node === null) return null;
    if (node instanceof Alias) return convert(node.target);
    if (node instanceof Scalar) return node.value;
    if (node instanceof YAMLSeq) return node.items.map(convert);
    const out = {};
    for (const pair of node.items) {
      const key = convert(pair.key);
      const name = key !== null && typeof key === "object" ? JSON.stringify(key) : String(key);
      const value = convert(pair.value);
      if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  };
  return convert(root);
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts = null;
  linePos(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: at - starts[low] + 1 };
  }
};
function lineStarts(text) {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count += 1;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}

// src/workspace/yaml.ts
var MAX_ALIAS_NODES = 1e4;
function parseYaml(path, text) {
  const lineCounter = new LineIndex(text);
  let documents;
  try {
    documents = parseYamlDocuments(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const position = syntaxErrorPosition(text, lineCounter, error);
    return { ok: false, failure: { path, message: cleanMessage(error.message), line: position.line, column: position.col } };
  }
  if (documents.length > 1) {
    const content = documents[1]?.contents?.range[0] ?? text.length;
    const marker = text.lastIndexOf("\n---", content);
    const position = lineCounter.linePos(marker === -1 ? content : marker + 1);
    return {
      ok: false,
      failure: { path, message: `the file holds ${documents.length} YAML documents (separated by ---) where one is expected`, line: position.line, column: position.col }
    };
  }
  const doc = documents[0] ?? new Document(null);
  const limit = doc.nodes + MAX_ALIAS_NODES;
  if (doc.aliases > 0 && expandedSize(doc.contents, limit) > limit) {
    return {
      ok: false,
      failure: { path, message: `aliases add more than ${MAX_ALIAS_NODES} nodes to the document: refusing a possible alias bomb`, line: 1, column: 1 }
    };
  }
  let value;
  let converted = false;
  const file = {
    path,
    text,
    lineCounter,
    doc,
    get value() {
      if (!converted) {
        value = toJS(doc.contents, limit);
        converted = true;
      }
      return value;
    }
  };
  return { ok: true, file };
}
function syntaxErrorPosition(text, lines, error) {
  return errorPosition(text, error.line !== void 0 && error.column !== void 0 ? { line: error.line, col: error.column } : lines.linePos(error.offset));
}
function errorPosition(text, position) {
  const lines = text.split("\n");
  let line = position.line;
  while (line > 1 && (lines[line - 1] ?? "").trim() === "") line -= 1;
  return line === position.line ? position : { line, col: 1 };
}
function cleanMessage(message) {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}
function locate(file, target) {
  const [start, end] = isNode(target) ? target.range : target;
  const startPos = file.lineCounter.linePos(start);
  const endPos = file.lineCounter.linePos(Math.max(start, end - 1));
  return { path: file.path, startLine: startPos.line, startColumn: startPos.col, endLine: endPos.line, endColumn: endPos.col };
}

export {
  Scalar,
  isScalar,
  isMap,
  isSeq,
  isAlias,
  isNode,
  YamlSyntaxError,
  parseYamlDocuments,
  LineIndex,
  parseYaml,
  syntaxErrorPosition,
  errorPosition,
  locate
};
