import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-QPWVN6CF.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
