import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-LZKMAB4L.js";
import "./chunk-WIB2GAQN.js";
import "./chunk-AK2BESPT.js";
import "./chunk-MUVCMQHT.js";
import "./chunk-BQPOASSU.js";
import "./chunk-TITGSPWO.js";
import "./chunk-S4MNMSRP.js";
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
