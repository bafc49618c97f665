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
} from "./chunk-57H2434T.js";
import "./chunk-PKQFHWBL.js";
import "./chunk-JX5SOMWE.js";
import "./chunk-TITGSPWO.js";
import "./chunk-EG2TH6YO.js";
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
