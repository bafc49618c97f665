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
} from "./chunk-72WQAHA4.js";
import "./chunk-UMK6T4AC.js";
import "./chunk-RPRTB7LS.js";
import "./chunk-EG2TH6YO.js";
import "./chunk-UWVTSOSV.js";
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
