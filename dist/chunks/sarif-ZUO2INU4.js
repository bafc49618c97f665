import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  toSarif
} from "./chunk-DR4KIYBW.js";
import {
  MAX_SARIF_RESULTS
} from "./chunk-D7ZBBMHR.js";
import "./chunk-GYGK5XDF.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_SARIF_RESULTS,
  toSarif
};
