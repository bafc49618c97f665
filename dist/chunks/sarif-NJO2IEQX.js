import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  fnv1a64,
  toSarif
} from "./chunk-OXVDUW32.js";
import {
  MAX_SARIF_RESULTS
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_SARIF_RESULTS,
  fnv1a64,
  toSarif
};
