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
} from "./chunk-ODU4NK5P.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-VZNYH5DF.js";
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
