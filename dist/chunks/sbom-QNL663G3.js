import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-I2JGFNE7.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-BCJYHIT5.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-FJCWYWXP.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-4X47INFW.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-WEVV46DU.js";
import "./chunk-EZLMIZL2.js";
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
