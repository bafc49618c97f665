/**
 * Caps V8's young generation during an audit.
 *
 * V8 doubles the young generation's semi-spaces (up to 64 MB each on this Node) whenever enough objects
 * survive its collections. An audit of many workflow files triggers that, although each file's syntax tree
 * and model live only while its group is audited: on 1,000 workflows the young generation alone reached
 * 128 MB. A 4 MB young generation collects those short-lived objects as well, at no measurable cost in time,
 * for ~120 MB less peak memory (bench/README.md, "Workflow audit").
 *
 * Node takes no V8 flags from a GitHub Action's `runs.using: node24`, so the cap is V8's growth factor, set
 * at run time once the young generation has reached the cap: `--semi-space-growth-factor=1` stops further
 * growth and changes nothing else. V8 reads this flag whenever it considers growing, unlike the size flags.
 *
 * At the same moment the old generation's growth between two full collections is bounded to 60 % of what
 * the previous one left alive (`--heap-growing-percent=60`, also read at every collection). V8's own factor
 * is up to 4× of a live set measured during start-up, so an audit's old generation used to pile up 50 MB of
 * promoted garbage before its second full collection, and where that collection fell decided the peak (60 to
 * 90 MB of heap on 1,000 workflows from run to run). With the bound: a few more full collections, mostly on
 * V8's helper threads, no measurable CPU cost, ~10 MiB less peak memory (bench/README.md, "Workflow audit").
 */
const CAP_BYTES = 4 * 1024 * 1024
/** How much the old generation may grow past what the last full collection left alive, in percent. */
const OLD_GROWTH_PERCENT = 60
/** Calls before the first look (a small repository never needs the cap, nor loads node:v8 for it). */
const FIRST = 64
/** Calls between two looks at the heap (a look is a few microseconds). */
const EVERY = 8

let capped = false
let calls = 0

/**
 * Called as work proceeds (file reads, groups of files): caps the young generation once it reaches the cap.
 * `large`: the work just done was big (a lockfile of megabytes), so look now rather than after many calls.
 */
export function capYoungGeneration(large = false): void {
  if (capped) return
  ++calls
  if (!large && (calls < FIRST || calls % EVERY !== 0)) return
  const v8 = process.getBuiltinModule('node:v8')
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
  if (!young || young.space_size < CAP_BYTES) return
  v8.setFlagsFromString('--semi-space-growth-factor=1')
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`)
  capped = true
}
