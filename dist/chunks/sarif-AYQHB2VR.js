import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  fnv1a64,
  toSarif
} from "./chunk-CQ5P6Q7S.js";
import {
  MAX_SARIF_RESULTS
} from "./chunk-5KCMDAS2.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_SARIF_RESULTS,
  fnv1a64,
  toSarif
};
