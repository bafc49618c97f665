import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-M6VB7A3J.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-Y4NJSOAI.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-QVXQBQYG.js";
import {
  readSbom
} from "./chunk-SNQVOCFU.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-7HD6KE4B.js";
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
