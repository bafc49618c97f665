import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-7Y7ZV33F.js";
import "./chunk-DOWKZMMZ.js";
import {
  createGitHubClient
} from "./chunk-MVYQNO4Q.js";
import "./chunk-FOYFMTD6.js";
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
} from "./chunk-MX3JLXQ6.js";
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
