import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  classifyLicense,
  deniedBy,
  isSingleLicense,
  satisfiesAllow
} from "./chunk-D3UQ2YJR.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-RQ4SWRSA.js";
export {
  classifyLicense,
  deniedBy,
  isSingleLicense,
  satisfiesAllow
};
