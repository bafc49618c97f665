import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_SARIF_RESULTS,
  toSarif
} from "./chunk-POI5U77T.js";
import "./chunk-7EKOSLSY.js";
export {
  MAX_SARIF_RESULTS,
  toSarif
};
