import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
} from "./chunk-6VVVVN6K.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-YCVEYXP2.js";
import "./chunk-4KA2SPKV.js";
import "./chunk-YFOJDLKA.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  findSbomAttestation,
  loadVulnerabilityContext,
  sbomFinding,
  vulnerabilityFinding
};
