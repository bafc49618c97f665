import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  GITHUB_FULCIO_URL,
  GITHUB_TSA_URL,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  pemKeySigner,
  publicKeyHint,
  signStatement,
  validateServiceUrl
} from "./chunk-OZDTIOID.js";
import "./chunk-5Y2FSA6M.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-PEG62LMQ.js";
import "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  GITHUB_FULCIO_URL,
  GITHUB_TSA_URL,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  pemKeySigner,
  publicKeyHint,
  signStatement,
  validateServiceUrl
};
