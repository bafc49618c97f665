/**
 * Tunes V8 while a container image streams (Node takes no V8 flags from a GitHub Action's `runs.using:
 * node24`, so they are set at run time; V8 reads each when it decides):
 * - no optimizing compilers (Maglev, TurboFan): the per-byte work is native (SHA-256, zlib), the JavaScript
 *   around it is not worth their compiled code and compilation memory, ~12–16 MB of the peak of `sbom
 *   --image` (bench/README.md, "Container images"). Functions already optimized stay so. They are on again
 *   when the last holder releases (`check --image` goes on to rules and reports that gain from them);
 *   `sbom --image` holds them off to its end, as its SBOM is written right after the layers are read;
 * - the young generation stops growing (`--semi-space-growth-factor=1`, for the rest of the process, as
 *   young-generation.ts does for audits): reading an image keeps few objects alive, and writing its SBOM
 *   makes a small object graph per package; left to grow, the young generation added ~10 MB to the peak of
 *   `sbom --image`.
 */
let holders = 0

function setFlags(flags: string[]): void {
  const v8 = process.getBuiltinModule('node:v8')
  for (const flag of flags) v8.setFlagsFromString(flag)
}

/** Holds the tuning until the returned function is called (holders nest: the last release undoes it). */
export function holdImageStreamingTune(): () => void {
  if (holders++ === 0) setFlags(['--semi-space-growth-factor=1', '--no-maglev', '--no-turbofan'])
  let released = false
  return () => {
    if (released) return
    released = true
    if (--holders === 0) setFlags(['--maglev', '--turbofan'])
  }
}
