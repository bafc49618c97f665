import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
} from "./chunk-6XSDN6LB.js";
import "./chunk-NMR32PLS.js";
import "./chunk-DR65B3W7.js";
import "./chunk-DZFGR2TT.js";
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-4AL2GPNO.js";
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
