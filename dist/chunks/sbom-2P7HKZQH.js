import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-GC6GLBTJ.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-CXRGZTKV.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-T7JCPDQX.js";
import {
  readSbom
} from "./chunk-RZLFHV5D.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-IQX4HVOS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  SBOM_FORMATS,
  readSbom,
  sbomPieces,
  sbomPlan,
  sbomText,
  timestampFromEnv,
  writeSbom,
  writeSbomFile
};
