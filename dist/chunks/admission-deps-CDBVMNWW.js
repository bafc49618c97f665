import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-6MRY6IQ5.js";
import "./chunk-ABM36WRJ.js";
import {
  createGitHubClient
} from "./chunk-I4K3YYYY.js";
import "./chunk-LBFLFQM4.js";
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
} from "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
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
