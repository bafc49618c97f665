/**
 * What admission (src/verify/admission.ts) takes from the check core, behind one lazily imported module. A
 * module of the check core that is itself the target of an `import()` becomes a chunk of its own, with the
 * core modules it reaches, and splits the core (scripts/build.mjs, the "one check chunk"); this module is
 * not in the core, so the build makes it import the whole core instead.
 */
export { gateOutcome, idsLabel, imageFixState, matchSeverity } from '../rules/dependencies/advisory-support.js'
export { applyWaivers } from '../policy/waivers.js'
export { findPolicy } from '../policy/locate.js'
export { resolveAdvisorySource } from '../check.js'
export { allRules } from '../rules/index.js'
export { embeddedPolicy } from '../policy/resolve.js'
export { RequestCounter } from '../github/request-counter.js'
export { TOOL } from '../version.js'
export { createSource } from '../advisories/sources/index.js'
