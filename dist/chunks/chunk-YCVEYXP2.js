import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// src/verify/predicate-aliases.ts
var SBOM_PREDICATE_TYPES = ["https://cyclonedx.org/bom", "https://spdx.dev/Document/v2.3", "https://spdx.dev/Document"];
var PREDICATE_ALIASES = {
  provenance: "https://slsa.dev/provenance/v1",
  verdict: "https://slsa.dev/verification_summary/v1",
  sbom: SBOM_PREDICATE_TYPES,
  cyclonedx: "https://cyclonedx.org/bom",
  spdx: "https://spdx.dev/Document/v2.3",
  any: void 0
};
function predicateRequirement(option, shown) {
  const resolved = Object.prototype.hasOwnProperty.call(PREDICATE_ALIASES, option) ? PREDICATE_ALIASES[option] : option;
  if (typeof resolved === "string" && !/^https?:\/\/\S+$/.test(resolved))
    throw new ConfigurationError(`${shown} must be provenance, verdict, sbom, cyclonedx, spdx, any or a URI, got ${JSON.stringify(option)}`);
  return resolved;
}
function predicateAccepted(requirement, type) {
  return typeof requirement === "string" ? type === requirement : requirement.includes(type);
}
function describePredicate(requirement) {
  return typeof requirement === "string" ? JSON.stringify(requirement) : `one of ${requirement.map((type) => JSON.stringify(type)).join(", ")}`;
}

export {
  SBOM_PREDICATE_TYPES,
  PREDICATE_ALIASES,
  predicateRequirement,
  predicateAccepted,
  describePredicate
};
