import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-AJSDKBR3.js";
import "./chunk-ESEMNDNZ.js";
import "./chunk-M4E3XFUX.js";
import "./chunk-C5BOC5AU.js";
import "./chunk-MOTGST5C.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-A5YLOGMQ.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
