import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-YGL3SUL7.js";
import "./chunk-7SY67ZZR.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-YWXQ6DPQ.js";
import "./chunk-6K65AC76.js";
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
