import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  OCI_INDEX,
  OCI_MANIFEST,
  RegistryError,
  RegistryPool,
  RegistryReader,
  fetchAttachedBundles,
  readDockerCredentials,
  retryPolicy,
  splitImageName
} from "./chunk-C57MYWBV.js";
import "./chunk-HUNFW3VE.js";
import "./chunk-UWVTSOSV.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  OCI_INDEX,
  OCI_MANIFEST,
  RegistryError,
  RegistryPool,
  RegistryReader,
  fetchAttachedBundles,
  readDockerCredentials,
  retryPolicy,
  splitImageName
};
