import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
} from "./chunk-567TEA5D.js";
import "./chunk-SEFEMJB2.js";
import "./chunk-R2FDBNYT.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  MAX_LOCKFILE_BYTES,
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile
};
