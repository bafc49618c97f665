import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
} from "./chunk-EKGJ6HI2.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-YCVEYXP2.js";
import "./chunk-4KA2SPKV.js";
import "./chunk-FVAG3SJL.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
};
