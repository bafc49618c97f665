import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_yauzl
} from "./chunk-C5I2IJLM.js";
import "./chunk-RQ4SWRSA.js";
export default require_yauzl();
