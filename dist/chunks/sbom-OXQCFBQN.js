import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-VQOSBCFF.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-YBCA3PRP.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-4QJ5DMZ2.js";
import {
  readSbom
} from "./chunk-UOSF3WAJ.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-JLXCIP2S.js";
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
