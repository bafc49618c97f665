import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-Q2C3MJXZ.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-M5X2STFX.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-D4AQQD2K.js";
import {
  readSbom
} from "./chunk-UZYT2VLQ.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-M2KE6OYR.js";
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
