import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  VexError,
  decidingStatement,
  openVexDocument,
  purlMatches,
  readVex,
  suppresses
} from "./chunk-6W5R6US5.js";
import "./chunk-UQPVNOZB.js";
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
