import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-C3WUKHB6.js";
import "./chunk-DYRHGG2E.js";
import "./chunk-Z5Z6PNDS.js";
import "./chunk-M7L52E5M.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-TVMEVG3B.js";
import "./chunk-ULDBMA3W.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
