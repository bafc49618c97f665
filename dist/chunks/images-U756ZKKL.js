import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  catalogImage
} from "./chunk-PDBOUET7.js";
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  parsePlatform
} from "./chunk-ZMLOU7CA.js";
import "./chunk-7KNRGYAP.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-TITGSPWO.js";
import "./chunk-GD5HHGK6.js";
import "./chunk-QARHGENI.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  DEFAULT_PLATFORM,
  catalogImage,
  formatPlatform,
  parseImageReference,
  parsePlatform
};
