import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/policy/types.ts
var PRESETS = ["baseline", "strict", "none"];
var FAIL_ON = ["critical", "high", "medium", "low", "none"];

export {
  PRESETS,
  FAIL_ON
};
