import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/runtime/image-streaming.ts
var tuned = false;
function tuneForImageStreaming() {
  if (tuned) return;
  tuned = true;
  const v8 = process.getBuiltinModule("node:v8");
  for (const flag of ["--semi-space-growth-factor=1", "--no-maglev", "--no-turbofan"]) v8.setFlagsFromString(flag);
}

export {
  tuneForImageStreaming
};
