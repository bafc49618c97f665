import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-5I6XYTXS.js";
import "./chunk-GC6GLBTJ.js";
import "./chunk-CXRGZTKV.js";
import "./chunk-T7JCPDQX.js";
import "./chunk-RZLFHV5D.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-R7B7M645.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-IQX4HVOS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
