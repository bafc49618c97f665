import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  Minimatch,
  minimatch
} from "./chunk-36AHBP4L.js";

// src/policy/globs.ts
var MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: false };
function globProblem(pattern) {
  if (pattern.trim() === "") return "empty glob";
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern)) return `glob ${JSON.stringify(pattern)} must be relative to the repository root`;
  if (pattern.split("/").includes("..")) return `glob ${JSON.stringify(pattern)} must not contain '..'`;
  if (pattern.includes("\\")) return `glob ${JSON.stringify(pattern)} uses '\\'; use '/' as the path separator`;
  if (!balanced(pattern, "[", "]") || !balanced(pattern, "{", "}")) return `glob ${JSON.stringify(pattern)} has an unclosed '[' or '{'`;
  const matcher = new Minimatch(pattern, MATCH_OPTIONS);
  if (matcher.set.length === 0) return `glob ${JSON.stringify(pattern)} matches nothing`;
  return null;
}
function balanced(pattern, open, close) {
  let depth = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "\\") {
      index += 1;
      continue;
    }
    if (char === open) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}
function globMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map((pattern) => {
    let full;
    const minimatch2 = (path) => (full ??= new Minimatch(pattern, MATCH_OPTIONS)).match(path);
    const inside = enclosedDirectories(pattern);
    return inside === null ? minimatch2 : (path) => PLAIN_PATH.test(path) ? `/${path}`.includes(inside) : minimatch2(path);
  });
  return (path) => matchers.some((match) => match(path));
}
var PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;
function enclosedDirectories(pattern) {
  const match = /^\*\*((?:\/[A-Za-z0-9._-]+)+)\/\*\*$/.exec(pattern);
  if (!match || match[1].split("/").some((segment) => segment === "." || segment === "..")) return null;
  return `${match[1]}/`;
}

// src/policy/waivers.ts
var INLINE_IGNORE = /#\s*(chaingate|zizmor)\s*:\s*ignore\[([^\]]*)\]\s*(.*)$/;
function parseInlineIgnore(lineText, line) {
  const match = INLINE_IGNORE.exec(lineText);
  if (!match) return null;
  const rules = (match[2] ?? "").split(",").map((rule) => rule.trim()).filter(Boolean);
  return {
    tool: match[1],
    rules,
    reason: (match[3] ?? "").trim(),
    line,
    column: (match.index ?? 0) + 1
  };
}
function inlineIgnoreFor(finding, text) {
  if (!finding.location || text === void 0) return null;
  const lines = typeof text === "string" ? text.split("\n") : text;
  const { startLine, endLine } = finding.location;
  for (let line = startLine; line <= Math.min(endLine, lines.length); line += 1) {
    const ignore = parseInlineIgnore(lines[line - 1] ?? "", line);
    if (ignore && ignore.rules.includes(finding.rule)) return ignore;
  }
  return null;
}
function isExpired(waiver, now) {
  if (!waiver.expires) return false;
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1e3;
}
function waiverCovers(waiver, finding, comparePurl) {
  if (waiver.advisories && waiver.advisories.length > 0) {
    const ids = new Set((finding.advisories ?? []).map((id) => id.toUpperCase()));
    if (!waiver.advisories.some((id) => ids.has(id.toUpperCase()))) return false;
  }
  if (waiver.purls && waiver.purls.length > 0) {
    const purl = finding.purl;
    if (!purl) return false;
    let decoded = purl;
    try {
      decoded = decodeURIComponent(purl);
    } catch {
      decoded = purl;
    }
    const matches = (pattern) => /[*?[\]{}]/.test(pattern) ? minimatch(purl, pattern) || minimatch(decoded, pattern) || minimatch(decoded.replace(/[?#].*$/, ""), pattern) : comparePurl ? comparePurl(pattern, purl) : pattern === purl || pattern === decoded;
    if (!waiver.purls.some(matches)) return false;
  }
  return true;
}
function applyWaivers(findings, waivers, now, textOf, comparePurl) {
  const matchers = waivers.map((waiver) => ({ waiver, matches: globMatcher(waiver.paths), used: false, expired: isExpired(waiver, now) }));
  const linesByPath = /* @__PURE__ */ new Map();
  const linesOf = (path) => {
    if (!linesByPath.has(path)) linesByPath.set(path, textOf(path)?.split("\n"));
    return linesByPath.get(path);
  };
  const out = findings.map((finding) => {
    if (finding.status !== "fail" && finding.status !== "unknown") return finding;
    const inline = finding.location ? inlineIgnoreFor(finding, linesOf(finding.location.path)) : null;
    if (inline && finding.status === "fail") {
      const waiver = {
        source: "inline",
        reason: inline.reason || `${inline.tool}: ignore comment without a reason`,
        location: { path: finding.location.path, startLine: inline.line, startColumn: inline.column, endLine: inline.line, endColumn: inline.column }
      };
      return { ...finding, status: "waived", waiver };
    }
    for (const entry of matchers) {
      if (entry.waiver.rule !== finding.rule) continue;
      const pathMatches = entry.waiver.paths.length === 0 || finding.location !== void 0 && entry.matches(finding.location.path);
      if (!pathMatches || !waiverCovers(entry.waiver, finding, comparePurl)) continue;
      entry.used = true;
      if (entry.expired) continue;
      const waiver = {
        source: "policy",
        reason: entry.waiver.reason,
        ...entry.waiver.expires ? { expires: entry.waiver.expires } : {},
        ...entry.waiver.location ? { location: entry.waiver.location } : {}
      };
      return { ...finding, status: "waived", waiver };
    }
    return finding;
  });
  return {
    findings: out,
    expired: matchers.filter((entry) => entry.expired).map((entry) => entry.waiver),
    unused: matchers.filter((entry) => !entry.used && !entry.expired).map((entry) => entry.waiver)
  };
}

export {
  globProblem,
  globMatcher,
  parseInlineIgnore,
  inlineIgnoreFor,
  isExpired,
  waiverCovers,
  applyWaivers
};
