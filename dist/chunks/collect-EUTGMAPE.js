import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  readSbom
} from "./chunk-NKHGOIZ4.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import {
  MAX_LOCKFILE_BYTES,
  formatBytes
} from "./chunk-FBGUQ5BI.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/inventory/sbom/collect.ts
var fs = process.getBuiltinModule("node:fs");
var collect_default = fs;
var { appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod, lchmodSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync, Dirent, Stats, _toUnixTimestamp, Dir, opendir, opendirSync, constants } = fs;
var promises = new Proxy({}, { get: (_, name) => (...args) => fs.promises[name](...args) });

// src/inventory/sbom/collect.ts
function addSbomFiles(inventory, workspace, files) {
  for (const file of files) {
    const text = readSbomText(workspace, file);
    if (!text.ok) {
      inventory.problems.push({ path: file.displayPath, format: "sbom", message: `could not read the SBOM: ${text.reason}` });
      inventory.files.push({ path: file.displayPath, format: "sbom", ecosystem: "unknown", packages: 0 });
      continue;
    }
    const read2 = readSbom({ path: file.displayPath, text: text.text });
    inventory.packages.push(...read2.packages);
    inventory.edges.push(...read2.edges);
    inventory.problems.push(...read2.problems);
    const ecosystems = new Set(read2.packages.map((pkg) => pkg.ecosystem));
    inventory.files.push({
      path: file.displayPath,
      format: read2.format ?? "sbom",
      ecosystem: ecosystems.size === 1 ? [...ecosystems][0] : "mixed",
      packages: read2.packages.length
    });
  }
}
function readSbomText(workspace, file) {
  if (file.insideWorkspace) return workspace.readText(file.displayPath, MAX_LOCKFILE_BYTES);
  try {
    const size = collect_default.statSync(file.absolutePath).size;
    if (size > MAX_LOCKFILE_BYTES)
      return { ok: false, reason: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_LOCKFILE_BYTES)} chaingate reads` };
    return { ok: true, text: collect_default.readFileSync(file.absolutePath, "utf8") };
  } catch (error) {
    return { ok: false, reason: error.code ?? error.message };
  }
}
export {
  addSbomFiles
};
