import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-OTZXP2RV.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-7OS534JB.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-F5WFLCSG.js";
import {
  readSbom
} from "./chunk-WVLL7JDH.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-7UT45Y4V.js";
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
