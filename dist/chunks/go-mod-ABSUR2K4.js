import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/go-mod.ts
import { posix } from "node:path";
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
var KNOWN_WORK = /* @__PURE__ */ new Set(["go", "toolchain", "godebug", "use", "replace"]);
function parse(text, known = KNOWN) {
  const parsed = { requires: [], replaces: /* @__PURE__ */ new Map(), excludes: /* @__PURE__ */ new Set(), tools: [], uses: [] };
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
      if (!known.has(verb)) throw new GoModError(`unknown directive: ${verb}`, lexed.line);
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
    case "go":
      if (args.length !== 1 || !/^\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?$/.test(args[0])) throw new GoModError("usage: go 1.23", line);
      parsed.go = { version: args[0], line };
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
    case "use":
      if (args.length !== 1) throw new GoModError("usage: use local/dir", line);
      parsed.uses.push(args[0]);
      return;
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
function findWork(input) {
  const directory = posix.dirname(input.path);
  const segments = directory === "." ? [] : directory.split("/");
  for (let up = 0; up <= segments.length; up += 1) {
    const prefix = "../".repeat(up);
    const text = input.sibling(`${prefix}go.work`);
    if (text === void 0) continue;
    const workPath = posix.join(segments.slice(0, segments.length - up).join("/") || ".", "go.work");
    let work;
    try {
      work = parse(text, KNOWN_WORK);
    } catch (error) {
      if (error instanceof GoModError) return { problem: { path: workPath, line: error.line, format: FORMAT, message: error.message } };
      throw error;
    }
    const here = segments.slice(segments.length - up).join("/") || ".";
    const uses = work.uses.map((use) => posix.normalize(use).replace(/\/+$/, "") || ".");
    if (!uses.includes(here)) return void 0;
    const modules = /* @__PURE__ */ new Map();
    for (const use of uses) {
      const text2 = use === here ? input.text : input.sibling(`${prefix}${use === "." ? "" : `${use}/`}go.mod`);
      if (text2 === void 0) continue;
      try {
        const module = parse(text2).module;
        if (module) modules.set(module, use);
      } catch {
      }
    }
    return { modules, replaces: work.replaces, path: workPath };
  }
  return void 0;
}
function read(input) {
  let parsed;
  try {
    parsed = parse(input.text);
  } catch (error) {
    if (error instanceof GoModError) return emptyOutcome({ path: input.path, line: error.line, format: FORMAT, message: error.message });
    throw error;
  }
  if (parsed.module === void 0) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "missing module declaration" });
  const work = findWork(input);
  if (work && "problem" in work) return emptyOutcome(work.problem);
  const hashes = sums(input.sibling("go.sum"));
  const tools = toolModules(parsed.tools, parsed.requires);
  const packages = [];
  for (const require2 of parsed.requires) {
    if (require2.path === parsed.module) continue;
    const used = work?.modules.get(require2.path);
    if (used !== void 0) {
      packages.push({
        ecosystem: "Go",
        name: require2.path,
        version: require2.version,
        purl: purlFor("Go", require2.path, require2.version),
        scope: "runtime",
        direct: !require2.indirect,
        source: "workspace",
        resolved: used,
        location: { path: input.path, line: require2.line }
      });
      continue;
    }
    const workReplacement = work?.replaces.get(`${require2.path}@${require2.version}`) ?? work?.replaces.get(require2.path);
    const replacement = workReplacement ?? parsed.replaces.get(`${require2.path}@${require2.version}`) ?? parsed.replaces.get(require2.path);
    const replacedAt = workReplacement && work ? work.path : input.path;
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
        location: { path: replacedAt, line: replacement.line }
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
        location: { path: replacedAt, line: replacement.line }
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
  return { packages, edges: [], problems: prunedGraphProblem(input.path, parsed, packages.length) };
}
function prunedGraphProblem(path, parsed, listed) {
  if (listed === 0) return [];
  const version = parsed.go?.version ?? "1.16";
  const [major, minor] = version.split(".").map((part) => Number.parseInt(part, 10));
  if (major > 1 || major === 1 && (minor ?? 0) >= 17) return [];
  return [
    {
      path,
      line: parsed.go?.line ?? 1,
      format: FORMAT,
      message: `go ${version}${parsed.go ? "" : " (no go directive)"}: before Go 1.17 go.mod lists only part of the module graph, so the ${listed} module${listed === 1 ? "" : "s"} read here may miss what they depend on; run \`go mod tidy -go=1.17\` (or later) to record them all`
    }
  ];
}
export {
  read
};
