import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_OSV_URL,
  createSource
} from "./chunk-YNVH4HYO.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_OSV_URL,
  createSource
};
