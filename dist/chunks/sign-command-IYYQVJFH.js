import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-BBSCP7AL.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-24EQ6FKN.js";
import "./chunk-AFTZ5OR5.js";
import "./chunk-YCQVHAKB.js";
import "./chunk-KN4RP3IG.js";
import "./chunk-ZCP4PMHG.js";
import "./chunk-WGDIRVJJ.js";
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
import "./chunk-RPLYBW2N.js";
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
