import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-SHQLVAJC.js";
import "./chunk-WYSDPNFG.js";
import "./chunk-UZTYXZ67.js";
import "./chunk-RHWDTW52.js";
import "./chunk-D5ETBKYU.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-O3H7VSDC.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
