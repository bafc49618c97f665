import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-CPZUF25X.js";
import "./chunk-Q3LM3VCH.js";
import "./chunk-6C5QDGG5.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-MPQHXUH5.js";
import "./chunk-KEJUAGWW.js";
import "./chunk-TEOYMXYD.js";
import "./chunk-H5IVW3B5.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-36AHBP4L.js";
import "./chunk-FXYFADYA.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
