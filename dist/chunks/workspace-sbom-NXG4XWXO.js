import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-5BFXFYP5.js";
import "./chunk-C5CVNTP3.js";
import "./chunk-ZW7YZFHN.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-MPQHXUH5.js";
import "./chunk-22O673NR.js";
import "./chunk-C5IH5SST.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-ZU4FRLQQ.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-75BR3VMQ.js";
import "./chunk-544V3MJZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
