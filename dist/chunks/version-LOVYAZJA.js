import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  TOOL
} from "./chunk-OJUVOU7I.js";
import "./chunk-RQ4SWRSA.js";
export {
  TOOL
};
