import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/verify/predicate-aliases.ts
var PREDICATE_ALIASES = {
  provenance: "https://slsa.dev/provenance/v1",
  verdict: "https://slsa.dev/verification_summary/v1",
  sbom: "https://cyclonedx.org/bom",
  cyclonedx: "https://cyclonedx.org/bom",
  spdx: "https://spdx.dev/Document/v2.3",
  any: void 0
};

export {
  PREDICATE_ALIASES
};
