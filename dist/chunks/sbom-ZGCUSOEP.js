import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-3EVL5VGA.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-LIJACSD3.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-ZHZFQDAX.js";
import {
  readSbom
} from "./chunk-4SSZJKLU.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-WSOWLETH.js";
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
