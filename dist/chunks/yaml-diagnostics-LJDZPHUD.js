import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-5HPT4NT7.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-7EKOSLSY.js";
export {
  explainYamlFailure
};
