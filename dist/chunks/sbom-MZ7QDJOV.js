import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-T4GTQK7R.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-QNMRLTAO.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-RGWR4EGC.js";
import {
  readSbom
} from "./chunk-OUB4FZQB.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-5KCMDAS2.js";
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
