import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-RGR2X7OU.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-LDT7S3MW.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-A6EVCQX2.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-PZYNNKKT.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
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
