import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
} from "./chunk-ZMLOU7CA.js";
import "./chunk-7KNRGYAP.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform,
  platformMatches
};
