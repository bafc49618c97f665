import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LazyArray,
  planPieces,
  sbomPieces,
  sbomText,
  wholeText,
  writeSbomFile
} from "./chunk-YCBXUNJ7.js";
import "./chunk-XW6NN2YP.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-YFOJDLKA.js";
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
