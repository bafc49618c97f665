import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-PUL7KHXQ.js";
import "./chunk-OTZXP2RV.js";
import "./chunk-7OS534JB.js";
import "./chunk-F5WFLCSG.js";
import "./chunk-WVLL7JDH.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-7UT45Y4V.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
