import { ConfigurationError } from '../model/errors.js'

/** SBOM predicate types: CycloneDX, SPDX 2.3 as chaingate and in-toto name it, and SPDX as cosign names it. */
export const SBOM_PREDICATE_TYPES: readonly string[] = ['https://cyclonedx.org/bom', 'https://spdx.dev/Document/v2.3', 'https://spdx.dev/Document']

/** Short names for the predicate types `verify` accepts (`any`: no check; `sbom`: any SBOM type). */
export const PREDICATE_ALIASES: Record<string, string | readonly string[] | undefined> = {
  provenance: 'https://slsa.dev/provenance/v1',
  verdict: 'https://slsa.dev/verification_summary/v1',
  sbom: SBOM_PREDICATE_TYPES,
  cyclonedx: 'https://cyclonedx.org/bom',
  spdx: 'https://spdx.dev/Document/v2.3',
  any: undefined
}

/** One predicate type, or several of which any is accepted. */
export type PredicateRequirement = string | readonly string[]

/** `--predicate-type` / `verify-predicate-type`: an alias or a URI; undefined for `any`. */
export function predicateRequirement(option: string, shown: string): PredicateRequirement | undefined {
  const resolved = Object.prototype.hasOwnProperty.call(PREDICATE_ALIASES, option) ? PREDICATE_ALIASES[option] : option
  if (typeof resolved === 'string' && !/^https?:\/\/\S+$/.test(resolved))
    throw new ConfigurationError(`${shown} must be provenance, verdict, sbom, cyclonedx, spdx, any or a URI, got ${JSON.stringify(option)}`)
  return resolved
}

export function predicateAccepted(requirement: PredicateRequirement, type: string): boolean {
  return typeof requirement === 'string' ? type === requirement : requirement.includes(type)
}

export function describePredicate(requirement: PredicateRequirement): string {
  return typeof requirement === 'string' ? JSON.stringify(requirement) : `one of ${requirement.map((type) => JSON.stringify(type)).join(', ')}`
}
