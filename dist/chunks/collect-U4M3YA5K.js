import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-6H2UVQUU.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-AK2BESPT.js";
import "./chunk-RPLYBW2N.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
};
