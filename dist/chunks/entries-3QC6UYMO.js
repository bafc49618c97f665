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
} from "./chunk-M7L52E5M.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
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
