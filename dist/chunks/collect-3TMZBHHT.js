import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-JEN4BROD.js";
import "./chunk-PPM6T6R3.js";
import "./chunk-PO7EOOZC.js";
import "./chunk-TITGSPWO.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-7EKOSLSY.js";
export {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
};
