import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-LGZRTJOG.js";
import "./chunk-I2JGFNE7.js";
import "./chunk-BCJYHIT5.js";
import "./chunk-FJCWYWXP.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-4X47INFW.js";
import "./chunk-MIBBSL5C.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-WEVV46DU.js";
import "./chunk-EZLMIZL2.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
