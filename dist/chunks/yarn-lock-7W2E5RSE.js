import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import "./chunk-7EKOSLSY.js";

// src/inventory/readers/yarn-lock.ts
function read(input) {
  return { packages: [], edges: [], problems: [{ path: input.path, format: "yarn-lock", message: "this file format is not read yet" }] };
}
export {
  read
};
