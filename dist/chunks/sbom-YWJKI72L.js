import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-T7EDVMPP.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-HKN3RLO6.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-UNMQJI3D.js";
import {
  readSbom
} from "./chunk-5PJJZ2UO.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-TITGSPWO.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
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
