import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-3UTWIHCD.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-4U4J4LEF.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-435WNEN2.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-YYZR2KU2.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
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
