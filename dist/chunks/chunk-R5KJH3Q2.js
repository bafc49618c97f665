import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/cli/signing-options.ts
var SIGNING_OPTIONS = {
  "subject-path": { type: "string", multiple: true },
  "subject-checksums": { type: "string", multiple: true },
  subject: { type: "string", multiple: true },
  "fulcio-url": { type: "string" },
  "rekor-url": { type: "string" },
  "tsa-url": { type: "string" },
  instance: { type: "string" },
  key: { type: "string" },
  "bundle-out": { type: "string" },
  "attestations-api": { type: "boolean", default: false },
  "push-to-registry": { type: "boolean", default: false }
};

export {
  SIGNING_OPTIONS
};
