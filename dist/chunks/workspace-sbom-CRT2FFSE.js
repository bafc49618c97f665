import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-OYV7CSJX.js";
import "./chunk-3EVL5VGA.js";
import "./chunk-LIJACSD3.js";
import "./chunk-ZHZFQDAX.js";
import "./chunk-4SSZJKLU.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-WSOWLETH.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
