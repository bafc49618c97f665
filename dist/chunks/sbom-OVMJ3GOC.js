import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sbomPlan,
  writeSbom
} from "./chunk-SFYI5VV7.js";
import {
  sbomPieces,
  sbomText,
  writeSbomFile
} from "./chunk-YCBXUNJ7.js";
import {
  SBOM_FORMATS,
  timestampFromEnv
} from "./chunk-XW6NN2YP.js";
import {
  readSbom
} from "./chunk-I5SK56H5.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-CIWKTLE5.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-YFOJDLKA.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  SBOM_FORMATS,
  readSbom,
  sbomPieces,
  sbomPlan,
  sbomText,
  timestampFromEnv,
  writeSbom,
  writeSbomFile
};
