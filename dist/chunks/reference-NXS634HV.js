import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
} from "./chunk-YO6AX3W2.js";
import "./chunk-6WHA3L2H.js";
import "./chunk-P3CGR4IG.js";
import "./chunk-4AL2GPNO.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
};
