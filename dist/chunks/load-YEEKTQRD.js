import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
} from "./chunk-M6NAF3CX.js";
import "./chunk-3QNNHS3M.js";
import "./chunk-7NGOOHT5.js";
import "./chunk-DZFGR2TT.js";
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-FBGUQ5BI.js";
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
