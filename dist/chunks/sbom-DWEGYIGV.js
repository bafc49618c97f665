import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-QICKRQS5.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-IK6AOGRS.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-SVLVLERC.js";
import {
  readSbom
} from "./chunk-BWSCL7CI.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-5WVM5KUB.js";
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
