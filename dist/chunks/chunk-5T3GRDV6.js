import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  manifestImages,
  runAdvisorySource
} from "./chunk-XMTR73JG.js";
import {
  parseImageRef
} from "./chunk-XXKC4A6T.js";
import {
  MAX_WORKFLOW_BYTES,
  listWorkflowFiles,
  parseWorkflowText,
  workflowFilesFact
} from "./chunk-WIB2GAQN.js";
import {
  defineFact,
  known,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  errorMessage
} from "./chunk-TITGSPWO.js";
import {
  Scalar,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  locate
} from "./chunk-S4MNMSRP.js";

// src/workflow/expressions.ts
function scanExpressions(value) {
  const found = [];
  let from = 0;
  while (from < value.length) {
    const start = value.indexOf("${{", from);
    if (start === -1) break;
    const bodyStart = start + 3;
    let i = bodyStart;
    let inString = false;
    let close = -1;
    while (i < value.length) {
      const c = value.charCodeAt(i);
      if (inString) {
        if (c === 39) {
          if (value.charCodeAt(i + 1) === 39) i += 1;
          else inString = false;
        }
      } else if (c === 39) {
        inString = true;
      } else if (c === 125 && value.charCodeAt(i + 1) === 125) {
        close = i;
        break;
      }
      i += 1;
    }
    if (close === -1) {
      found.push({ start, end: value.length, body: value.slice(bodyStart), bodyStart, terminated: false });
      break;
    }
    found.push({ start, end: close + 2, body: value.slice(bodyStart, close), bodyStart, terminated: true });
    from = close + 2;
  }
  return found;
}
var MAX_EXPRESSION_LENGTH = 21e3;
var MAX_DEPTH = 50;
function lex(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i += 1;
      continue;
    }
    const start = i;
    if (c === "'") {
      let v = "";
      i += 1;
      for (; ; ) {
        if (i >= text.length) return null;
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        v += text[i];
        i += 1;
      }
      tokens.push({ t: "str", v, s: start, e: i });
      continue;
    }
    if (/[0-9]/.test(c) || c === "-" && /[0-9.]/.test(text[i + 1] ?? "") && !lastIsValue(tokens)) {
      const m = /^-?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?)/i.exec(text.slice(i));
      if (!m) return null;
      i += m[0].length;
      tokens.push({ t: "num", v: Number(m[0]), s: start, e: i });
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_-]/.test(text[i])) i += 1;
      tokens.push({ t: "id", v: text.slice(start, i), s: start, e: i });
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "==" || two === "!=" || two === "<=" || two === ">=" || two === "&&" || two === "||") {
      tokens.push({ t: "op", v: two, s: start, e: i + 2 });
      i += 2;
      continue;
    }
    if (".[]()!<>,*".includes(c)) {
      tokens.push({ t: "op", v: c, s: start, e: i + 1 });
      i += 1;
      continue;
    }
    return null;
  }
  return tokens;
}
function lastIsValue(tokens) {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  return last.t !== "op" || last.v === ")" || last.v === "]";
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  depth = 0;
  parse() {
    const node = this.or();
    return node && this.pos === this.tokens.length ? node : null;
  }
  peek() {
    return this.tokens[this.pos];
  }
  isOp(v) {
    const token = this.tokens[this.pos];
    return token?.t === "op" && token.v === v;
  }
  binary(next, ops) {
    let left = next();
    while (left) {
      const token = this.peek();
      if (!token || token.t !== "op" || !ops.includes(token.v)) break;
      this.pos += 1;
      const right = next();
      if (!right) return null;
      left = { kind: "binary", op: token.v, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  or() {
    if (++this.depth > MAX_DEPTH) return null;
    const node = this.binary(() => this.and(), ["||"]);
    this.depth -= 1;
    return node;
  }
  and() {
    return this.binary(() => this.equality(), ["&&"]);
  }
  equality() {
    return this.binary(() => this.comparison(), ["==", "!="]);
  }
  comparison() {
    return this.binary(() => this.unary(), ["<", "<=", ">", ">="]);
  }
  unary() {
    const token = this.peek();
    if (token?.t === "op" && token.v === "!") {
      this.pos += 1;
      if (++this.depth > MAX_DEPTH) return null;
      const operand = this.unary();
      this.depth -= 1;
      return operand ? { kind: "not", operand, start: token.s, end: operand.end } : null;
    }
    return this.postfix();
  }
  postfix() {
    let node = this.primary();
    while (node) {
      if (this.isOp(".")) {
        this.pos += 1;
        const name = this.peek();
        let segment;
        if (name?.t === "id") segment = name.v;
        else if (name?.t === "op" && name.v === "*") segment = "*";
        else return null;
        this.pos += 1;
        node = member(node, segment, name.e);
      } else if (this.isOp("[")) {
        this.pos += 1;
        let index;
        if (this.isOp("*")) {
          this.pos += 1;
          index = "*";
        } else index = this.or();
        if (!index || !this.isOp("]")) return null;
        const close = this.peek();
        this.pos += 1;
        if (index === "*") node = member(node, "*", close.e);
        else if (index.kind === "literal" && typeof index.value === "string") node = member(node, index.value, close.e);
        else if (index.kind === "literal" && typeof index.value === "number") node = member(node, "*", close.e);
        else node = { kind: "access", object: node, property: index, start: node.start, end: close.e };
      } else break;
    }
    return node;
  }
  primary() {
    const token = this.peek();
    if (!token) return null;
    this.pos += 1;
    if (token.t === "str") return { kind: "literal", value: token.v, start: token.s, end: token.e };
    if (token.t === "num") return { kind: "literal", value: token.v, start: token.s, end: token.e };
    if (token.t === "op") {
      if (token.v !== "(") return null;
      const inner = this.or();
      if (!inner || !this.isOp(")")) return null;
      this.pos += 1;
      return inner;
    }
    const lower = token.v.toLowerCase();
    if (lower === "true" || lower === "false") return { kind: "literal", value: lower === "true", start: token.s, end: token.e };
    if (lower === "null") return { kind: "literal", value: null, start: token.s, end: token.e };
    if (this.isOp("(")) {
      this.pos += 1;
      const args = [];
      if (!this.isOp(")")) {
        for (; ; ) {
          const arg = this.or();
          if (!arg) return null;
          args.push(arg);
          if (this.isOp(",")) {
            this.pos += 1;
            continue;
          }
          break;
        }
      }
      if (!this.isOp(")")) return null;
      const close = this.peek();
      this.pos += 1;
      return { kind: "call", name: lower, args, start: token.s, end: close.e };
    }
    return { kind: "context", path: lower, segments: [lower], dynamic: false, start: token.s, end: token.e };
  }
};
function member(object, segment, end) {
  if (object.kind === "context") {
    const lower = segment.toLowerCase();
    return { kind: "context", path: `${object.path}.${lower}`, segments: [...object.segments, lower], dynamic: object.dynamic, start: object.start, end };
  }
  return { kind: "access", object, property: segment === "*" ? "*" : segment.toLowerCase(), start: object.start, end };
}
var parseCache = /* @__PURE__ */ new Map();
function parseExpression(body) {
  const cached = parseCache.get(body);
  if (cached !== void 0 || parseCache.has(body)) return cached ?? null;
  let result = null;
  if (body.length <= MAX_EXPRESSION_LENGTH) {
    const tokens = lex(body);
    result = tokens && tokens.length > 0 ? new Parser(tokens).parse() : null;
  }
  if (parseCache.size > 5e4) parseCache.clear();
  parseCache.set(body, result);
  return result;
}
function contextRefs(node) {
  const out = [];
  const visit = (n) => {
    switch (n.kind) {
      case "context":
        out.push(n);
        break;
      case "call":
        n.args.forEach(visit);
        break;
      case "binary":
        visit(n.left);
        visit(n.right);
        break;
      case "not":
        visit(n.operand);
        break;
      case "access":
        visit(n.object);
        if (typeof n.property === "object") visit(n.property);
        break;
      default:
        break;
    }
  };
  if (node) visit(node);
  return out;
}
var PASS_THROUGH_FUNCTIONS = /* @__PURE__ */ new Set(["format", "join", "tojson", "fromjson"]);
function valueRefs(node) {
  const out = [];
  const visit = (n) => {
    switch (n.kind) {
      case "context":
        out.push(n);
        break;
      case "call":
        if (PASS_THROUGH_FUNCTIONS.has(n.name)) n.args.forEach(visit);
        break;
      case "binary":
        if (n.op === "||") {
          visit(n.left);
          visit(n.right);
        } else if (n.op === "&&") {
          visit(n.right);
        }
        break;
      case "access":
        visit(n.object);
        break;
      default:
        break;
    }
  };
  if (node) visit(node);
  return out;
}
function walkExpression(node, visit) {
  if (!node) return;
  visit(node);
  switch (node.kind) {
    case "call":
      node.args.forEach((arg) => walkExpression(arg, visit));
      break;
    case "binary":
      walkExpression(node.left, visit);
      walkExpression(node.right, visit);
      break;
    case "not":
      walkExpression(node.operand, visit);
      break;
    case "access":
      walkExpression(node.object, visit);
      if (typeof node.property === "object") walkExpression(node.property, visit);
      break;
    default:
      break;
  }
}

// src/workflow/source-map.ts
function sourceOffsets(source, node, value, targets) {
  const result = new Array(targets.length).fill(0);
  let next = 0;
  const map = {
    set(i, offset) {
      while (next < targets.length && targets[next] === i) result[next++] = offset;
    }
  };
  const range = node.range;
  if (!range || targets.length === 0) return result;
  const start = range[0];
  const end = Math.min(range[1], source.length);
  const type = node.type;
  let p = start;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const newline = source.indexOf("\n", start);
    p = newline === -1 || newline >= end ? end : newline + 1;
  } else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    p = start + 1;
  }
  const double = type === Scalar.QUOTE_DOUBLE;
  const single = type === Scalar.QUOTE_SINGLE;
  const last = targets[targets.length - 1];
  for (let i = 0; i < value.length && i <= last; i += 1) {
    const c = value.charCodeAt(i);
    for (; ; ) {
      if (p >= end) {
        map.set(i, Math.max(start, end - 1));
        break;
      }
      const s = source.charCodeAt(p);
      if (double && s === 92) {
        const n = source.charCodeAt(p + 1);
        if (n === 10 || n === 13) {
          p += n === 13 && source.charCodeAt(p + 2) === 10 ? 3 : 2;
          while (p < end && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p += 1;
          continue;
        }
        const length = n === 120 ? 4 : n === 117 ? 6 : n === 85 ? 10 : 2;
        if (length === 10 && c >= 55296 && c <= 56319 && i + 1 < value.length) {
          map.set(i, p);
          i += 1;
          map.set(i, p);
        } else map.set(i, p);
        p += length;
        break;
      }
      if (single && s === 39 && source.charCodeAt(p + 1) === 39) {
        map.set(i, p);
        p += 2;
        break;
      }
      if (s === c) {
        map.set(i, p);
        p += 1;
        break;
      }
      if ((c === 32 || c === 10) && (s === 10 || s === 13)) {
        map.set(i, p);
        p += s === 13 && source.charCodeAt(p + 1) === 10 ? 2 : 1;
        break;
      }
      p += 1;
    }
  }
  map.set(value.length, Math.min(p, end));
  return result;
}

// src/object-memo.ts
var ObjectMemo = class {
  key = /* @__PURE__ */ Symbol("memo");
  get(object) {
    return object[this.key];
  }
  set(object, value) {
    Object.defineProperty(object, this.key, { value, writable: true, configurable: true, enumerable: false });
    return this;
  }
};

// src/workflow/build.ts
function deref(_ctx, node) {
  if (isAlias(node)) return node.resolve();
  return node ?? null;
}
function mapOf(ctx, node) {
  const resolved = deref(ctx, node);
  return isMap(resolved) ? resolved : null;
}
function pairs(ctx, node, depth = 0) {
  const map = mapOf(ctx, node);
  if (!map) return [];
  const out = [];
  let merged = null;
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === void 0) continue;
    const key = String(keyNode.value);
    if (key === "<<" && depth < 5) {
      const source = deref(ctx, pair.value);
      const sources = isSeq(source) ? source.items : [source];
      for (const item of sources) (merged ??= []).push(...pairs(ctx, item, depth + 1));
      continue;
    }
    out.push({ key, keyNode, value: deref(ctx, pair.value) });
  }
  if (merged) {
    const own = new Set(out.map((p) => p.key));
    for (const pair of merged) if (!own.has(pair.key)) out.push(pair);
  }
  return out;
}
function pairMap(ctx, node) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of pairs(ctx, node)) if (!out.has(pair.key)) out.set(pair.key, pair);
  return out;
}
function items(ctx, node) {
  const resolved = deref(ctx, node);
  if (!isSeq(resolved)) return [];
  const out = [];
  for (const item of resolved.items) {
    const value = deref(ctx, item);
    if (value) out.push(value);
  }
  return out;
}
var NO_EXPRESSIONS = Object.freeze([]);
function strOf(ctx, node) {
  const resolved = deref(ctx, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === void 0) return void 0;
  const raw = resolved.value;
  const value = typeof raw === "string" ? raw : String(raw);
  return { value, node: resolved, expressions: value.includes("${{") ? expressionsOf(ctx.text, resolved, value) : NO_EXPRESSIONS };
}
function expressionsOf(text, node, value) {
  const spans = scanExpressions(value);
  if (spans.length === 0) return [];
  let offsets = null;
  const sourceOffset = (index) => {
    if (!offsets) {
      const targets = [];
      for (const span of spans) targets.push(span.start, Math.max(span.start, span.end - 1));
      offsets = sourceOffsets(text, node, value, targets);
    }
    return offsets[index] ?? 0;
  };
  return spans.map((span, i) => new SourcedExpression(span.body, span.terminated ? parseExpression(span.body) : null, span.terminated, span.start, span.end, sourceOffset, i));
}
var SourcedExpression = class {
  constructor(body, ast, terminated, valueStart, valueEnd, sourceOffset, index) {
    this.body = body;
    this.ast = ast;
    this.terminated = terminated;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.sourceOffset = sourceOffset;
    this.index = index;
  }
  body;
  ast;
  terminated;
  valueStart;
  valueEnd;
  sourceOffset;
  index;
  get start() {
    return this.sourceOffset(2 * this.index);
  }
  get end() {
    return this.sourceOffset(2 * this.index + 1) + 1;
  }
};
function conditionExpressions(file, str) {
  if (str.expressions.length > 0) return str.expressions;
  const cached = conditionCache.get(str);
  if (cached) return cached;
  const [start, end] = sourceSpan(file, str, 0, str.value.length);
  const expression = { body: str.value, ast: parseExpression(str.value), terminated: true, valueStart: 0, valueEnd: str.value.length, start, end, bare: true };
  conditionCache.set(str, [expression]);
  return [expression];
}
var conditionCache = new ObjectMemo();
function expressionNodeSpan(file, str, expression, node) {
  const bodyStart = expression.valueStart + (expression.bare ? 0 : 3);
  return sourceSpan(file, str, bodyStart + node.start, bodyStart + node.end);
}
function sourceSpan(file, str, valueStart, valueEnd) {
  const first = Math.min(valueStart, str.value.length);
  const [start = 0, last = start] = sourceOffsets(file.text, str.node, str.value, [first, Math.max(first, Math.min(valueEnd, str.value.length) - 1)]);
  return [start, Math.max(start + 1, last + 1)];
}
var EMPTY = /* @__PURE__ */ new Map();
function valueEntries(ctx, node) {
  const list = pairs(ctx, node);
  if (list.length === 0) return EMPTY;
  const out = /* @__PURE__ */ new Map();
  for (const pair of list) {
    if (out.has(pair.key)) continue;
    out.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: pair.value, value: strOf(ctx, pair.value) ?? null });
  }
  return out;
}
function envOf(ctx, node) {
  return valueEntries(ctx, node);
}
function stringList(ctx, node) {
  const resolved = deref(ctx, node);
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item)?.value ?? []);
  const single = strOf(ctx, resolved);
  return single ? [single.value] : [];
}
function permissionsOf(ctx, pair) {
  if (!pair) return void 0;
  const permissions = { keyNode: pair.keyNode, node: pair.value, form: "invalid", scopes: /* @__PURE__ */ new Map() };
  const value = pair.value;
  if (isScalar(value)) {
    const text = value.value === null || value.value === void 0 ? "" : String(value.value);
    if (text === "read-all" || text === "write-all") permissions.form = text;
    else if (text.includes("${{")) permissions.form = "expression";
    else if (text === "") permissions.form = "empty";
    return permissions;
  }
  if (value === null) {
    permissions.form = "empty";
    return permissions;
  }
  if (!isMap(value)) return permissions;
  const entries = pairs(ctx, value);
  permissions.form = entries.length === 0 ? "empty" : "map";
  for (const entry of entries) {
    const level = strOf(ctx, entry.value)?.value ?? "";
    permissions.scopes.set(entry.key, { level, keyNode: entry.keyNode, valueNode: entry.value });
  }
  return permissions;
}
function inputsOf(ctx, node) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of pairs(ctx, node)) {
    const fields = pairMap(ctx, pair.value);
    const input = { name: pair.key, keyNode: pair.keyNode };
    const type = strOf(ctx, fields.get("type")?.value)?.value;
    if (type) input.type = type.toLowerCase();
    const required = strOf(ctx, fields.get("required")?.value)?.value;
    if (required !== void 0) input.required = required === "true";
    const def = strOf(ctx, fields.get("default")?.value);
    if (def) input.default = def;
    const options = fields.get("options");
    if (options) input.options = stringList(ctx, options.value);
    out.set(pair.key, input);
  }
  return out;
}
function triggerOf(ctx, event, node, config) {
  const trigger = { event, node, config, filters: /* @__PURE__ */ new Map(), inputs: /* @__PURE__ */ new Map(), secrets: /* @__PURE__ */ new Map() };
  for (const pair of pairs(ctx, config)) {
    if (pair.key === "inputs") trigger.inputs = inputsOf(ctx, pair.value);
    else if (pair.key === "secrets") trigger.secrets = valueEntries(ctx, pair.value);
    else if (pair.key !== "outputs") trigger.filters.set(pair.key, stringList(ctx, pair.value));
  }
  return trigger;
}
function triggersOf(ctx, node) {
  if (isScalar(node)) {
    const text = strOf(ctx, node)?.value;
    return text ? [triggerOf(ctx, text, node, null)] : [];
  }
  if (isSeq(node)) {
    return items(ctx, node).flatMap((item) => {
      const text = isScalar(item) ? strOf(ctx, item)?.value : void 0;
      return text && isScalar(item) ? [triggerOf(ctx, text, item, null)] : [];
    });
  }
  return pairs(ctx, node).map((pair) => triggerOf(ctx, pair.key, pair.keyNode, pair.value));
}
var SHA = /^[0-9a-f]{40}$/i;
function parseUses(raw, node) {
  const uses = parseUsesText(raw);
  uses.node = node;
  return uses;
}
function parseUsesText(raw) {
  const value = raw.trim();
  const uses = { raw, kind: "invalid", name: value.toLowerCase(), pinned: false, reusableWorkflow: false };
  if (value.startsWith("./") || value.startsWith("$/")) {
    uses.kind = "local";
    if (value.startsWith("$/")) uses.selfRepository = true;
    const at2 = value.startsWith("$/") ? value.lastIndexOf("@") : -1;
    uses.path = (at2 > 0 ? value.slice(2, at2) : value.slice(2)).replace(/^\.\//, "");
    if (at2 > 0) uses.ref = value.slice(at2 + 1);
    uses.name = `./${uses.path}`.toLowerCase();
    uses.reusableWorkflow = /\.ya?ml$/i.test(uses.path);
    uses.pinned = true;
    return uses;
  }
  if (value.startsWith("docker://")) {
    uses.kind = "docker";
    uses.image = value.slice("docker://".length);
    uses.name = uses.image.toLowerCase();
    uses.pinned = /@sha256:[0-9a-f]{64}$/i.test(uses.image);
    return uses;
  }
  const at = value.lastIndexOf("@");
  if (at <= 0) return uses;
  const target = value.slice(0, at);
  const ref = value.slice(at + 1);
  const parts = target.split("/");
  if (parts.length < 2 || !parts[0] || !parts[1] || !ref) return uses;
  uses.kind = "remote";
  uses.owner = parts[0];
  uses.repo = parts[1];
  if (parts.length > 2) uses.path = parts.slice(2).join("/");
  uses.ref = ref;
  uses.slug = `${parts[0]}/${parts[1]}`.toLowerCase();
  uses.name = target.toLowerCase();
  uses.pinned = SHA.test(ref);
  uses.reusableWorkflow = /\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(target);
  return uses;
}
function usesOf(ctx, node) {
  const str = strOf(ctx, node);
  return str ? parseUses(str.value, str.node) : void 0;
}
function stepOf(ctx, node, index, job, action, defaultShell) {
  const fields = pairMap(ctx, node);
  const step = { index, node, with: EMPTY, env: EMPTY, job, action, effectiveShell: defaultShell };
  const id = strOf(ctx, fields.get("id")?.value);
  if (id) step.id = id;
  const name = strOf(ctx, fields.get("name")?.value);
  if (name) step.name = name;
  const condition = strOf(ctx, fields.get("if")?.value);
  if (condition) step.if = condition;
  const uses = usesOf(ctx, fields.get("uses")?.value);
  if (uses) step.uses = uses;
  step.with = valueEntries(ctx, fields.get("with")?.value);
  const run = strOf(ctx, fields.get("run")?.value);
  if (run) step.run = run;
  const shell = strOf(ctx, fields.get("shell")?.value);
  if (shell) {
    step.shell = shell;
    step.effectiveShell = shell.value;
  }
  step.env = envOf(ctx, fields.get("env")?.value);
  const workingDirectory = strOf(ctx, fields.get("working-directory")?.value);
  if (workingDirectory) step.workingDirectory = workingDirectory;
  if (strOf(ctx, fields.get("background")?.value)?.value === "true") step.background = true;
  const continueOnError = fields.get("continue-on-error")?.value;
  if (continueOnError) step.continueOnError = continueOnError;
  return step;
}
function stepNodes(ctx, node) {
  const out = [];
  for (const item of items(ctx, node)) {
    if (!isMap(item)) continue;
    const parallel = pairMap(ctx, item).get("parallel")?.value;
    if (parallel && isSeq(parallel)) {
      for (const member2 of items(ctx, parallel)) if (isMap(member2)) out.push({ node: member2, group: item });
    } else out.push({ node: item, group: null });
  }
  return out;
}
function withGroup(step, group) {
  if (group) step.parallelGroup = group;
  return step;
}
function defaultsOf(ctx, node) {
  const run = pairMap(ctx, pairMap(ctx, node).get("run")?.value);
  const out = {};
  const shell = strOf(ctx, run.get("shell")?.value);
  if (shell) out.shell = shell;
  const workingDirectory = strOf(ctx, run.get("working-directory")?.value);
  if (workingDirectory) out.workingDirectory = workingDirectory;
  return out;
}
function containerOf(ctx, node, name) {
  const container = { node, env: EMPTY, ...name !== void 0 ? { name } : {} };
  if (isScalar(node)) {
    const image2 = strOf(ctx, node);
    if (image2) container.image = image2;
    return container;
  }
  const fields = pairMap(ctx, node);
  const image = strOf(ctx, fields.get("image")?.value);
  if (image) container.image = image;
  const credentials = fields.get("credentials");
  if (credentials?.value) {
    const creds = pairMap(ctx, credentials.value);
    container.credentials = { node: credentials.value };
    const username = strOf(ctx, creds.get("username")?.value);
    if (username) container.credentials.username = username;
    const password = strOf(ctx, creds.get("password")?.value);
    if (password) container.credentials.password = password;
  }
  container.env = envOf(ctx, fields.get("env")?.value);
  const options = strOf(ctx, fields.get("options")?.value);
  if (options) container.options = options;
  return container;
}
function jobOf(ctx, workflow, pair) {
  const fields = pairMap(ctx, pair.value);
  const job = {
    id: pair.key,
    keyNode: pair.keyNode,
    node: pair.value,
    workflow,
    needs: [],
    services: [],
    outputs: EMPTY,
    env: EMPTY,
    defaults: {},
    with: EMPTY,
    steps: []
  };
  const name = strOf(ctx, fields.get("name")?.value);
  if (name) job.name = name;
  const needs = fields.get("needs")?.value;
  job.needs = isSeq(needs) ? items(ctx, needs).flatMap((item) => strOf(ctx, item) ?? []) : [strOf(ctx, needs)].flatMap((s) => s ?? []);
  const condition = strOf(ctx, fields.get("if")?.value);
  if (condition) job.if = condition;
  const runsOn = fields.get("runs-on");
  if (runsOn) {
    const value = runsOn.value;
    const labels = [];
    let group;
    if (isSeq(value)) labels.push(...items(ctx, value).flatMap((item) => strOf(ctx, item) ?? []));
    else if (isMap(value)) {
      const runner = pairMap(ctx, value);
      labels.push(...stringNodes(ctx, runner.get("labels")?.value));
      group = strOf(ctx, runner.get("group")?.value);
    } else {
      const single = strOf(ctx, value);
      if (single) labels.push(single);
    }
    job.runsOn = { node: value, labels, ...group ? { group } : {} };
  }
  const container = fields.get("container")?.value;
  if (container) job.container = containerOf(ctx, container);
  for (const service of pairs(ctx, fields.get("services")?.value)) {
    if (service.value) job.services.push(containerOf(ctx, service.value, service.key));
  }
  const environment = fields.get("environment")?.value;
  if (environment) {
    if (isMap(environment)) {
      const env = pairMap(ctx, environment);
      job.environment = { node: environment };
      const envName = strOf(ctx, env.get("name")?.value);
      if (envName) job.environment.name = envName;
      const url = strOf(ctx, env.get("url")?.value);
      if (url) job.environment.url = url;
      if (env.has("deployment")) job.environment.deployment = env.get("deployment")?.value ?? null;
    } else {
      const envName = strOf(ctx, environment);
      job.environment = { node: environment, ...envName ? { name: envName } : {} };
    }
  }
  job.outputs = valueEntries(ctx, fields.get("outputs")?.value);
  const strategy = fields.get("strategy")?.value;
  if (strategy) job.strategy = { node: strategy, matrix: pairMap(ctx, strategy).get("matrix")?.value ?? null };
  const permissions = permissionsOf(ctx, fields.get("permissions"));
  if (permissions) job.permissions = permissions;
  job.env = envOf(ctx, fields.get("env")?.value);
  job.defaults = defaultsOf(ctx, fields.get("defaults")?.value);
  const uses = usesOf(ctx, fields.get("uses")?.value);
  if (uses) job.uses = uses;
  job.with = valueEntries(ctx, fields.get("with")?.value);
  const secrets = fields.get("secrets")?.value;
  if (secrets) {
    const inherit = strOf(ctx, secrets)?.value === "inherit";
    job.secrets = { node: secrets, inherit, entries: inherit ? /* @__PURE__ */ new Map() : valueEntries(ctx, secrets) };
  }
  const concurrency = fields.get("concurrency")?.value;
  if (concurrency) job.concurrency = concurrency;
  const shell = job.defaults.shell?.value ?? workflow.defaults.shell?.value ?? "bash";
  job.steps = stepNodes(ctx, fields.get("steps")?.value).map(({ node, group }, index) => withGroup(stepOf(ctx, node, index, job, null, shell), group));
  return job;
}
function stringNodes(ctx, node) {
  const resolved = deref(ctx, node);
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item) ?? []);
  const single = strOf(ctx, resolved);
  return single ? [single] : [];
}
function buildWorkflow(file) {
  const ctx = { text: file.text };
  const top = pairMap(ctx, file.doc.contents);
  const workflow = {
    kind: "workflow",
    path: file.path,
    file,
    triggers: [],
    env: envOf(ctx, top.get("env")?.value),
    defaults: defaultsOf(ctx, top.get("defaults")?.value),
    jobs: [],
    jobsById: /* @__PURE__ */ new Map()
  };
  const name = strOf(ctx, top.get("name")?.value);
  if (name) workflow.name = name;
  const runName = strOf(ctx, top.get("run-name")?.value);
  if (runName) workflow.runName = runName;
  const on = top.get("on") ?? top.get("true");
  if (on) {
    workflow.on = { keyNode: on.keyNode, node: on.value };
    workflow.triggers = triggersOf(ctx, on.value);
  }
  const permissions = permissionsOf(ctx, top.get("permissions"));
  if (permissions) workflow.permissions = permissions;
  const concurrency = top.get("concurrency")?.value;
  if (concurrency) workflow.concurrency = concurrency;
  const jobs = top.get("jobs");
  if (jobs) {
    workflow.jobsKey = jobs.keyNode;
    for (const pair of pairs(ctx, jobs.value)) {
      const job = jobOf(ctx, workflow, pair);
      workflow.jobs.push(job);
      if (!workflow.jobsById.has(job.id)) workflow.jobsById.set(job.id, job);
    }
  }
  return workflow;
}
function buildAction(file) {
  const ctx = { text: file.text };
  const top = pairMap(ctx, file.doc.contents);
  const action = {
    kind: "action",
    path: file.path,
    file,
    inputs: inputsOf(ctx, top.get("inputs")?.value),
    outputs: /* @__PURE__ */ new Map()
  };
  const name = strOf(ctx, top.get("name")?.value);
  if (name) action.name = name;
  for (const pair of pairs(ctx, top.get("outputs")?.value)) {
    const value = isMap(pair.value) ? pairMap(ctx, pair.value).get("value")?.value ?? null : pair.value;
    action.outputs.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: value, value: strOf(ctx, value) ?? null });
  }
  const runsNode = top.get("runs")?.value;
  if (runsNode && isMap(runsNode)) {
    const runs = pairMap(ctx, runsNode);
    const using = strOf(ctx, runs.get("using")?.value);
    const lower = using?.value.toLowerCase() ?? "";
    const kind = lower === "composite" ? "composite" : lower === "docker" ? "docker" : /^node\d+$/.test(lower) ? "javascript" : "unknown";
    action.runs = { node: runsNode, kind, steps: [], args: stringNodes(ctx, runs.get("args")?.value), env: envOf(ctx, runs.get("env")?.value) };
    if (using) action.runs.using = using;
    for (const key of ["image", "main", "pre", "post", "entrypoint"]) {
      const value = strOf(ctx, runs.get(key)?.value);
      if (value) action.runs[key] = value;
    }
    action.runs.steps = stepNodes(ctx, runs.get("steps")?.value).map(({ node, group }, index) => withGroup(stepOf(ctx, node, index, null, action, "bash"), group));
  }
  return action;
}
function allExpressionStrings(file) {
  const ctx = { text: file.text };
  const out = [];
  const visit = (node) => {
    if (isScalar(node)) {
      if (typeof node.value === "string" && node.value.includes("${{")) {
        const str = strOf(ctx, node);
        if (str) out.push(str);
      }
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(file.doc.contents);
  return out;
}

// src/images/sources/kubernetes.ts
function looksLikeManifest(relative, text) {
  if (!/\.ya?ml$/i.test(relative) || relative.startsWith(".github/")) return false;
  if (text.includes("{{")) return false;
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text) && /^\s*-?\s*image\s*:/m.test(text);
}
function kubernetesImages(path2, text) {
  const found = manifestImages(path2, text);
  const images = found.images.map((image) => {
    const context = `${image.kind}/${image.name} container ${image.container}`;
    const parsed = parseImageRef(image.image.trim());
    const base = { kind: "kubernetes", context, location: image.location, text: image.image.trim() };
    return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
  });
  return { images, problems: found.problems.map((problem) => ({ path: problem.path, message: problem.message, location: problem.location })) };
}

// src/workflow/model.ts
import path from "node:path";

// src/workflow/shell.ts
function memo(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (script) => {
    let value = cache.get(script);
    if (value === void 0) {
      value = compute(script);
      if (cache.size >= 2e4) cache.clear();
      cache.set(script, value);
    }
    return value;
  };
}
var commands = memo(splitCommands);
function splitCommands(script) {
  const out = [];
  let start = 0;
  let quote = null;
  const push = (end) => {
    const raw = script.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
  };
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i];
    if (quote) {
      if (c === "\\" && quote === '"') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "\\") {
      i += 1;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(script[i - 1]))) {
      push(i);
      const newline = script.indexOf("\n", i);
      i = newline === -1 ? script.length : newline;
      start = i + 1;
      continue;
    }
    if (c === "\n" || c === ";" || c === "|" || c === "&") {
      push(i);
      if ((c === "|" || c === "&") && script[i + 1] === c) i += 1;
      start = i + 1;
    }
  }
  push(script.length);
  return out;
}
function words(text) {
  const out = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i += 1;
      continue;
    }
    const start = i;
    let word = "";
    let plainFrom = i;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      if (c === 34 || c === 39) {
        word += text.slice(plainFrom, i);
        let close = text.indexOf(c === 34 ? '"' : "'", i + 1);
        while (c === 34 && close > 0 && text.charCodeAt(close - 1) === 92) close = text.indexOf('"', close + 1);
        const end = close === -1 ? n : close;
        word += text.slice(i + 1, end);
        i = close === -1 ? n : close + 1;
        plainFrom = i;
        continue;
      }
      i += 1;
    }
    word += text.slice(plainFrom, i);
    out.push({ word, start });
  }
  return out;
}
function commandWords(text) {
  const all = words(text);
  let i = 0;
  while (i < all.length) {
    const word = all[i].word;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || ["sudo", "env", "time", "exec", "nohup", "command", "then", "do", "else", "{", "(", "!"].includes(word)) i += 1;
    else if (word === "sudo" || /^-/.test(word)) i += 1;
    else break;
  }
  return all.slice(i);
}
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set(["bash", "sh", "zsh", "dash", "ksh", "source", ".", "pwsh", "powershell"]);
var scriptCalls = memo(findScriptCalls);
function findScriptCalls(script) {
  const out = [];
  for (const command of commands(script)) {
    const list = commandWords(command.text);
    const first = list[0];
    if (!first) continue;
    let target;
    if (SCRIPT_RUNNERS.has(first.word)) target = list.slice(1).find((w) => !w.word.startsWith("-"));
    else if (/^\.{1,2}\//.test(first.word)) target = first;
    if (!target) continue;
    const path2 = target.word;
    if (!/^[\w./-]+$/.test(path2) || path2.includes("..") && !path2.startsWith("./")) continue;
    if (!/\.(sh|bash|ps1)$/.test(path2) && !/^\.\//.test(path2)) continue;
    out.push({ path: path2, start: command.start + target.start, end: command.start + target.start + target.word.length });
  }
  return out;
}
var NPM_LIKE = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var NPM_SAFE = /* @__PURE__ */ new Set(["--version", "-v", "version", "config", "whoami", "view", "info", "help", "login", "logout", "set", "cache", "ls", "list", "outdated", "audit", "pack", "publish"]);
var ALWAYS_EXEC = /* @__PURE__ */ new Set([
  "make",
  "gmake",
  "cmake",
  "ninja",
  "meson",
  "bazel",
  "bazelisk",
  "gradle",
  "mvn",
  "ant",
  "sbt",
  "rake",
  "tox",
  "nox",
  "pytest",
  "jest",
  "vitest",
  "mocha",
  "webpack",
  "vite",
  "rollup",
  "tsx",
  "ts-node",
  "deno",
  "node",
  "ruby",
  "perl",
  "php",
  "composer",
  "msbuild",
  "pre-commit",
  "eslint",
  "prettier",
  "jake",
  "gulp",
  "grunt",
  "lerna",
  "nx",
  "turbo",
  "poetry",
  "hatch",
  "pdm",
  "uv",
  "pipenv",
  "just",
  "task",
  "invoke",
  "scons",
  "xcodebuild",
  "swift",
  "mix",
  "rebar3",
  "stack",
  "cabal",
  "dune",
  "zig"
]);
var codeExecutions = memo(findCodeExecutions);
function findCodeExecutions(script) {
  const out = [];
  for (const command of commands(script)) {
    const list = commandWords(command.text);
    const first = list[0];
    if (!first) continue;
    const name = first.word.replace(/^.*\//, "");
    const second = list[1]?.word ?? "";
    let tool = null;
    if (/^\.{1,2}\//.test(first.word)) tool = first.word;
    else if (NPM_LIKE.has(name)) {
      if (!NPM_SAFE.has(second) && !(name === "npm" && second === "ci" && /--ignore-scripts/.test(command.text))) tool = `${name}${second ? ` ${second}` : ""}`;
      if (/--ignore-scripts/.test(command.text) && ["install", "i", "ci", "add"].includes(second)) tool = null;
    } else if (name === "npx" || name === "pnpx" || name === "bunx") tool = `${name} ${second}`.trim();
    else if (ALWAYS_EXEC.has(name)) tool = name;
    else if (name === "gradlew" || name === "mvnw") tool = name;
    else if (/^pip[0-9.]*$/.test(name) || /^python[0-9.]*$/.test(name) && second === "-m" && /^pip/.test(list[2]?.word ?? "")) {
      const rest = list.slice(name.startsWith("pip") ? 1 : 3).map((w) => w.word);
      if (rest[0] === "install" && rest.some((w) => w === "." || w.startsWith("./") || w === "-e" || w === "--editable" || w === "-r" || w.startsWith("-r") || w === "--requirement")) tool = `${name} install`;
    } else if (/^python[0-9.]*$/.test(name) || name === "py") {
      const target = list.slice(1).find((w) => !w.word.startsWith("-"));
      if (second === "-m" && list[2] && !/^(pip|venv|json\.tool|http\.server)$/.test(list[2].word)) tool = `${name} -m ${list[2].word}`;
      else if (target && /\.py$/.test(target.word)) tool = `${name} ${target.word}`;
    } else if (name === "cargo" && ["build", "test", "run", "check", "clippy", "bench", "doc", "install"].includes(second)) {
      if (!(second === "install" && !list.some((w) => w.word === "--path"))) tool = `cargo ${second}`;
    } else if (name === "go" && ["generate", "run", "test", "build", "install", "vet"].includes(second)) tool = `go ${second}`;
    else if ((name === "docker" || name === "podman" || name === "buildah") && (second === "build" || second === "buildx" || second === "compose")) tool = `${name} ${second}`;
    else if (name === "docker-compose") tool = name;
    else if (name === "bundle" && ["install", "exec"].includes(second)) tool = `bundle ${second}`;
    else if (name === "dotnet" && ["build", "test", "run", "restore", "pack", "publish", "msbuild"].includes(second)) tool = `dotnet ${second}`;
    else if (SCRIPT_RUNNERS.has(name) && list[1] && !list[1].word.startsWith("-") && /^[\w./-]+$/.test(list[1].word)) tool = `${name} ${list[1].word}`;
    if (tool) out.push({ tool, start: command.start + first.start, end: command.start + first.start + first.word.length });
  }
  return out;
}
var ENV_FILE_PATTERN = /(?:\$\{?|\$env:|%|env\.)(GITHUB_(?:ENV|PATH|OUTPUT|STEP_SUMMARY|STATE))\b/i;
var envFileWrites = memo(findEnvFileWrites);
function findEnvFileWrites(script) {
  const out = [];
  let lineStart = 0;
  for (let i = 0; i <= script.length; i += 1) {
    if (i < script.length && (script[i] !== "\n" || script[i - 1] === "\\" || script[i - 1] === "`")) continue;
    const raw = script.slice(lineStart, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = lineStart + lead;
    lineStart = i + 1;
    if (!text || text.startsWith("#")) continue;
    const match = ENV_FILE_PATTERN.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    const isWrite = />>?\s*["']?$/.test(before) || /\btee\b[^|]*$/.test(before) || /\b(Out-File|Add-Content|Set-Content)\b/i.test(text) || /\[IO\.File\]::Append/i.test(text);
    if (!isWrite) continue;
    out.push({ file: match[1].toUpperCase(), command: { text, start, end: start + text.length } });
  }
  return out;
}
function expandedVariables(text) {
  const out = [];
  for (const match of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g)) {
    const name = match[1] ?? match[2] ?? match[3] ?? match[4];
    out.push({ name, start: match.index, end: match.index + match[0].length });
  }
  return out;
}
function logicalLines(text) {
  const lines = [];
  let pieces = [];
  let current = "";
  let pieceStart = 0;
  const flush = (end) => {
    pieces.push(current.length, pieceStart);
    current += text.slice(pieceStart, end);
  };
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length) {
      flush(i);
      lines.push(logicalLine(current, pieces));
      break;
    }
    const code = text.charCodeAt(i);
    if (code === 10) {
      flush(i);
      lines.push(logicalLine(current, pieces));
      current = "";
      pieces = [];
      pieceStart = i + 1;
    } else if ((code === 92 || code === 96) && text.charCodeAt(i + 1) === 10) {
      flush(i);
      i += 1;
      pieceStart = i + 1;
    }
  }
  return lines;
}
function logicalLine(text, pieces) {
  return {
    text,
    offset(index) {
      let k = 0;
      while (k + 2 < pieces.length && pieces[k + 2] <= index) k += 2;
      return pieces[k + 1] + index - pieces[k];
    }
  };
}

// src/workflow/model.ts
var MAX_SCRIPT_BYTES = 256 * 1024;
var MAX_SCRIPTS = 500;
function buildModel(files, workspace) {
  const model = { workflows: [], actions: [], scripts: /* @__PURE__ */ new Map(), actionsByDir: /* @__PURE__ */ new Map() };
  for (const file of files.files) {
    try {
      if (file.kind === "workflow") model.workflows.push(buildWorkflow(file));
      else {
        const action = buildAction(file);
        model.actions.push(action);
        model.actionsByDir.set(path.posix.dirname(file.path), action);
      }
    } catch {
    }
  }
  if (workspace) readScripts(model, workspace);
  return model;
}
function readScripts(model, workspace) {
  const steps = [];
  for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps);
  for (const action of model.actions) steps.push(...action.runs?.steps ?? []);
  const failed = /* @__PURE__ */ new Set();
  for (const step of steps) {
    if (!step.run || /^(pwsh|powershell|cmd|python)/.test(step.effectiveShell)) continue;
    for (const call of scriptCalls(step.run.value)) {
      const relative = scriptPath(step, call.path);
      if (!relative || failed.has(relative)) continue;
      const existing = model.scripts.get(relative);
      if (existing) {
        if (!existing.callers.includes(step)) existing.callers.push(step);
        continue;
      }
      if (model.scripts.size >= MAX_SCRIPTS) return;
      const read = workspace.readText(relative, MAX_SCRIPT_BYTES);
      if (!read.ok) {
        failed.add(relative);
        continue;
      }
      model.scripts.set(relative, { path: relative, text: read.text, callers: [step] });
    }
  }
}
function scriptPath(step, called) {
  const base = step.workingDirectory?.value ?? step.job?.defaults.workingDirectory?.value ?? step.job?.workflow.defaults.workingDirectory?.value ?? "";
  if (base.includes("$") || called.includes("$")) return null;
  const joined = path.posix.normalize(path.posix.join(base.replace(/^\.\//, ""), called));
  if (joined.startsWith("..") || path.posix.isAbsolute(joined)) return null;
  return joined;
}
var workflowModelFact = defineFact(
  "workflow.model",
  async (ctx) => {
    const files = await ctx.get(workflowFilesFact);
    if (!files.known) return files;
    return known(buildModel(files.value, ctx.workspace));
  },
  { scope: "workflow-group" }
);
function nodeLocation(doc, node) {
  return locate(doc.file, node);
}
function expressionLocation(doc, expression) {
  return locate(doc.file, [expression.start, expression.end]);
}
function strLocation(doc, str, start = 0, end = str.value.length) {
  if (start === 0 && end >= str.value.length) return locate(doc.file, str.node);
  return locate(doc.file, sourceSpan(doc.file, str, start, end));
}
function scriptLocation(script, start, end) {
  const position = (offset) => {
    let line = 1;
    let lineStart = 0;
    for (let i = script.text.indexOf("\n"); i !== -1 && i < offset; i = script.text.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
  const a = position(start);
  const b = position(Math.max(start, end - 1));
  return { path: script.path, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}
function stepDoc(step) {
  return step.job ? step.job.workflow : step.action;
}

// src/images/sources/workflow.ts
function workflowImages(workflow) {
  const images = [];
  const add = (kind, context, str, text = str.value) => {
    const location = nodeLocation(workflow, str.node);
    const written = text.trim();
    if (str.expressions.length > 0) {
      const shown = str.expressions.map((expression) => `\${{ ${expression.body.trim()} }}`).join(", ");
      images.push({ kind, context, location, text: written, unknown: `the image is computed by ${shown}, whose values chaingate does not resolve` });
      return;
    }
    const parsed = parseImageRef(written);
    images.push(parsed.ok ? { kind, context, location, text: written, ref: parsed.ref } : { kind, context, location, text: written, unknown: `not a valid image reference: ${parsed.reason}` });
  };
  for (const job of workflow.jobs) {
    if (job.container?.image && job.container.image.value.trim() !== "") add("workflow-container", `job ${job.id}: container`, job.container.image);
    for (const service of job.services) {
      if (service.image && service.image.value.trim() !== "") add("workflow-service", `job ${job.id}: service ${service.name ?? "?"}`, service.image);
    }
    for (const step of job.steps) {
      if (step.uses?.kind === "docker" && step.uses.image) {
        const str = { value: step.uses.raw, node: step.uses.node, expressions: [] };
        if (step.uses.raw.includes("${{")) continue;
        add("workflow-step", `job ${job.id}: step ${step.index + 1} (docker://)`, str, step.uses.image);
      }
    }
  }
  return images;
}

// src/images/sources/index.ts
var MAX_DOCKERFILE_BYTES = 1024 * 1024;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var CONTAINER_TEXT = /\b(?:container|services)\s*:|docker:\/\//;
function isDockerfileName(relative) {
  const base = relative.slice(relative.lastIndexOf("/") + 1);
  if (/\.(?:md|txt|rst|adoc|html|dockerignore)$/i.test(base)) return false;
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(base) || /\.(?:Dockerfile|Containerfile)$/i.test(base);
}
async function collectImageSources(workspace, pushed = [], options = {}) {
  const result = { images: [], problems: [], files: { dockerfiles: [], manifests: [], workflows: [] } };
  const ignored = workspace.isIgnored;
  for (const relative of workspace.files()) {
    if (ignored(relative)) continue;
    if (isDockerfileName(relative)) {
      const read = workspace.readText(relative, MAX_DOCKERFILE_BYTES, { cache: false });
      if (!read.ok) {
        result.problems.push({ path: relative, message: `cannot read: ${read.reason}` });
        continue;
      }
      result.files.dockerfiles.push(relative);
      const { dockerfileImages } = await import("./dockerfile-MW4SQPFY.js");
      result.images.push(...dockerfileImages(relative, read.text));
    } else if (!options.dockerfilesOnly && /\.ya?ml$/i.test(relative) && !relative.startsWith(".github/")) {
      const read = workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false });
      if (!read.ok || !looksLikeManifest(relative, read.text)) continue;
      result.files.manifests.push(relative);
      const found = kubernetesImages(relative, read.text);
      result.images.push(...found.images);
      result.problems.push(...found.problems);
    }
  }
  if (options.dockerfilesOnly) return result;
  for (const { path: path2, kind } of listWorkflowFiles(workspace, ignored)) {
    if (kind !== "workflow") continue;
    const read = workspace.readText(path2, MAX_WORKFLOW_BYTES);
    if (!read.ok || !CONTAINER_TEXT.test(read.text)) continue;
    const parsed = parseWorkflowText(path2, "workflow", read.text);
    if (!parsed.ok) {
      const { line, column } = parsed.failure;
      result.problems.push({ path: path2, message: `workflow does not parse: ${parsed.failure.message}`, location: { path: path2, startLine: line, startColumn: column, endLine: line, endColumn: column } });
      continue;
    }
    result.files.workflows.push(path2);
    result.images.push(...workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: "workflow" }))));
  }
  for (const text of pushed) result.images.push(pushedImage(text));
  return result;
}
function pushedImage(text) {
  const parsed = parseImageRef(text.trim());
  const base = { kind: "pushed", context: "pushed image", text: text.trim() };
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
}
var imageSourcesFact = defineFact("images.sources", async (ctx) => known(await collectImageSources(ctx.workspace, ctx.images?.pushed ?? [])));
var dockerfileSourcesFact = defineFact("images.dockerfile-sources", async (ctx) => known(await collectImageSources(ctx.workspace, [], { dockerfilesOnly: true })));
function buildImages(sources) {
  return sources.images.filter((image) => image.kind === "dockerfile-from" || image.kind === "dockerfile-copy");
}

// src/images/sources/config.ts
var DEFAULT_PLATFORM = "linux/amd64";
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
var CONCURRENCY = 4;
function configKey(ref, platform) {
  return `${ref.canonical} ${platform}`;
}
function platformFor(source) {
  if (source.platform && /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/i.test(source.platform)) return { platform: source.platform.toLowerCase(), source: "written" };
  return { platform: DEFAULT_PLATFORM, source: "default" };
}
var OFFLINE_REASON = "the run is offline (--offline): no registry is contacted, so the base image configuration is not read";
var imageConfigsFact = defineFact("images.base-configs", async (ctx) => {
  const registries = ctx.registries;
  if (!registries || registries.offline) return unknownFact("not-available", OFFLINE_REASON);
  const sources = await ctx.get(dockerfileSourcesFact);
  if (!sources.known) return sources;
  const wanted = /* @__PURE__ */ new Map();
  for (const image of buildImages(sources.value)) {
    if (!image.ref) continue;
    const { platform, source } = platformFor(image);
    wanted.set(configKey(image.ref, platform), { ref: image.ref, platform, platformSource: source });
  }
  const byRepository = /* @__PURE__ */ new Map();
  for (const entry of wanted.entries()) {
    const list = byRepository.get(entry[1].ref.apiName) ?? [];
    list.push(entry);
    byRepository.set(entry[1].ref.apiName, list);
  }
  const results = /* @__PURE__ */ new Map();
  const queue = [...byRepository.values()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const [key, item] of next) results.set(key, await readConfig(registries, item.ref, item.platform, item.platformSource));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return known({ results });
});
function variantOf(architecture, variant) {
  if (variant) return variant;
  if (architecture === "arm64") return "v8";
  if (architecture === "arm") return "v7";
  return void 0;
}
function pickPlatform(manifests, platform) {
  const [os, architecture, variant] = platform.split("/");
  const wanted = variantOf(architecture, variant);
  return manifests.find((entry) => {
    const p = entry.platform;
    if (!p || p.os !== os || p.architecture !== architecture) return false;
    return variantOf(architecture, typeof p.variant === "string" ? p.variant : void 0) === wanted;
  });
}
async function readConfig(registries, ref, platform, platformSource) {
  const reader = (await registries.pool()).reader(ref.apiName, await registries.credentials(ref.apiName));
  const shown = `${ref.registry}/${ref.repository}`;
  try {
    let manifest = await reader.manifest(ref.digest ?? ref.tag ?? "latest");
    if (!manifest) return { ok: false, reason: `${ref.canonical} is not in the registry (404)` };
    const list = manifest.body.manifests;
    if (Array.isArray(list)) {
      const entry = pickPlatform(list, platform);
      if (!entry || typeof entry.digest !== "string") {
        const offered = list.map((item) => [item.platform?.os, item.platform?.architecture, item.platform?.variant].filter((part) => typeof part === "string").join("/")).filter((name) => name !== "" && name !== "unknown/unknown");
        return { ok: false, reason: `${ref.canonical} has no ${platform} image (the index lists ${offered.length > 0 ? offered.join(", ") : "no platform"})` };
      }
      manifest = await reader.manifest(entry.digest);
      if (!manifest) return { ok: false, reason: `${shown}@${entry.digest} (${platform}) is listed by the index but not in the registry` };
    }
    const config = manifest.body.config;
    if (!config || typeof config.digest !== "string") return { ok: false, reason: `${ref.canonical}: the manifest has no config (not an image manifest: ${manifest.mediaType || "no media type"})` };
    const bytes = await reader.blob(config.digest, MAX_CONFIG_BYTES);
    let body;
    try {
      body = JSON.parse(bytes.toString("utf8"));
    } catch {
      return { ok: false, reason: `${ref.canonical}: the image config is not JSON` };
    }
    const created = typeof body.created === "string" ? body.created : void 0;
    return { ok: true, digest: manifest.digest, platform, platformSource, ...created !== void 0 ? { created } : {} };
  } catch (error) {
    const cause = error.cause;
    const message = errorMessage(error);
    const hint = /HTTP 40[13]\b/.test(message) ? ": the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD)" : "";
    return { ok: false, reason: `${shown}: ${message}${cause ? ` (${errorMessage(cause)})` : ""}${hint}` };
  }
}

// src/images/scan-fact.ts
var OFFLINE_IMAGE_REASON = "the run is offline (--offline): no registry is contacted, so the image is not read";
var imageScansFact = defineFact("images.scans", async (ctx) => {
  const named = ctx.images?.pushed ?? [];
  if (named.length === 0) return known({ images: [] });
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  const { scanImages } = await import("./vulnerabilities-NJYB2YW3.js");
  return known({ images: await scanImages(named.map((reference) => ({ reference, ...ctx.images?.platform ? { platform: ctx.images.platform } : {} })), source, ctx.registries) });
});
var baseImageScansFact = defineFact("images.base-scans", async (ctx) => {
  const sources = await ctx.get(dockerfileSourcesFact);
  if (!sources.known) return sources;
  const wanted = /* @__PURE__ */ new Map();
  for (const image of buildImages(sources.value)) {
    if (!image.ref) continue;
    const { platform } = platformFor(image);
    wanted.set(configKey(image.ref, platform), { reference: image.ref.canonical, platform });
  }
  if (wanted.size === 0) return known(/* @__PURE__ */ new Map());
  const registries = ctx.registries;
  if (!registries || registries.offline) return unknownFact("not-available", "the run is offline (--offline): no registry is contacted, so the base images are not read");
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  const { scanImages } = await import("./vulnerabilities-NJYB2YW3.js");
  const keys = [...wanted.keys()];
  const scans = await scanImages([...wanted.values()], source, registries);
  return known(new Map(keys.map((key, index) => [key, scans[index]])));
});

export {
  parseExpression,
  contextRefs,
  valueRefs,
  walkExpression,
  ObjectMemo,
  conditionExpressions,
  expressionNodeSpan,
  sourceSpan,
  parseUsesText,
  buildWorkflow,
  allExpressionStrings,
  commands,
  words,
  scriptCalls,
  codeExecutions,
  envFileWrites,
  expandedVariables,
  logicalLines,
  workflowModelFact,
  nodeLocation,
  expressionLocation,
  strLocation,
  scriptLocation,
  stepDoc,
  imageSourcesFact,
  dockerfileSourcesFact,
  configKey,
  platformFor,
  imageConfigsFact,
  OFFLINE_IMAGE_REASON,
  imageScansFact,
  baseImageScansFact
};
