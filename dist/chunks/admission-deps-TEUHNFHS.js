import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-AVMX32PO.js";
import "./chunk-PCKMPRGO.js";
import {
  createGitHubClient
} from "./chunk-2DWLDYRR.js";
import "./chunk-MWWVJUGF.js";
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
} from "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
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
