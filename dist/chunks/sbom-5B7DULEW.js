import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-Q57WYFAE.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-6XNIGWC4.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-JVYOWEEQ.js";
import {
  readSbom
} from "./chunk-ZEZHSLMF.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-OKZF5ZD4.js";
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
