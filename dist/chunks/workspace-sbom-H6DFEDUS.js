import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-FAO77LI4.js";
import "./chunk-JGWW7JTI.js";
import "./chunk-73PEGLMB.js";
import "./chunk-BYQGVZM4.js";
import "./chunk-UESPA3HR.js";
import "./chunk-LZKMAB4L.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-QQJFTEFK.js";
import "./chunk-WIB2GAQN.js";
import "./chunk-AK2BESPT.js";
import "./chunk-MUVCMQHT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-S4MNMSRP.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-QARHGENI.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
