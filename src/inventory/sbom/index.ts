/**
 * SBOMs in and out of the inventory model: `writeSbom` (CycloneDX 1.6 or SPDX 2.3 JSON, reproducible) and
 * `readSbom` (CycloneDX 1.2–1.7 or SPDX 2.2/2.3 JSON, GitHub's export wrapper included). Loaded lazily by
 * `chaingate sbom`, `check --sbom`, the action's `sbom` input and `sign --predicate sbom`.
 */
import type { Inventory } from '../model.js'
import { writeCycloneDx } from './cyclonedx.js'
import type { SbomFormat, SbomOptions } from './entries.js'
import { writeSpdx } from './spdx.js'

export { readSbom, type SbomRead } from './read.js'
export { SBOM_FORMATS, timestampFromEnv, type SbomFormat, type SbomOptions, type SbomSubject } from './entries.js'

export function writeSbom(inventory: Inventory, format: SbomFormat, options: SbomOptions): string {
  return format === 'spdx' ? writeSpdx(inventory, options) : writeCycloneDx(inventory, options)
}
