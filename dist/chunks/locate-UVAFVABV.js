import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY_PATHS,
  findPolicy
} from "./chunk-LC5GA6DZ.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_POLICY_PATHS,
  findPolicy
};
