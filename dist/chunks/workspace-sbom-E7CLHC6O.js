import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-2DDDTV7Z.js";
import "./chunk-VQOSBCFF.js";
import "./chunk-YBCA3PRP.js";
import "./chunk-4QJ5DMZ2.js";
import "./chunk-UOSF3WAJ.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-JLXCIP2S.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
