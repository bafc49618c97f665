import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-6XSDN6LB.js";
import "./chunk-NMR32PLS.js";
import {
  createGitHubClient
} from "./chunk-RIW6FE6W.js";
import "./chunk-P3CGR4IG.js";
import "./chunk-DR65B3W7.js";
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
} from "./chunk-4AL2GPNO.js";
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
