import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  embeddedPolicy,
  resolvePolicy
} from "./chunk-WNIU4HI4.js";
import "./chunk-K4LXVCRM.js";
import "./chunk-RQ4SWRSA.js";
export {
  embeddedPolicy,
  resolvePolicy
};
