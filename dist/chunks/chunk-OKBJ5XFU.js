import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  Minimatch
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
  const matchers = patterns.map((pattern) => new Minimatch(pattern, MATCH_OPTIONS));
  return (path) => matchers.some((matcher) => matcher.match(path));
}

export {
  globProblem,
  globMatcher
};
