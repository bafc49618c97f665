import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-FBIUB6TS.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-6VA4DFK4.js";
import "./chunk-DTKM4S5C.js";
import "./chunk-VXJTNCRE.js";
import "./chunk-RJ2ZIXNN.js";
import "./chunk-MN4BHTFN.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-544V3MJZ.js";
import "./chunk-EVCK3GP5.js";
import "./chunk-AE2RFK7C.js";
import "./chunk-NK2VMPGZ.js";
import "./chunk-5RCDFIW5.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-DBHVMZOR.js";
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
