import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-DYRHGG2E.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-Z5Z6PNDS.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-M7L52E5M.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-TVMEVG3B.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
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
