import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  READERS,
  readersFor
} from "./chunk-M6B43QGS.js";
import "./chunk-RQ4SWRSA.js";
export {
  READERS,
  readersFor
};
