import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-RFYUPG65.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-EETCGEDO.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-545CLZMR.js";
import {
  readSbom
} from "./chunk-ZNOYCPH4.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-FVAG3SJL.js";
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
