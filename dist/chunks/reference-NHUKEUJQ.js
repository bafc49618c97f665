import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
} from "./chunk-XRZBTFHW.js";
import "./chunk-P2ARP3CV.js";
import "./chunk-FBGUQ5BI.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
};
