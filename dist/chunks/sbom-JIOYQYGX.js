import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-UV76AXAP.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-LWD2UJ5B.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-KRA4A7R5.js";
import {
  readSbom
} from "./chunk-NKHGOIZ4.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-FBGUQ5BI.js";
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
