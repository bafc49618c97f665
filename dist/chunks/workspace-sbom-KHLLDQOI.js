import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-YJGNEODN.js";
import "./chunk-BPGII4S3.js";
import "./chunk-T2JVQ4FO.js";
import "./chunk-S5SAJL3J.js";
import "./chunk-CPPQKTZX.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-QATAYMJY.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
