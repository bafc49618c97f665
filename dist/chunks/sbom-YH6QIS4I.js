import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-ESEMNDNZ.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-M4E3XFUX.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-C5BOC5AU.js";
import {
  readSbom
} from "./chunk-MOTGST5C.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-A5YLOGMQ.js";
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
