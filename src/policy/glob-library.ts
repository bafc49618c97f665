/**
 * minimatch, loaded when a run first needs it. A default check has no glob that needs it, and compiling its
 * 84 KB (with brace-expansion and the glob matcher it imports) cost ~2–3 ms of CPU at every start (cold
 * start, bench/README.md).
 *
 * Code that matches globs synchronously (rules, waivers, the policy's validation) takes the library from
 * `globLibrary()`, which throws `GlobLibraryPending` until it is loaded. The asynchronous entry points load it
 * first when they know they will need it (a policy file, waivers, `ignore-paths` beyond the default form, VEX
 * files, subject and manifest globs). A rule whose globs come from the repository (an upload's exclusions,
 * a reusable workflow's built-in allow-list) meets `GlobLibraryPending` at its first such glob; the engine
 * then loads the library and evaluates the rule again (rules are pure): `withGlobLibrary`.
 */
import type * as Minimatch from 'minimatch'

export type GlobLibrary = typeof Minimatch

let library: GlobLibrary | undefined

export class GlobLibraryPending extends Error {
  constructor() {
    super('internal: the glob library (minimatch) was used before it was loaded')
  }
}

/** minimatch; throws GlobLibraryPending until `loadGlobLibrary()` has settled. */
export function globLibrary(): GlobLibrary {
  if (!library) throw new GlobLibraryPending()
  return library
}

export async function loadGlobLibrary(): Promise<GlobLibrary> {
  library ??= await import('minimatch')
  return library
}

/**
 * `evaluate()`, run again once the glob library is loaded if it needed the library before (thrown at once or
 * by the promise it returns: rules are synchronous, fact fetches are not).
 */
export async function withGlobLibrary<T>(evaluate: () => T | Promise<T>): Promise<T> {
  try {
    return await evaluate()
  } catch (error) {
    if (!(error instanceof GlobLibraryPending)) throw error
    await loadGlobLibrary()
    return evaluate()
  }
}
