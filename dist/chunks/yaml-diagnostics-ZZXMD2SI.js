import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-DR65B3W7.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-4AL2GPNO.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
