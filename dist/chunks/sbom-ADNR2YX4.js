import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-AAXIDUOD.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-KX7G5LUO.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-DTIBXWUE.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-JBKADZLW.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-HPVQGH33.js";
import "./chunk-74AR3MDP.js";
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
