import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  writeSbom
} from "./chunk-C7L2BPLQ.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-XHI3M7FA.js";
import "./chunk-7CUP226E.js";
import {
  readSbom
} from "./chunk-GJEI6TKX.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-AI6H3S5Q.js";
import "./chunk-TNVVPER5.js";
import "./chunk-TITGSPWO.js";
import "./chunk-7EKOSLSY.js";
export {
  SBOM_FORMATS,
  readSbom,
  timestampFromEnv,
  writeSbom
};
