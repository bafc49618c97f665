import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  VexError,
  decidingStatement,
  openVexDocument,
  purlMatches,
  readVex,
  suppresses
} from "./chunk-ZU4CQGJ4.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-RQ4SWRSA.js";
export {
  VexError,
  decidingStatement,
  openVexDocument,
  purlMatches,
  readVex,
  suppresses
};
