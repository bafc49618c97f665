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
} from "./chunk-6WHA3L2H.js";
import "./chunk-P3CGR4IG.js";
import "./chunk-7PPNGCT6.js";
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
