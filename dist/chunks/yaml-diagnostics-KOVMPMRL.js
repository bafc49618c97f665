import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-TBSOHBBN.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-7UT45Y4V.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
