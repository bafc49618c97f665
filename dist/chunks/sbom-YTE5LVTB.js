import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-FOHI5ZDX.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-4GCVH3UY.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-JISWY3RF.js";
import {
  readSbom
} from "./chunk-UT2AWILM.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-MX3JLXQ6.js";
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
