import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  OCI_INDEX,
  OCI_MANIFEST,
  RegistryError,
  RegistryPool,
  RegistryReader,
  fetchAttachedBundles,
  readDockerCredentials,
  splitImageName
} from "./chunk-7KNRGYAP.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";
export {
  OCI_INDEX,
  OCI_MANIFEST,
  RegistryError,
  RegistryPool,
  RegistryReader,
  fetchAttachedBundles,
  readDockerCredentials,
  splitImageName
};
