import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-IEKXC2GT.js";
import "./chunk-WRCQC2XK.js";
import "./chunk-S2SBKJ2Z.js";
import "./chunk-MPQHXUH5.js";
import "./chunk-YBWHJFVS.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-UKFR566I.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-AK2BESPT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
