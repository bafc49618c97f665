import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-GDJRL7LJ.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-S4MNMSRP.js";
import "./chunk-FXYFADYA.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
