import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  classifyLicense,
  deniedBy,
  isSingleLicense,
  satisfiesAllow
} from "./chunk-6JOHTDBO.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-RQ4SWRSA.js";
export {
  classifyLicense,
  deniedBy,
  isSingleLicense,
  satisfiesAllow
};
