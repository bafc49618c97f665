import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  purlFor
} from "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import {
  emptyOutcome
} from "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/go-mod.ts
var FORMAT = "go-mod";
var GoModError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
function lex(text, line) {
  const tokens = [];
  let comment = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (text.startsWith("//", i)) {
      comment = text.slice(i + 2).trim();
      break;
    } else if (c === '"' || c === "`") {
      let j = i + 1;
      let value = "";
      while (j < text.length && text[j] !== c) {
        if (c === '"' && text[j] === "\\" && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      if (j >= text.length) throw new GoModError("unterminated quoted string", line);
      tokens.push(value);
      i = j + 1;
    } else if (text.startsWith("=>", i)) {
      tokens.push("=>");
      i += 2;
    } else {
      let j = i;
      while (j < text.length && !' 	\r"`'.includes(text[j]) && !text.startsWith("//", j) && !text.startsWith("=>", j)) j++;
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment, line };
}
var VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function checkVersion(version, line) {
  if (version === void 0) throw new GoModError("missing module version", line);
  if (!VERSION.test(version)) throw new GoModError(`invalid module version "${version}"`, line);
  return version;
}
function checkPathMajor(modulePath, version, line) {
  if (modulePath.startsWith("gopkg.in/")) return version;
  const major = /^v(\d+)\./.exec(version)[1];
  const suffix = /\/v(\d+)$/.exec(modulePath)?.[1];
  if (suffix !== void 0 && Number(suffix) >= 2) {
    if (major !== suffix) throw new GoModError(`${modulePath}: version "${version}" invalid: should be v${suffix}, not v${major}`, line);
  } else if (Number(major) >= 2 && !version.endsWith("+incompatible")) {
    throw new GoModError(`${modulePath}: version "${version}" invalid: should be v0 or v1, not v${major} (or v${major} with +incompatible)`, line);
  }
  return version;
}
function isLocalPath(target) {
  return target.startsWith("./") || target.startsWith("../") || target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith(".\\") || target.startsWith("..\\");
}
var KNOWN = /* @__PURE__ */ new Set(["module", "go", "toolchain", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]);
function parse(text) {
  const parsed = { requires: [], replaces: /* @__PURE__ */ new Map(), excludes: /* @__PURE__ */ new Set(), tools: [] };
  const lines = text.split("\n");
  let block;
  for (let index = 0; index < lines.length; index++) {
    const lexed = lex(lines[index], index + 1);
    const tokens = lexed.tokens;
    if (tokens.length === 0) continue;
    let verb;
    let args;
    if (block) {
      if (tokens[0] === ")") {
        if (tokens.length > 1) throw new GoModError(`unexpected "${tokens[1]}" after ")"`, lexed.line);
        block = void 0;
        continue;
      }
      verb = block.verb;
      args = tokens;
    } else {
      verb = tokens[0];
      if (!KNOWN.has(verb)) throw new GoModError(`unknown directive: ${verb}`, lexed.line);
      if (tokens[1] === "(" && tokens.length === 2) {
        block = { verb, line: lexed.line };
        continue;
      }
      args = tokens.slice(1);
    }
    directive(parsed, verb, args, lexed);
  }
  if (block) throw new GoModError(`"${block.verb} (" block is not closed`, block.line);
  return parsed;
}
function directive(parsed, verb, args, lexed) {
  const line = lexed.line;
  switch (verb) {
    case "module":
      if (args.length !== 1) throw new GoModError("usage: module module/path", line);
      parsed.module = args[0];
      return;
    case "require": {
      if (args.length !== 2) throw new GoModError("usage: require module/path v1.2.3", line);
      const indirect = lexed.comment === "indirect" || lexed.comment.startsWith("indirect;");
      parsed.requires.push({ path: args[0], version: checkPathMajor(args[0], checkVersion(args[1], line), line), indirect, line });
      return;
    }
    case "exclude":
      if (args.length !== 2) throw new GoModError("usage: exclude module/path v1.2.3", line);
      parsed.excludes.add(`${args[0]}@${checkVersion(args[1], line)}`);
      return;
    case "replace": {
      const arrow = args.indexOf("=>");
      if (arrow !== 1 && arrow !== 2) throw new GoModError("usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory", line);
      const from = args[0];
      const fromVersion = arrow === 2 ? checkVersion(args[1], line) : void 0;
      const target = args.slice(arrow + 1);
      if (target.length === 0 || target.length > 2) throw new GoModError("usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory", line);
      const to = target[0];
      let replacement;
      if (target.length === 1) {
        if (!isLocalPath(to))
          throw new GoModError(`replacement module without version must be a directory path (rooted or starting with ./ or ../): ${to}`, line);
        replacement = { path: to, local: true, line };
      } else {
        replacement = { path: to, version: checkVersion(target[1], line), local: false, line };
      }
      parsed.replaces.set(fromVersion ? `${from}@${fromVersion}` : from, replacement);
      return;
    }
    case "tool":
      if (args.length !== 1) throw new GoModError("usage: tool package/path", line);
      parsed.tools.push(args[0]);
      return;
    default:
      return;
  }
}
function sums(text) {
  const hashes = /* @__PURE__ */ new Map();
  if (!text) return hashes;
  for (const line of text.split("\n")) {
    const [module, version, hash] = line.trim().split(/\s+/);
    if (!module || !version || !hash || version.endsWith("/go.mod")) continue;
    hashes.set(`${module}@${version}`, hash);
  }
  return hashes;
}
function toolModules(tools, requires) {
  const modules = /* @__PURE__ */ new Set();
  for (const tool of tools) {
    let best;
    for (const { path } of requires) {
      if ((tool === path || tool.startsWith(`${path}/`)) && (!best || path.length > best.length)) best = path;
    }
    if (best) modules.add(best);
  }
  return modules;
}
function read(input) {
  let parsed;
  try {
    parsed = parse(input.text);
  } catch (error) {
    if (error instanceof GoModError) return emptyOutcome({ path: input.path, line: error.line, format: FORMAT, message: error.message });
    throw error;
  }
  const hashes = sums(input.sibling("go.sum"));
  const tools = toolModules(parsed.tools, parsed.requires);
  const packages = [];
  for (const require2 of parsed.requires) {
    if (require2.path === parsed.module) continue;
    const replacement = parsed.replaces.get(`${require2.path}@${require2.version}`) ?? parsed.replaces.get(require2.path);
    const scope = tools.has(require2.path) && require2.indirect ? "unknown" : "runtime";
    const base = { ecosystem: "Go", scope, direct: !require2.indirect };
    if (replacement?.local) {
      packages.push({
        ...base,
        name: require2.path,
        version: require2.version,
        purl: purlFor("Go", require2.path, require2.version),
        source: "path",
        resolved: replacement.path,
        location: { path: input.path, line: replacement.line }
      });
    } else if (replacement) {
      const version = replacement.version;
      const hash = hashes.get(`${replacement.path}@${version}`);
      packages.push({
        ...base,
        name: replacement.path,
        version,
        purl: purlFor("Go", replacement.path, version),
        source: "registry",
        replaces: `${require2.path}@${require2.version}`,
        ...hash ? { hashes: [hash] } : {},
        location: { path: input.path, line: replacement.line }
      });
    } else if (parsed.excludes.has(`${require2.path}@${require2.version}`)) {
      packages.push({
        ...base,
        name: require2.path,
        version: null,
        declared: require2.version,
        source: "registry",
        location: { path: input.path, line: require2.line }
      });
    } else {
      const hash = hashes.get(`${require2.path}@${require2.version}`);
      packages.push({
        ...base,
        name: require2.path,
        version: require2.version,
        purl: purlFor("Go", require2.path, require2.version),
        source: "registry",
        ...hash ? { hashes: [hash] } : {},
        location: { path: input.path, line: require2.line }
      });
    }
  }
  return { packages, edges: [], problems: [] };
}
export {
  read
};
