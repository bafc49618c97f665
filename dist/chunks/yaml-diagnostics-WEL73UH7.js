import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-APGPHMIK.js";
import "./chunk-DZFGR2TT.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-RQ4SWRSA.js";
export {
  explainYamlFailure
};
