import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/runtime/linear-regexp.ts
var enabled = false;
function linearRegExp(source, flags = "") {
  if (!enabled) {
    process.getBuiltinModule("node:v8").setFlagsFromString("--enable-experimental-regexp-engine");
    enabled = true;
  }
  try {
    return new RegExp(source, `l${flags}`);
  } catch {
    return void 0;
  }
}

export {
  linearRegExp
};
