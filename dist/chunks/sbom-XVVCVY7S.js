import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  writeSbom
} from "./chunk-WRCQC2XK.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-S2SBKJ2Z.js";
import {
  readSbom
} from "./chunk-MPQHXUH5.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  SBOM_FORMATS,
  readSbom,
  timestampFromEnv,
  writeSbom
};
