import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import "./chunk-7EKOSLSY.js";

// src/inventory/readers/pnpm-lock.ts
function read(input) {
  return { packages: [], edges: [], problems: [{ path: input.path, format: "pnpm-lock", message: "this file format is not read yet" }] };
}
export {
  read
};
