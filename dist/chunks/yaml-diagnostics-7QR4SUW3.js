import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-EEMNDRNP.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-WEVV46DU.js";
import "./chunk-EZLMIZL2.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
