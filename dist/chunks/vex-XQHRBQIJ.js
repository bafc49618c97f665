import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  VexError,
  decidingStatement,
  openVexDocument,
  purlMatches,
  readVex,
  suppresses
} from "./chunk-MYVWNIPC.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-RQ4SWRSA.js";
export {
  VexError,
  decidingStatement,
  openVexDocument,
  purlMatches,
  readVex,
  suppresses
};
