import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-5X7CG4UT.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-PSVDTWWT.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-ALVTVYJJ.js";
import {
  readSbom
} from "./chunk-OPR56PYQ.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-OJZAVK3L.js";
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
