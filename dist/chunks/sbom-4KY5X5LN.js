import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-LX64BZNG.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-3QYP4FWQ.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-HPSS6PN3.js";
import {
  readSbom
} from "./chunk-DRPPOSN4.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-7PPNGCT6.js";
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
