import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
} from "./chunk-HTITRC4D.js";
import "./chunk-YU4KFKRH.js";
import "./chunk-MX3JLXQ6.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
};
