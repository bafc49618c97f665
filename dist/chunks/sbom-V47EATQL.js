import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-RE3NCVPQ.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-KLUXCUSA.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-QJMSA5RQ.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-GRN3NNOY.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
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
