import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-YLOZG3HX.js";
import "./chunk-Q2C3MJXZ.js";
import "./chunk-M5X2STFX.js";
import "./chunk-D4AQQD2K.js";
import "./chunk-UZYT2VLQ.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-M2KE6OYR.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
