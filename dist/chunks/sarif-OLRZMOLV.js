import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  fnv1a64,
  toSarif
} from "./chunk-VYFDAGXX.js";
import {
  MAX_SARIF_RESULTS
} from "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_SARIF_RESULTS,
  fnv1a64,
  toSarif
};
