import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
} from "./chunk-4LYFX2TD.js";
import "./chunk-5JZVWUIB.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
};
