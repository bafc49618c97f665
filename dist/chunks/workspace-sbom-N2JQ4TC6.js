import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-YBESRGVH.js";
import "./chunk-RGR2X7OU.js";
import "./chunk-LDT7S3MW.js";
import "./chunk-A6EVCQX2.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-PZYNNKKT.js";
import "./chunk-IEYNHXG5.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
