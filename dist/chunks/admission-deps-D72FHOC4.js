import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-DBTQAEHS.js";
import "./chunk-NWN5HWP2.js";
import {
  createGitHubClient
} from "./chunk-RL5A5H5I.js";
import "./chunk-4KA2SPKV.js";
import "./chunk-IDTVF4F4.js";
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
  loadGlobLibrary,
  matchSeverity,
  resolveAdvisorySource
} from "./chunk-A5YLOGMQ.js";
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
  loadGlobLibrary,
  loadPolicy,
  matchSeverity,
  resolveAdvisorySource
};
