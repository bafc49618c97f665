import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  CONTENT_ID_PLACEHOLDER,
  SBOM_FORMATS,
  buildGraph,
  classifyLicense,
  compareStrings,
  contentUuid,
  formatLocation,
  imageFacts,
  imagePurl,
  isoSeconds,
  parseHashes,
  purlOf,
  repositoryUrl,
  subjectPurl,
  timestampFromEnv,
  uuidOfDigest
} from "./chunk-S5SAJL3J.js";
import "./chunk-XKJLFBCS.js";
import "./chunk-4UI23C4Z.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-QATAYMJY.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  CONTENT_ID_PLACEHOLDER,
  SBOM_FORMATS,
  buildGraph,
  classifyLicense,
  compareStrings,
  contentUuid,
  formatLocation,
  imageFacts,
  imagePurl,
  isoSeconds,
  parseHashes,
  purlOf,
  repositoryUrl,
  subjectPurl,
  timestampFromEnv,
  uuidOfDigest
};
