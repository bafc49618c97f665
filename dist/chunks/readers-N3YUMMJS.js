import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  READERS,
  readersFor
} from "./chunk-PPM6T6R3.js";
import "./chunk-7EKOSLSY.js";
export {
  READERS,
  readersFor
};
