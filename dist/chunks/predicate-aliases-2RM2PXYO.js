import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  PREDICATE_ALIASES,
  SBOM_PREDICATE_TYPES,
  describePredicate,
  predicateAccepted,
  predicateRequirement
} from "./chunk-YCVEYXP2.js";
import "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";
export {
  PREDICATE_ALIASES,
  SBOM_PREDICATE_TYPES,
  describePredicate,
  predicateAccepted,
  predicateRequirement
};
