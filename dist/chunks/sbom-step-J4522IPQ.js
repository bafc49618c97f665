import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  buildContext
} from "./chunk-VJFJI3O3.js";
import "./chunk-R5KJH3Q2.js";
import {
  workspaceSbom
} from "./chunk-IEKXC2GT.js";
import "./chunk-WRCQC2XK.js";
import {
  timestampFromEnv
} from "./chunk-S2SBKJ2Z.js";
import "./chunk-MPQHXUH5.js";
import "./chunk-YBWHJFVS.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-UKFR566I.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-PCIBZVHQ.js";
import "./chunk-CJ7JZBOG.js";
import "./chunk-SGPSDLKG.js";
import "./chunk-QQ7KJK6I.js";
import "./chunk-HKENX2MI.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-MYZLENTB.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-6KJXVOBW.js";
import "./chunk-FXB3ONC3.js";
import {
  Workspace,
  isInside
} from "./chunk-YFIMJD32.js";
import "./chunk-AK2BESPT.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-544V3MJZ.js";
import "./chunk-KJJUYHP5.js";
import "./chunk-QQCUCMB3.js";
import "./chunk-BQPOASSU.js";
import "./chunk-ZTWN4AYJ.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";
import "./chunk-LSG2AAJE.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";

// src/action/sbom-step.ts
import fs from "node:fs";
import path from "node:path";
function refuseEscape(workspaceRoot, file) {
  const root = fs.realpathSync.native(workspaceRoot);
  let existing = path.dirname(file);
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const escapes = !isInside(root, fs.realpathSync.native(existing)) || fs.existsSync(file) && fs.lstatSync(file).isSymbolicLink();
  if (escapes) throw new ConfigurationError(`input sbom-file (${path.relative(workspaceRoot, file)}) resolves outside the workspace`);
}
async function sbomStep(output, auditedPath, workspaceRoot, env) {
  const { text, inventory } = await workspaceSbom(new Workspace(auditedPath), output.format, buildContext(env), timestampFromEnv(env));
  if (isInside(workspaceRoot, output.file)) refuseEscape(workspaceRoot, output.file);
  try {
    fs.mkdirSync(path.dirname(output.file), { recursive: true });
    fs.writeFileSync(output.file, text);
  } catch (error) {
    throw new ConfigurationError(`cannot write the SBOM ${output.file}: ${error.code ?? error.message}`);
  }
  for (const problem of inventory.problems) warning(`could not read ${problem.path}: ${problem.message}`, { file: problem.path, ...problem.line ? { startLine: problem.line } : {} });
  info(`chaingate: wrote the SBOM (${output.format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"}, ${inventory.packages.length} packages from ${inventory.files.length} files) to ${output.file}`);
  setOutput("sbom-file", output.file);
  return { file: output.file, text };
}
export {
  sbomStep
};
