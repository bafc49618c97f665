import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-KLUXCUSA.js";
import "./chunk-QJMSA5RQ.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
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
