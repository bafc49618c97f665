import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  READERS,
  readersFor
} from "./chunk-USOWCHZ6.js";
import "./chunk-RQ4SWRSA.js";
export {
  READERS,
  readersFor
};
