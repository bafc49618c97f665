import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-MLCPMKPY.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-N3CG35MB.js";
import "./chunk-DSCQLN5J.js";
import "./chunk-WULPY3W4.js";
import "./chunk-Y5FS5LJJ.js";
import "./chunk-GDBSTJRP.js";
import "./chunk-544V3MJZ.js";
import "./chunk-VZTGPMIU.js";
import "./chunk-QKB5233U.js";
import "./chunk-NK2VMPGZ.js";
import "./chunk-S4776SU2.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-CFOVC3TA.js";
import "./chunk-7EKOSLSY.js";
export {
  SIGNING_OPTIONS,
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
};
