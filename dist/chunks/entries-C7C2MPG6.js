import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SBOM_FORMATS,
  buildGraph,
  classifyLicense,
  compareStrings,
  contentUuid,
  formatLocation,
  isoSeconds,
  parseHashes,
  purlOf,
  repositoryUrl,
  subjectPurl,
  timestampFromEnv
} from "./chunk-XHI3M7FA.js";
import "./chunk-7CUP226E.js";
import "./chunk-TKBPWEAT.js";
import "./chunk-AI6H3S5Q.js";
import "./chunk-TNVVPER5.js";
import "./chunk-TITGSPWO.js";
import "./chunk-7EKOSLSY.js";
export {
  SBOM_FORMATS,
  buildGraph,
  classifyLicense,
  compareStrings,
  contentUuid,
  formatLocation,
  isoSeconds,
  parseHashes,
  purlOf,
  repositoryUrl,
  subjectPurl,
  timestampFromEnv
};
