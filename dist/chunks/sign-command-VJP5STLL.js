import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-GQV45OJM.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-NTW3TGJS.js";
import "./chunk-6Q3YTPC2.js";
import "./chunk-NO3JMPKS.js";
import "./chunk-Z3E5SPIK.js";
import "./chunk-ZYMURPL3.js";
import "./chunk-DWWZCTES.js";
import "./chunk-PI5YDOEH.js";
import "./chunk-J4KMNHDM.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-5O4WQDDD.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-75BR3VMQ.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
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
