import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-MWWVJUGF.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
