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
} from "./chunk-6SS6OUQ2.js";
import "./chunk-2XZQH2QL.js";
import "./chunk-KJ3ZIKEE.js";
import "./chunk-TITGSPWO.js";
import "./chunk-7EKOSLSY.js";
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
