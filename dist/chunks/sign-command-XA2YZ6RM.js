import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-4KTWBOUQ.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-KDCGUF3Y.js";
import "./chunk-W3QV4O6H.js";
import "./chunk-AY26JX76.js";
import "./chunk-Q2XDMAMT.js";
import "./chunk-T7MNK7MF.js";
import "./chunk-544V3MJZ.js";
import "./chunk-BYINTQVH.js";
import "./chunk-6CIBEA4N.js";
import "./chunk-NK2VMPGZ.js";
import "./chunk-WVKL64UP.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-BIIL6KKO.js";
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
