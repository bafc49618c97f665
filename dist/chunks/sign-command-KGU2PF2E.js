import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-TL2T2XWZ.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-ECVSEAGM.js";
import "./chunk-5EUZFWY6.js";
import "./chunk-NBW5MF2E.js";
import "./chunk-7ICXGDYR.js";
import "./chunk-P76AGLRU.js";
import "./chunk-DWWZCTES.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-6KJXVOBW.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-5O4WQDDD.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-H5IVW3B5.js";
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
