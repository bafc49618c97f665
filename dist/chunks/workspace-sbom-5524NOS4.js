import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-PYU22FHH.js";
import "./chunk-T7EDVMPP.js";
import "./chunk-HKN3RLO6.js";
import "./chunk-UNMQJI3D.js";
import "./chunk-5PJJZ2UO.js";
import "./chunk-KWXOJMLU.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-AK2BESPT.js";
import "./chunk-VYSQICBI.js";
import "./chunk-544V3MJZ.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
