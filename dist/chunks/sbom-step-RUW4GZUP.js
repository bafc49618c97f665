import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-56NDSISS.js";
import "./chunk-C7L2BPLQ.js";
import {
  buildContext
} from "./chunk-DU2AC64N.js";
import "./chunk-R5KJH3Q2.js";
import {
  timestampFromEnv
} from "./chunk-XHI3M7FA.js";
import "./chunk-7CUP226E.js";
import "./chunk-GJEI6TKX.js";
import "./chunk-WZHFSY3E.js";
import "./chunk-PPM6T6R3.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-AI6H3S5Q.js";
import "./chunk-TNVVPER5.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-PCIBZVHQ.js";
import "./chunk-2OQDXLTK.js";
import "./chunk-HORDI6Q3.js";
import "./chunk-YO4DGEJ3.js";
import "./chunk-KIBGOE3T.js";
import "./chunk-ZYMURPL3.js";
import "./chunk-DWWZCTES.js";
import "./chunk-PI5YDOEH.js";
import "./chunk-J4KMNHDM.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-ZTWN4AYJ.js";
import {
  Workspace,
  isInside
} from "./chunk-5O4WQDDD.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-NEN2VRJS.js";
import "./chunk-544V3MJZ.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-7EKOSLSY.js";

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
