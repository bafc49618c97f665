import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  loadPolicy,
  parsePolicyText,
  purlPatternProblem
} from "./chunk-DBTQAEHS.js";
import "./chunk-NWN5HWP2.js";
import "./chunk-IDTVF4F4.js";
import "./chunk-DZFGR2TT.js";
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-A5YLOGMQ.js";
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
