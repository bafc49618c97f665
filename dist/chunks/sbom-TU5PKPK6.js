import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-JGWW7JTI.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-73PEGLMB.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-BYQGVZM4.js";
import {
  readSbom
} from "./chunk-UESPA3HR.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-TITGSPWO.js";
import "./chunk-QARHGENI.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
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
