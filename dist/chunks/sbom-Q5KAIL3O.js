import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-BPGII4S3.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-T2JVQ4FO.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-S5SAJL3J.js";
import {
  readSbom
} from "./chunk-CPPQKTZX.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-QATAYMJY.js";
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
