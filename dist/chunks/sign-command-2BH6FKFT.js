import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-QSBSQOPF.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-UIZNR73R.js";
import "./chunk-A2M5NZEM.js";
import "./chunk-Y26RO5EI.js";
import "./chunk-LI37T3YG.js";
import "./chunk-5T3GRDV6.js";
import "./chunk-XMTR73JG.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-QSSCXVGI.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-YYJCTWKB.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-ZJPNE7T7.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-YFIMJD32.js";
import "./chunk-WIB2GAQN.js";
import "./chunk-AK2BESPT.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-MUVCMQHT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-URKBGMY5.js";
import "./chunk-RGBP3YEL.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-EDAGE3KJ.js";
import "./chunk-S4MNMSRP.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";
export {
  SIGNING_OPTIONS,
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
};
