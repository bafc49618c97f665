import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-IEYNHXG5.js";
import "./chunk-BISOCNJC.js";
import "./chunk-ZMNRKETL.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
};
