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
} from "./chunk-TFJQF3AS.js";
import "./chunk-4KA2SPKV.js";
import "./chunk-FVAG3SJL.js";
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
