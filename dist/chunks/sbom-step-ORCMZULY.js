import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  buildContext
} from "./chunk-QSBSQOPF.js";
import "./chunk-R5KJH3Q2.js";
import {
  workspaceSbom
} from "./chunk-FAO77LI4.js";
import "./chunk-JGWW7JTI.js";
import {
  sbomText,
  writeSbomFile
} from "./chunk-73PEGLMB.js";
import {
  timestampFromEnv
} from "./chunk-BYQGVZM4.js";
import "./chunk-UESPA3HR.js";
import "./chunk-LZKMAB4L.js";
import "./chunk-7OZDPYAE.js";
import {
  info,
  setOutput,
  warning
} from "./chunk-PCIBZVHQ.js";
import "./chunk-UIZNR73R.js";
import "./chunk-A2M5NZEM.js";
import "./chunk-Y26RO5EI.js";
import "./chunk-LI37T3YG.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-5T3GRDV6.js";
import "./chunk-XMTR73JG.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-QSSCXVGI.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-YYJCTWKB.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-ZJPNE7T7.js";
import "./chunk-FN35NV3Z.js";
import {
  Workspace,
  isInside
} from "./chunk-YFIMJD32.js";
import "./chunk-WIB2GAQN.js";
import "./chunk-AK2BESPT.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-MUVCMQHT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-URKBGMY5.js";
import "./chunk-RGBP3YEL.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-BQPOASSU.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";
import "./chunk-EDAGE3KJ.js";
import "./chunk-S4MNMSRP.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-QARHGENI.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
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
  for (const problem of summary.problems) warning(`could not read ${problem.path}: ${problem.message}`, { file: problem.path, ...problem.line ? { startLine: problem.line } : {} });
  info(`chaingate: wrote the SBOM (${output.format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"}, ${summary.packages} packages from ${summary.files} files) to ${output.file}`);
  setOutput("sbom-file", output.file);
  return { file: output.file, ...text !== void 0 ? { text } : {} };
}
export {
  sbomStep
};
