import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-5AWEQG6V.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-WSWTDNKL.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-L4MSFGGC.js";
import {
  readSbom
} from "./chunk-JRDYD5TA.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-4AL2GPNO.js";
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
