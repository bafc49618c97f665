import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
} from "./chunk-445BNCMU.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-2AUU3MVV.js";
import "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
};
