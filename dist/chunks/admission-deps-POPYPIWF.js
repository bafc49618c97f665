import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-P5BB525V.js";
import "./chunk-52LUBN3R.js";
import {
  createGitHubClient
} from "./chunk-Q2OFYGPT.js";
import "./chunk-YLW35JZ6.js";
import "./chunk-DZFGR2TT.js";
import {
  RequestCounter,
  allRules,
  applyWaivers,
  createSource,
  embeddedPolicy,
  findPolicy,
  gateOutcome,
  idsLabel,
  imageFixState,
  matchSeverity,
  resolveAdvisorySource
} from "./chunk-YWXQ6DPQ.js";
import "./chunk-6K65AC76.js";
import {
  TOOL
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  RequestCounter,
  TOOL,
  allRules,
  applyWaivers,
  createGitHubClient,
  createSource,
  embeddedPolicy,
  findPolicy,
  gateOutcome,
  idsLabel,
  imageFixState,
  loadPolicy,
  matchSeverity,
  resolveAdvisorySource
};
