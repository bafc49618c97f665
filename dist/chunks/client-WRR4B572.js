import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  API_BUDGET_MS,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  REQUEST_TIMEOUT_MS,
  checkAnswer,
  createGitHubClient,
  graphqlUrlFor,
  silentLogger
} from "./chunk-G4MCG3BM.js";
import "./chunk-HUNFW3VE.js";
import {
  RequestCounter
} from "./chunk-VZNYH5DF.js";
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
