import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  RequestCounter
} from "./chunk-X4R63DCZ.js";
import "./chunk-RQ4SWRSA.js";
export {
  RequestCounter
};
