import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-M6NAF3CX.js";
import "./chunk-3QNNHS3M.js";
import {
  createGitHubClient
} from "./chunk-2X7FTCWY.js";
import "./chunk-7NGOOHT5.js";
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
} from "./chunk-FBGUQ5BI.js";
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
