import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workspaceSbom
} from "./chunk-FHUJ4QGO.js";
import "./chunk-3UTWIHCD.js";
import "./chunk-4U4J4LEF.js";
import "./chunk-435WNEN2.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-YYZR2KU2.js";
import "./chunk-Y53MJGZL.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  workspaceSbom
};
