import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-SXZR2TN3.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-S6AWPYMZ.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-6HF6IYZP.js";
import {
  readSbom
} from "./chunk-BMOEOAAB.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-7LTMN3HX.js";
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
