/**
 * Regular expressions written in a repository (kustomize `target` name and kind patterns, a Dockerfile's
 * `${V#pattern}`) run on V8's
 * linear-time engine (the `l` flag): the time to match is linear in the text whatever the pattern, where the
 * backtracking engine took 72 s for `a*a*a*a*a*a*a*a*b` against a name of 80 letters (and longer for the
 * 253 a Kubernetes name may have). The engine is behind a V8 flag, set at run time as the action cannot pass
 * flags to Node; it runs patterns without backreferences and lookarounds. A Node without it gives `undefined`:
 * the caller says the pattern is not run, never matches it by backtracking.
 */
let enabled = false

export function linearRegExp(source: string, flags = ''): RegExp | undefined {
  if (!enabled) {
    process.getBuiltinModule('node:v8').setFlagsFromString('--enable-experimental-regexp-engine')
    enabled = true
  }
  try {
    // `l` is V8's flag for the linear engine (not in ECMAScript, so the linter does not know it).
    return new RegExp(source, `l${flags}`)
  } catch {
    return undefined
  }
}
