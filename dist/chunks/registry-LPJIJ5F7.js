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
} from "./chunk-5JZVWUIB.js";
import "./chunk-D4Y2V6DT.js";
import "./chunk-M6B43QGS.js";
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
  splitImageName
};
