import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
} from "./chunk-AVMX32PO.js";
import "./chunk-PCKMPRGO.js";
import "./chunk-MWWVJUGF.js";
import "./chunk-DZFGR2TT.js";
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_POLICY_PATHS,
  findPolicy,
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
};
