import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
} from "./chunk-KQYL5WM4.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-2AUU3MVV.js";
import "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
};
