import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/version.ts
var TOOL = { name: "chaingate", version: "0.1.0" };

export {
  TOOL
};
