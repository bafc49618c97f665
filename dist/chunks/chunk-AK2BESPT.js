import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/runtime/young-generation.ts
var CAP_BYTES = 4 * 1024 * 1024;
var FIRST = 64;
var EVERY = 8;
var capped = false;
var calls = 0;
function capYoungGeneration(large = false) {
  if (capped) return;
  ++calls;
  if (!large && (calls < FIRST || calls % EVERY !== 0)) return;
  const v8 = process.getBuiltinModule("node:v8");
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (!young || young.space_size < CAP_BYTES) return;
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  capped = true;
}

export {
  capYoungGeneration
};
