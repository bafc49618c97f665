import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-EHZHNYHJ.js";
import "./chunk-LYAUI5KM.js";
import "./chunk-RT7Z7WWR.js";
import "./chunk-LU7VGCMD.js";
import "./chunk-CTSKKMJM.js";
import "./chunk-JSNBQPMQ.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-PG7RTSFX.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-AK2BESPT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
