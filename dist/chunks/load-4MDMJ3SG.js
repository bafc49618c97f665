import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
} from "./chunk-7Y7ZV33F.js";
import "./chunk-DOWKZMMZ.js";
import "./chunk-FOYFMTD6.js";
import "./chunk-DZFGR2TT.js";
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-MX3JLXQ6.js";
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
