import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-CSB4H4MI.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-IQX4HVOS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
