/**
 * What `admission.ts` borrows from the check (policy, rules, advisory sources, waivers, the GitHub client),
 * in one module it imports lazily: a lazily imported module that reaches the check core makes the build
 * load the whole core with it (scripts/build.mjs), while an `import()` of a core module itself would split
 * the core into many chunks and slow every check's start.
 */
export { findPolicy } from '../policy/locate.js'
export { resolveAdvisorySource } from '../check.js'
export { allRules } from '../rules/index.js'
export { loadPolicy } from '../policy/load.js'
export { loadGlobLibrary } from '../policy/glob-library.js'
export { embeddedPolicy } from '../policy/resolve.js'
export { applyWaivers } from '../policy/waivers.js'
export { createGitHubClient } from '../github/client.js'
export { RequestCounter } from '../github/request-counter.js'
export { TOOL } from '../version.js'
export { createSource } from '../advisories/sources/index.js'
export { gateOutcome, matchSeverity, idsLabel, imageFixState } from '../rules/dependencies/advisory-support.js'
