import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  PREDICATE_ALIASES,
  VERIFY_USAGE,
  verifyCommand
} from "./chunk-GFAK3SIK.js";
import "./chunk-CDZANM46.js";
import "./chunk-GDBSTJRP.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-CFOVC3TA.js";
import "./chunk-7EKOSLSY.js";
export {
  PREDICATE_ALIASES,
  VERIFY_USAGE,
  verifyCommand
};
