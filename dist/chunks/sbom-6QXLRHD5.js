import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-NMAJ3DZA.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-HDFDA5WD.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-ODU4NK5P.js";
import {
  readSbom
} from "./chunk-GJDAG4DN.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-VZNYH5DF.js";
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
