/** Short names for the predicate types `verify` accepts (`any`: no check). */
export const PREDICATE_ALIASES: Record<string, string | undefined> = {
  provenance: 'https://slsa.dev/provenance/v1',
  verdict: 'https://slsa.dev/verification_summary/v1',
  sbom: 'https://cyclonedx.org/bom',
  cyclonedx: 'https://cyclonedx.org/bom',
  spdx: 'https://spdx.dev/Document/v2.3',
  any: undefined
}
