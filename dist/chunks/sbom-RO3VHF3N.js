import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-ESIQKH6W.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-H6UKU4YN.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-6TCJGW2K.js";
import {
  readSbom
} from "./chunk-DO75RUKI.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-6LWDZYWB.js";
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
