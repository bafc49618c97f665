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
} from "./chunk-F2WODXG5.js";
import "./chunk-7OZDPYAE.js";
import "./chunk-AUQHDV4E.js";
import "./chunk-ZF3WZYOV.js";
import "./chunk-DK66L6NX.js";
import "./chunk-COVZGJP2.js";
import "./chunk-WNIU4HI4.js";
import "./chunk-34N4RHII.js";
import "./chunk-YNVH4HYO.js";
import "./chunk-K4LXVCRM.js";
import "./chunk-GMWDHYXJ.js";
import "./chunk-AQ32HVK4.js";
import "./chunk-36AHBP4L.js";
import "./chunk-LC5GA6DZ.js";
import "./chunk-X4R63DCZ.js";
import "./chunk-7IAANKW2.js";
import "./chunk-GYGK5XDF.js";
import "./chunk-OJUVOU7I.js";
import "./chunk-TITGSPWO.js";
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
