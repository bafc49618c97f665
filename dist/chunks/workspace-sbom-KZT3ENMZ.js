import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-XPC4G5EA.js";
import "./chunk-UV76AXAP.js";
import "./chunk-LWD2UJ5B.js";
import "./chunk-KRA4A7R5.js";
import "./chunk-NKHGOIZ4.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-FBGUQ5BI.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
