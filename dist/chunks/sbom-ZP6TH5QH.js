import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-WYSDPNFG.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-UZTYXZ67.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-RHWDTW52.js";
import {
  readSbom
} from "./chunk-D5ETBKYU.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-O3H7VSDC.js";
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
