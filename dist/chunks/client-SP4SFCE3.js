import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  API_BUDGET_MS,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  REQUEST_TIMEOUT_MS,
  checkAnswer,
  createGitHubClient,
  graphqlUrlFor,
  silentLogger
} from "./chunk-I4K3YYYY.js";
import {
  RequestCounter
} from "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  API_BUDGET_MS,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  REQUEST_TIMEOUT_MS,
  RequestCounter,
  checkAnswer,
  createGitHubClient,
  graphqlUrlFor,
  silentLogger
};
