import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import "./chunk-7EKOSLSY.js";

// src/inventory/readers/package-json.ts
function read(input) {
  return { packages: [], edges: [], problems: [{ path: input.path, format: "package-json", message: "this file format is not read yet" }] };
}
export {
  read
};
