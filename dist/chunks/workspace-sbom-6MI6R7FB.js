import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-A7Q5NMX2.js";
import "./chunk-WRCQC2XK.js";
import "./chunk-S2SBKJ2Z.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-MPQHXUH5.js";
import "./chunk-55WQJQHI.js";
import "./chunk-TEOYMXYD.js";
import "./chunk-H5IVW3B5.js";
import "./chunk-AK2BESPT.js";
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
