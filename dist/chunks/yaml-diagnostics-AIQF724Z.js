import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-ICQIY3L7.js";
import "./chunk-BIIL6KKO.js";
import "./chunk-7EKOSLSY.js";
export {
  explainYamlFailure
};
