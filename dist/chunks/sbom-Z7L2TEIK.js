import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  writeSbom
} from "./chunk-C5CVNTP3.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-ZW7YZFHN.js";
import "./chunk-7OZDPYAE.js";
import {
  readSbom
} from "./chunk-MPQHXUH5.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";
export {
  SBOM_FORMATS,
  readSbom,
  timestampFromEnv,
  writeSbom
};
