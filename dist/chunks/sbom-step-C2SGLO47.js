import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-C3WUKHB6.js";
import "./chunk-DYRHGG2E.js";
import {
  buildContext
} from "./chunk-Z6G5WA6R.js";
import {
  sbomText,
  writeSbomFile
} from "./chunk-Z5Z6PNDS.js";
import {
  timestampFromEnv
} from "./chunk-M7L52E5M.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-TVMEVG3B.js";
import "./chunk-ULDBMA3W.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-GUBHCAD4.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import {
  Workspace,
  isInside
} from "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
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
async function sbomStep(output, auditedPath, workspaceRoot, env, keepText = false) {
  const { plan, summary } = await workspaceSbom(new Workspace(auditedPath), output.format, buildContext(env), timestampFromEnv(env));
  if (isInside(workspaceRoot, output.file)) refuseEscape(workspaceRoot, output.file);
  const text = keepText ? sbomText(plan) : void 0;
  try {
    fs.mkdirSync(path.dirname(output.file), { recursive: true });
    if (text !== void 0) fs.writeFileSync(output.file, text);
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
