/**
 * Tunes V8 for streaming a container image, for the rest of the process (Node takes no V8 flags from a
 * GitHub Action's `runs.using: node24`, so they are set at run time; each is read by V8 when it decides):
 * - the young generation stops growing (`--semi-space-growth-factor=1`): reading an image keeps few objects
 *   alive (the wanted files' values), and writing its SBOM afterwards makes a small object graph per
 *   package; left to grow, the young generation added ~10 MB to the peak of `sbom --image` (787 packages);
 * - no optimizing compilers (Maglev, TurboFan): the per-byte work is native (SHA-256, zlib), the JavaScript
 *   around it ran no faster with them, and their compiled code and compilation memory were ~12 MB of the
 *   peak of `sbom --image` (bench/README.md, "Container images"). Functions already optimized stay so.
 * Called before the image code loads (`sbom --image`) and again when an image is cataloged.
 */
let tuned = false

export function tuneForImageStreaming(): void {
  if (tuned) return
  tuned = true
  const v8 = process.getBuiltinModule('node:v8')
  for (const flag of ['--semi-space-growth-factor=1', '--no-maglev', '--no-turbofan']) v8.setFlagsFromString(flag)
}
