import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-6YMI7EEZ.js";
import "./chunk-AAXIDUOD.js";
import "./chunk-KX7G5LUO.js";
import "./chunk-DTIBXWUE.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-JBKADZLW.js";
import "./chunk-T2NJZHL4.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-HPVQGH33.js";
import "./chunk-74AR3MDP.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
