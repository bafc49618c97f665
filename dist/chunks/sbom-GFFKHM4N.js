import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-4F6FB6G5.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-JIO7JBWZ.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-XU5DNRDX.js";
import {
  readSbom
} from "./chunk-MLLCKYZK.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-WXYLU4OS.js";
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
