import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-LDT7S3MW.js";
import "./chunk-A6EVCQX2.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
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
