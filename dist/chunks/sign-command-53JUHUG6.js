import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-VJFJI3O3.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-CJ7JZBOG.js";
import "./chunk-SGPSDLKG.js";
import "./chunk-QQ7KJK6I.js";
import "./chunk-HKENX2MI.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-MYZLENTB.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-6KJXVOBW.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-YFIMJD32.js";
import "./chunk-AK2BESPT.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-544V3MJZ.js";
import "./chunk-KJJUYHP5.js";
import "./chunk-QQCUCMB3.js";
import "./chunk-BQPOASSU.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-LSG2AAJE.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
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
