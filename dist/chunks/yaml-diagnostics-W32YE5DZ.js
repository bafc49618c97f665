import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  explainYamlFailure
} from "./chunk-WFSJE443.js";
import "./chunk-DBHVMZOR.js";
import "./chunk-7EKOSLSY.js";
export {
  explainYamlFailure
};
