import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-G5FCGYP4.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-JGUUEBYJ.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-K4ZWM455.js";
import {
  readSbom
} from "./chunk-VLOR2IHQ.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-UWVTSOSV.js";
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
