/**
 * Per-audit agreement between chaingate and zizmor on the real-world corpus (bench/workflows.mjs --real).
 * Both tools' findings are placed in the step that holds their primary location (the file, the job and the
 * step's line range; a finding outside any step goes to its job, or to the file), and each shared audit
 * (bench/zizmor-audits.json) is counted as a set of such places: in both, only chaingate's, only zizmor's.
 * Several findings of one tool in one step count once.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml'

/** Line ranges (1-based, inclusive) of every job and step of a workflow file; [] when it does not parse. */
export function scopes(text) {
  const lineCounter = new LineCounter()
  let doc
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, strict: false })
  } catch {
    return []
  }
  const line = (offset) => lineCounter.linePos(offset).line
  const out = []
  const jobs = isMap(doc.contents) ? doc.contents.items.find((pair) => pair.key?.value === 'jobs')?.value : null
  if (!isMap(jobs)) return out
  for (const pair of jobs.items) {
    const job = String(pair.key?.value)
    const end = pair.value?.range?.[2] ?? pair.key.range[2]
    out.push({ job, step: null, from: line(pair.key.range[0]), to: line(Math.max(end - 1, pair.key.range[0])) })
    const steps = isMap(pair.value) ? pair.value.items.find((item) => item.key?.value === 'steps')?.value : null
    if (!isSeq(steps)) continue
    steps.items.forEach((step, index) => {
      if (step?.range) out.push({ job, step: index, from: line(step.range[0]), to: line(Math.max(step.range[2] - 1, step.range[0])) })
    })
  }
  return out
}

/** The place of a finding: `file#job#step`, `file#job`, or `file`. */
export function placeOf(file, lineNumber, fileScopes) {
  if (!lineNumber) return file
  let best = null
  for (const scope of fileScopes) {
    if (lineNumber < scope.from || lineNumber > scope.to) continue
    if (!best || (scope.step !== null && best.step === null)) best = scope
  }
  if (!best) return file
  return best.step === null ? `${file}#${best.job}` : `${file}#${best.job}#${best.step}`
}

/**
 * @param root corpus root (bench/corpus/real-workflows)
 * @param chaingate { [repo]: report JSON }
 * @param zizmor { [repo]: zizmor JSON findings }
 */
export function agreement(root, chaingate, zizmor, mapping) {
  const scopeCache = new Map()
  const scopesOf = (file) => {
    if (!scopeCache.has(file)) {
      const full = path.join(root, file)
      scopeCache.set(file, fs.existsSync(full) ? scopes(fs.readFileSync(full, 'utf8')) : [])
    }
    return scopeCache.get(file)
  }
  const byRule = new Map()
  const add = (audit, side, place, sample) => {
    if (!byRule.has(audit)) byRule.set(audit, { chaingate: new Map(), zizmor: new Map() })
    const sideMap = byRule.get(audit)[side]
    if (!sideMap.has(place)) sideMap.set(place, sample)
  }
  const chaingateToAudit = new Map(mapping.shared.flatMap((entry) => entry.chaingate.map((rule) => [rule, entry.zizmor])))
  const shared = new Set(mapping.shared.map((entry) => entry.zizmor))
  for (const [repo, report] of Object.entries(chaingate)) {
    for (const finding of report.findings) {
      if (finding.status !== 'fail' || !chaingateToAudit.has(finding.rule) || !finding.location?.path) continue
      const file = path.join(repo, finding.location.path)
      add(
        chaingateToAudit.get(finding.rule),
        'chaingate',
        placeOf(file, finding.location.startLine, scopesOf(file)),
        `${file}:${finding.location.startLine} ${finding.severity} ${finding.message}`
      )
    }
  }
  for (const [repo, findings] of Object.entries(zizmor)) {
    for (const finding of findings) {
      if (!shared.has(finding.ident)) continue
      const primary = finding.locations.find((location) => location.symbolic.kind === 'Primary') ?? finding.locations[0]
      const verbatim = primary.symbolic.key.Local?.verbatim_path
      if (!verbatim) continue
      const file = path.relative(root, path.resolve(verbatim))
      const lineNumber = primary.concrete.location.start_point.row + 1
      add(
        finding.ident,
        'zizmor',
        placeOf(file, lineNumber, scopesOf(file)),
        `${file}:${lineNumber} ${finding.determinations.severity}/${finding.determinations.confidence} ${finding.desc}: ${primary.symbolic.annotation}`
      )
    }
    void repo
  }
  const rows = []
  for (const entry of mapping.shared) {
    const sides = byRule.get(entry.zizmor) ?? { chaingate: new Map(), zizmor: new Map() }
    const both = [...sides.chaingate.keys()].filter((place) => sides.zizmor.has(place))
    const onlyChaingate = [...sides.chaingate.keys()].filter((place) => !sides.zizmor.has(place))
    const onlyZizmor = [...sides.zizmor.keys()].filter((place) => !sides.chaingate.has(place))
    rows.push({
      audit: entry.zizmor,
      chaingate: entry.chaingate.join(', '),
      both: both.length,
      onlyChaingate: onlyChaingate.length,
      onlyZizmor: onlyZizmor.length,
      samplesOnlyChaingate: onlyChaingate.map((place) => sides.chaingate.get(place)),
      samplesOnlyZizmor: onlyZizmor.map((place) => sides.zizmor.get(place))
    })
  }
  return rows
}
