import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGNING_OPTIONS,
  SIGN_USAGE,
  buildContext,
  resolveServices,
  signCommand,
  signVerdict,
  verdictContext
} from "./chunk-5XVBTAEG.js";
import "./chunk-QPSW6QQ7.js";
import "./chunk-33IB6KFZ.js";
import "./chunk-D7XWS7OD.js";
import "./chunk-D5D5MKIS.js";
import "./chunk-7ONFRAV7.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-544V3MJZ.js";
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
