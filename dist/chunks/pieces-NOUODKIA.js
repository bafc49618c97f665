import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-73PEGLMB.js";
import "./chunk-BYQGVZM4.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-TITGSPWO.js";
import "./chunk-QARHGENI.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";
export {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
};
