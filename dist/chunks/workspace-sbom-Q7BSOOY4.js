import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-56NDSISS.js";
import "./chunk-C7L2BPLQ.js";
import "./chunk-XHI3M7FA.js";
import "./chunk-7CUP226E.js";
import "./chunk-GJEI6TKX.js";
import "./chunk-WZHFSY3E.js";
import "./chunk-PPM6T6R3.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-AI6H3S5Q.js";
import "./chunk-TNVVPER5.js";
import "./chunk-NEN2VRJS.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-7EKOSLSY.js";
export {
  workspaceSbom
};
