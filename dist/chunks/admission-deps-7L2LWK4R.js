import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-X6ZCAGG6.js";
import "./chunk-K5XPLAH2.js";
import {
  createGitHubClient
} from "./chunk-T4RGI2JS.js";
import "./chunk-HUNFW3VE.js";
import "./chunk-GQGKAIKU.js";
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
} from "./chunk-O3H7VSDC.js";
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
