import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-7VBW4463.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-UWVTSOSV.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
