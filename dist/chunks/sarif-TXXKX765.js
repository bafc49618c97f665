import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  toSarif
} from "./chunk-YHVYNVIW.js";
import {
  MAX_SARIF_RESULTS
} from "./chunk-D7ZBBMHR.js";
import "./chunk-GYGK5XDF.js";
import "./chunk-7EKOSLSY.js";
export {
  MAX_SARIF_RESULTS,
  toSarif
};
