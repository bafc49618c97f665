import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-CXRGZTKV.js";
import "./chunk-T7JCPDQX.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-IQX4HVOS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
};
