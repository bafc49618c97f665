import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  allRules,
  ruleById
} from "./chunk-34N4RHII.js";
import "./chunk-YNVH4HYO.js";
import "./chunk-K4LXVCRM.js";
import "./chunk-GMWDHYXJ.js";
import "./chunk-36AHBP4L.js";
import "./chunk-LC5GA6DZ.js";
import "./chunk-7IAANKW2.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";
export {
  allRules,
  ruleById
};
