import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  PREDICATE_ALIASES,
  VERIFY_USAGE,
  verifyCommand
} from "./chunk-DPAIH2YK.js";
import "./chunk-MCR7JXXD.js";
import "./chunk-33IB6KFZ.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-CFOVC3TA.js";
import "./chunk-7EKOSLSY.js";
export {
  PREDICATE_ALIASES,
  VERIFY_USAGE,
  verifyCommand
};
