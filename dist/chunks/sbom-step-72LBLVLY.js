import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-4DABBVY3.js";
import "./chunk-NMAJ3DZA.js";
import {
  sbomText,
  writeSbomFile
} from "./chunk-HDFDA5WD.js";
import {
  buildContext
} from "./chunk-DP5BYC5Z.js";
import {
  timestampFromEnv
} from "./chunk-ODU4NK5P.js";
import "./chunk-GJDAG4DN.js";
import "./chunk-U5FF4OCZ.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-4KJZJQ67.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  Workspace,
  isInside
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/action/sbom-step.ts
var fs = process.getBuiltinModule("node:fs");
var sbom_step_default = fs;

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
