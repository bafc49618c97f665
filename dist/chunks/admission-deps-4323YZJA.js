import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-5SDWWCFU.js";
import "./chunk-DTATZQ2G.js";
import {
  createGitHubClient
} from "./chunk-GXFSD3P2.js";
import "./chunk-SVAHOLN4.js";
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
} from "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
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
