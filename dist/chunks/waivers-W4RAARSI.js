import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  applyWaivers,
  inlineIgnoreFor,
  isExpired,
  parseInlineIgnore,
  waiverCovers
} from "./chunk-AQ32HVK4.js";
import "./chunk-36AHBP4L.js";
import "./chunk-RQ4SWRSA.js";
export {
  applyWaivers,
  inlineIgnoreFor,
  isExpired,
  parseInlineIgnore,
  waiverCovers
};
