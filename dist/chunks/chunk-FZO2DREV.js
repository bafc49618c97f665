import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/runtime/image-streaming.ts
var holders = 0;
function setFlags(flags) {
  const v8 = process.getBuiltinModule("node:v8");
  for (const flag of flags) v8.setFlagsFromString(flag);
}
function holdImageStreamingTune() {
  if (holders++ === 0) setFlags(["--semi-space-growth-factor=1", "--no-maglev", "--no-turbofan"]);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) setFlags(["--maglev", "--turbofan"]);
  };
}

export {
  holdImageStreamingTune
};
