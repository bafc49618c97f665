import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-WZHFSY3E.js";
import "./chunk-PPM6T6R3.js";
import "./chunk-NEN2VRJS.js";
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
