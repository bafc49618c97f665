import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
} from "./chunk-P6VN7TFS.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-2AUU3MVV.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
};
