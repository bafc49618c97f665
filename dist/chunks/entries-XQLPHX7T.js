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
} from "./chunk-D4AQQD2K.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-M2KE6OYR.js";
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
