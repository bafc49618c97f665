import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-HOMAETGP.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-BMMGPWP4.js";
import "./chunk-ARBX2KYD.js";
import "./chunk-TPT2M4EQ.js";
import "./chunk-LHBDZ6M5.js";
import "./chunk-MN4BHTFN.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-544V3MJZ.js";
import "./chunk-CMRXECLU.js";
import "./chunk-PI5YDOEH.js";
import "./chunk-NK2VMPGZ.js";
import "./chunk-J4KMNHDM.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-TZDBTWB3.js";
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
