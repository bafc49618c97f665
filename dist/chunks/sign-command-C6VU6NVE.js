import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-DCPX74BX.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-BBMQC7R6.js";
import "./chunk-KRXRM3F4.js";
import "./chunk-KEB7C46I.js";
import "./chunk-CQEPDRON.js";
import "./chunk-P76AGLRU.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-6KJXVOBW.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-YFIMJD32.js";
import "./chunk-H5IVW3B5.js";
import "./chunk-AK2BESPT.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-36AHBP4L.js";
import "./chunk-FXYFADYA.js";
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
