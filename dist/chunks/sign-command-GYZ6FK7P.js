import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-DU2AC64N.js";
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import "./chunk-2OQDXLTK.js";
import "./chunk-HORDI6Q3.js";
import "./chunk-YO4DGEJ3.js";
import "./chunk-KIBGOE3T.js";
import "./chunk-ZYMURPL3.js";
import "./chunk-DWWZCTES.js";
import "./chunk-PI5YDOEH.js";
import "./chunk-J4KMNHDM.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-5O4WQDDD.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-NEN2VRJS.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
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
