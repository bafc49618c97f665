import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-A6X3HRML.js";
import "./chunk-RE3NCVPQ.js";
import "./chunk-KLUXCUSA.js";
import "./chunk-QJMSA5RQ.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-GRN3NNOY.js";
import "./chunk-567TEA5D.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
