import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome,
  packageKey
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/gemfile-lock.ts
var FORMAT = "gemfile-lock";
var LockError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var SPEC = /^ {4}([^\s(]+) \(([^)\s]+)\)$/;
var SPEC_DEPENDENCY = /^ {6}([^\s(!]+)(?: \(([^)]*)\))?$/;
var DEPENDENCY = /^ {2}([^\s(!]+)(!)?(?: \(([^)]*)\))?$/;
var CHECKSUM = /^ {2}([^\s(]+) \(([^)\s]+)\)(?: (.*))?$/;
function splitPlatform(text) {
  const dash = text.indexOf("-");
  return dash < 0 ? { version: text } : { version: text.slice(0, dash), platform: text.slice(dash + 1) };
}
function parse(text) {
  const parsed = { sections: [], direct: /* @__PURE__ */ new Map(), checksums: /* @__PURE__ */ new Map() };
  const lines = text.split("\n");
  let section;
  let source;
  let inSpecs = false;
  let spec;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].replace(/\r$/, "");
    const line = index + 1;
    if (raw.trim() === "") continue;
    if (/^(<{7}|={7}|>{7})/.test(raw)) throw new LockError("merge conflict marker", line);
    if (!raw.startsWith(" ")) {
      section = raw.trim();
      inSpecs = false;
      spec = void 0;
      source = void 0;
      if (section === "GEM" || section === "GIT" || section === "PATH" || section === "PLUGIN SOURCE") {
        source = { kind: section, specs: [] };
        parsed.sections.push(source);
      } else if (!/^[A-Z][A-Z ]*$/.test(section)) {
        throw new LockError(`unexpected line outside any section: ${section}`, line);
      }
      continue;
    }
    if (source) {
      const option = /^ {2}([a-z_]+):(?: (.*))?$/.exec(raw);
      if (option) {
        inSpecs = option[1] === "specs";
        spec = void 0;
        if (option[1] === "remote" && source.remote === void 0) source.remote = option[2];
        if (option[1] === "revision") source.revision = option[2];
        continue;
      }
      if (!inSpecs) continue;
      const specMatch = SPEC.exec(raw);
      if (specMatch) {
        const { version, platform } = splitPlatform(specMatch[2]);
        spec = { name: specMatch[1], version, platforms: platform ? [platform] : [], source: "registry", dependencies: [], line };
        source.specs.push(spec);
        continue;
      }
      const dependency = SPEC_DEPENDENCY.exec(raw);
      if (dependency && spec) {
        spec.dependencies.push(dependency[1]);
        continue;
      }
      throw new LockError(`not a gem spec "name (version)" or an indented dependency: ${raw.trim()}`, line);
    }
    if (section === "DEPENDENCIES") {
      const dependency = DEPENDENCY.exec(raw);
      if (!dependency) throw new LockError(`not a dependency "name (requirement)": ${raw.trim()}`, line);
      parsed.direct.set(dependency[1], line);
    } else if (section === "CHECKSUMS") {
      const checksum = CHECKSUM.exec(raw);
      if (!checksum) throw new LockError(`not a checksum "name (version) sha256=\u2026": ${raw.trim()}`, line);
      const hashes = (checksum[3] ?? "").split(",").map((hash) => hash.trim().replace(/^sha256=/, "sha256:")).filter((hash) => hash.length > 0);
      if (hashes.length > 0) parsed.checksums.set(`${checksum[1]} ${checksum[2]}`, hashes);
    }
  }
  return parsed;
}
var RUNTIME_GROUPS = /* @__PURE__ */ new Set(["default", "production"]);
function gemfileScopes(gemfile) {
  const scopes = /* @__PURE__ */ new Map();
  const stack = [];
  let gemspec = false;
  for (const raw of gemfile.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "") continue;
    if (/^gemspec\b/.test(line)) gemspec = true;
    const group = /^group\s*\(?\s*(.*?)\)?\s+do(\s*\|.*\|)?$/.exec(line);
    if (group) {
      stack.push([...group[1].matchAll(/:(\w+)|["'](\w+)["']/g)].map((match) => match[1] ?? match[2]));
      continue;
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line) || /^(if|unless|case|begin|while|until|def|class|module)\b/.test(line)) {
      stack.push([]);
      continue;
    }
    if (/^end\b/.test(line)) {
      stack.pop();
      continue;
    }
    const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line);
    if (!gem) continue;
    const groups = stack.flat();
    const option = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2]) ?? /:groups?\s*=>\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2]);
    if (option) groups.push(...[...option[1].matchAll(/:(\w+)|["'](\w+)["']/g)].map((match) => match[1] ?? match[2]));
    const scope = groups.length === 0 || groups.some((name2) => RUNTIME_GROUPS.has(name2)) ? "runtime" : "dev";
    const name = gem[1];
    if (scopes.get(name) !== "runtime") scopes.set(name, scope);
  }
  return { scopes, gemspec };
}
function read(input) {
  let parsed;
  try {
    parsed = parse(input.text);
  } catch (error) {
    if (error instanceof LockError) return emptyOutcome({ path: input.path, line: error.line, format: FORMAT, message: error.message });
    throw error;
  }
  const specs = [];
  const byName = /* @__PURE__ */ new Map();
  for (const section of parsed.sections) {
    for (const spec of section.specs) {
      if (section.kind === "GIT") {
        spec.source = "git";
        spec.resolved = section.revision ? `${section.remote}#${section.revision}` : section.remote;
      } else if (section.kind === "PATH") {
        spec.source = section.remote === "." ? "workspace" : "path";
        spec.resolved = section.remote;
      } else if (section.kind === "PLUGIN SOURCE") {
        spec.source = "url";
        spec.resolved = section.remote;
      }
      const same = byName.get(spec.name);
      if (same && same.version === spec.version) {
        same.platforms.push(...spec.platforms);
        for (const dependency of spec.dependencies) if (!same.dependencies.includes(dependency)) same.dependencies.push(dependency);
        continue;
      }
      if (!same) byName.set(spec.name, spec);
      specs.push(spec);
    }
  }
  const gemfile = input.sibling(input.path.endsWith("gems.locked") ? "gems.rb" : "Gemfile");
  const scopes = /* @__PURE__ */ new Map();
  if (gemfile !== void 0) {
    const declared = gemfileScopes(gemfile);
    const own = specs.filter((spec) => spec.source === "workspace");
    const ownRuntime = new Set(own.flatMap((spec) => spec.dependencies));
    const roots = { runtime: [], optional: [], unknown: [], dev: [] };
    for (const spec of own) roots.runtime.push(...spec.dependencies.map((name) => byName.get(name)).filter((dep) => dep !== void 0));
    for (const name of parsed.direct.keys()) {
      const spec = byName.get(name);
      if (!spec || spec.source === "workspace") continue;
      const scope = declared.scopes.get(name) ?? (declared.gemspec ? ownRuntime.has(name) ? "runtime" : "dev" : "unknown");
      roots[scope].push(spec);
    }
    for (const scope of ["runtime", "optional", "unknown", "dev"]) {
      const stack = roots[scope].filter((spec) => !scopes.has(spec));
      for (const spec of stack) scopes.set(spec, scope);
      while (stack.length > 0) {
        for (const name of stack.pop().dependencies) {
          const child = byName.get(name);
          if (!child || scopes.has(child) || child.source === "workspace") continue;
          scopes.set(child, scope);
          stack.push(child);
        }
      }
    }
  }
  const packages = [];
  for (const spec of specs) {
    const platforms = spec.platforms.filter((platform) => platform !== "ruby");
    const qualifiers = platforms.length === 1 ? { platform: platforms[0] } : void 0;
    const hashes = [spec.version, ...spec.platforms.map((platform) => `${spec.version}-${platform}`)].flatMap(
      (version) => parsed.checksums.get(`${spec.name} ${version}`) ?? []
    );
    const isWorkspace = spec.source === "workspace";
    const pkg = {
      ecosystem: "RubyGems",
      name: spec.name,
      version: spec.version,
      purl: purlFor("RubyGems", spec.name, spec.version, qualifiers),
      scope: isWorkspace ? "runtime" : scopes.get(spec) ?? "unknown",
      direct: isWorkspace || parsed.direct.has(spec.name),
      source: spec.source,
      ...spec.resolved !== void 0 ? { resolved: spec.resolved } : {},
      ...hashes.length > 0 ? { hashes } : {},
      location: { path: input.path, line: spec.line }
    };
    spec.pkg = pkg;
    packages.push(pkg);
  }
  const edges = [];
  for (const spec of specs) {
    const from = packageKey(spec.pkg);
    for (const name of spec.dependencies) {
      const child = byName.get(name);
      if (child?.pkg) edges.push({ from, to: packageKey(child.pkg) });
    }
  }
  return { packages, edges, problems: [] };
}
export {
  read
};
