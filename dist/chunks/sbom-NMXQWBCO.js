import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-LYAUI5KM.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-RT7Z7WWR.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-LU7VGCMD.js";
import {
  readSbom
} from "./chunk-CTSKKMJM.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-TITGSPWO.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
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
