import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  buildContext
} from "./chunk-62IC2WR5.js";
import {
  workspaceSbom
} from "./chunk-XPC4G5EA.js";
import "./chunk-UV76AXAP.js";
import {
  sbomText,
  writeSbomFile
} from "./chunk-LWD2UJ5B.js";
import {
  timestampFromEnv
} from "./chunk-KRA4A7R5.js";
import "./chunk-NKHGOIZ4.js";
import "./chunk-XKJLFBCS.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-4KJZJQ67.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import {
  Workspace,
  isInside
} from "./chunk-FBGUQ5BI.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/action/sbom-step.ts
var fs = process.getBuiltinModule("node:fs");
var sbom_step_default = fs;
var { appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod, lchmodSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync, Dirent, Stats, _toUnixTimestamp, Dir, opendir, opendirSync, constants } = fs;
var promises = new Proxy({}, { get: (_, name) => (...args) => fs.promises[name](...args) });

// src/action/sbom-step.ts
import path from "node:path";
function refuseEscape(workspaceRoot, file) {
  const root = sbom_step_default.realpathSync.native(workspaceRoot);
  let existing = path.dirname(file);
  while (!sbom_step_default.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const escapes = !isInside(root, sbom_step_default.realpathSync.native(existing)) || sbom_step_default.existsSync(file) && sbom_step_default.lstatSync(file).isSymbolicLink();
  if (escapes) throw new ConfigurationError(`input sbom-file (${path.relative(workspaceRoot, file)}) resolves outside the workspace`);
}
async function sbomStep(output, auditedPath, workspaceRoot, env, keepText = false) {
  const { plan, summary } = await workspaceSbom(new Workspace(auditedPath), output.format, buildContext(env), timestampFromEnv(env));
  if (isInside(workspaceRoot, output.file)) refuseEscape(workspaceRoot, output.file);
  const text = keepText ? sbomText(plan) : void 0;
  try {
    sbom_step_default.mkdirSync(path.dirname(output.file), { recursive: true });
    if (text !== void 0) sbom_step_default.writeFileSync(output.file, text);
    else writeSbomFile(output.file, plan);
  } catch (error) {
    throw new ConfigurationError(`cannot write the SBOM ${output.file}: ${error.code ?? error.message}`);
  }
  for (const problem of summary.problems)
    warning(`could not read ${problem.path}: ${problem.message}`, { file: problem.path, ...problem.line ? { startLine: problem.line } : {} });
  info(
    `chaingate: wrote the SBOM (${output.format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"}, ${summary.packages} packages from ${summary.files} files) to ${output.file}`
  );
  setOutput("sbom-file", output.file);
  return { file: output.file, ...text !== void 0 ? { text } : {} };
}
export {
  sbomStep
};
