import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  globLibrary,
  globProblem
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// fs-without-es-facade:src/attest/subjects.ts
var fs = process.getBuiltinModule("node:fs");
var subjects_default = fs;

// src/attest/digest.ts
import crypto from "node:crypto";

// fs-without-es-facade:src/attest/digest.ts
var fs2 = process.getBuiltinModule("node:fs");
var digest_default = fs2;

// src/attest/digest.ts
import fs3 from "node:fs/promises";
var HASH_BUFFER_BYTES = 1024 * 1024;
var DEFAULT_HASH_CONCURRENCY = 8;
async function sha256File(file, buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES)) {
  const handle = await fs3.open(file, "r");
  try {
    const hash = crypto.createHash("sha256");
    const half = Math.max(1, Math.floor(buffer.length / 2));
    const halves = [buffer.subarray(0, half), buffer.subarray(half, half * 2)];
    let current = 0;
    let pending = handle.read(halves[0], 0, half, null);
    for (; ; ) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const filled = halves[current];
      current ^= 1;
      pending = handle.read(halves[current], 0, half, null);
      hash.update(bytesRead === half ? filled : filled.subarray(0, bytesRead));
    }
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}
function sha256SmallFile(file, buffer) {
  const fd = digest_default.openSync(file, "r");
  try {
    if (digest_default.fstatSync(fd).size > buffer.length) return null;
    const hash = crypto.createHash("sha256");
    for (; ; ) {
      const bytesRead = digest_default.readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
    }
    return hash.digest("hex");
  } finally {
    digest_default.closeSync(fd);
  }
}
async function sha256Files(files, concurrency = DEFAULT_HASH_CONCURRENCY) {
  const digests = new Array(files.length);
  let next = 0;
  const worker = async () => {
    const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES);
    while (next < files.length) {
      const index = next;
      next += 1;
      const file = files[index];
      digests[index] = sha256SmallFile(file, buffer) ?? await sha256File(file, buffer);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  return digests;
}

// src/attest/subjects.ts
var HEX64 = /^[0-9a-f]{64}$/;
function matchFiles(workspace, patterns) {
  const found = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const problem = globProblem(pattern);
    if (problem) throw new ConfigurationError(`subject-path: ${problem}`);
    const matcher = new (globLibrary()).Minimatch(pattern, { dot: true, nocomment: true, nonegate: true });
    let matched = 0;
    if (!matcher.hasMagic()) {
      const absolute = workspace.resolve(pattern);
      let stat;
      try {
        stat = subjects_default.statSync(absolute);
      } catch {
        throw new ConfigurationError(`subject-path ${pattern}: no such file`);
      }
      if (!stat.isFile()) throw new ConfigurationError(`subject-path ${pattern}: not a regular file`);
      const relative = workspace.relative(absolute);
      found.set(relative, { path: relative, absolute });
      matched += 1;
    } else {
      for (const file of workspace.files()) {
        if (!matcher.match(file)) continue;
        found.set(file, { path: file, absolute: workspace.resolve(file) });
        matched += 1;
      }
    }
    if (matched === 0) throw new ConfigurationError(`subject-path ${pattern} matches no file in the workspace`);
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function fileSubjects(files, concurrency) {
  const digests = await sha256Files(
    files.map((file) => file.absolute),
    concurrency
  );
  return files.map((file, index) => ({ name: file.path, digest: { sha256: digests[index] } }));
}
function parseChecksums(text, shown) {
  const subjects = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const bsd = /^SHA256 \((.+)\) = ([0-9a-fA-F]+)$/.exec(line);
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    const [name, hex] = bsd ? [bsd[1], bsd[2]] : gnu ? [gnu[2], gnu[1]] : [void 0, void 0];
    if (name === void 0 || hex === void 0)
      throw new ConfigurationError('not a checksum line (expected "<sha256>  <name>")', { file: shown, line: index + 1 });
    const digest = hex.toLowerCase();
    if (!HEX64.test(digest)) throw new ConfigurationError(`${JSON.stringify(hex)} is not a SHA-256 digest (64 hex digits)`, { file: shown, line: index + 1 });
    subjects.push({ name, digest: { sha256: digest } });
  });
  if (subjects.length === 0) throw new ConfigurationError("checksum file lists no subjects", { file: shown });
  return subjects;
}
function checksumSubjects(workspace, file) {
  const read = workspace.readText(file, 64 * 1024 * 1024);
  if (!read.ok) throw new ConfigurationError(`subject-checksums ${file}: ${read.reason}`);
  return parseChecksums(read.text, file);
}
function parseImageReference(text) {
  const trimmed = text.trim();
  const at = trimmed.indexOf("@");
  const beforeDigest = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const digest = at >= 0 ? trimmed.slice(at + 1) : void 0;
  if (digest !== void 0 && !/^sha256:[0-9a-f]{64}$/.test(digest)) return null;
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.lastIndexOf(":");
  const hasTag = colon > lastSlash;
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
  const tag = hasTag ? beforeDigest.slice(colon + 1) : void 0;
  const slash = name.indexOf("/");
  const first = slash >= 0 ? name.slice(0, slash) : "";
  const isHost = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  const checked = isHost ? `${first.toLowerCase()}${name.slice(slash)}` : name;
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(checked)) return null;
  if (tag !== void 0 && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) return null;
  return { name, ...tag !== void 0 ? { tag } : {}, ...digest !== void 0 ? { digest } : {} };
}
function imageSubject(text) {
  const reference = parseImageReference(text);
  if (!reference || !reference.digest) throw new ConfigurationError(`subject ${JSON.stringify(text)} must be NAME@sha256:<64 hex digits>`);
  return { name: reference.name, digest: { sha256: reference.digest.slice("sha256:".length) } };
}

export {
  matchFiles,
  fileSubjects,
  checksumSubjects,
  parseImageReference,
  imageSubject
};
