import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-RBP24QJT.js";
import "./chunk-I6ECMGZ3.js";
import {
  createGitHubClient
} from "./chunk-7FZLISNG.js";
import "./chunk-WPFAB23X.js";
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
} from "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
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
