/**
 * SBOMs in and out of the inventory model: `sbomPlan` / `writeSbom` (CycloneDX 1.6 or SPDX 2.3 JSON,
 * reproducible; a plan is written in pieces by `writeSbomFile` and `sbomPieces`) and `readSbom` (CycloneDX
 * 1.2–1.7 or SPDX 2.2/2.3 JSON, GitHub's export wrapper included). Loaded lazily by `chaingate sbom`,
 * `check --sbom`, the action's `sbom` input and `sign --predicate sbom`.
 */
import type { Inventory } from '../model.js'
import { cycloneDxPlan } from './cyclonedx.js'
import type { SbomFormat, SbomOptions } from './entries.js'
import { sbomText, type SbomPlan } from './pieces.js'
import { spdxPlan } from './spdx.js'

export { readSbom, type SbomRead } from './read.js'
export { SBOM_FORMATS, timestampFromEnv, type SbomFormat, type SbomOptions, type SbomSubject } from './entries.js'
export { sbomPieces, sbomText, writeSbomFile, type SbomPlan } from './pieces.js'

/**
 * The SBOM of an inventory, to be written in pieces. It keeps what it writes (the entries and graph), not
 * the inventory: a caller that drops the inventory lets it be collected before the document is written.
 */
export function sbomPlan(inventory: Inventory, format: SbomFormat, options: SbomOptions): SbomPlan {
  return format === 'spdx' ? spdxPlan(inventory, options) : cycloneDxPlan(inventory, options)
}

/** The SBOM of an inventory as one string (with a final newline). */
export function writeSbom(inventory: Inventory, format: SbomFormat, options: SbomOptions): string {
  return sbomText(sbomPlan(inventory, format, options))
}
