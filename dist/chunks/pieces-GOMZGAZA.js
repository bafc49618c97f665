import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-WSWTDNKL.js";
import "./chunk-L4MSFGGC.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-4AL2GPNO.js";
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
