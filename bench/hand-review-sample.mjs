#!/usr/bin/env node
/**
 * Draws the hand-review sample (bench/hand-review.md): high and critical failing findings of
 * `chaingate check --offline` on the real-world corpus (bench/real-corpus.mjs restore), reproducibly from a seed.
 *
 *   scripts/node24 bench/hand-review-sample.mjs [--seed 13] [--count 64] [--cli bench/out/build/dist/cli.js]
 *
 * Fair across rules and repositories: the findings are grouped by rule; rules are visited in turn (in an order
 * shuffled by the seed), and each visit takes one finding of that rule, at random, from a repository the
 * sample has used least so far; a rule with nothing left is skipped. Prints a Markdown table skeleton (repo, file,
 * line, rule, severity, message) to fill in with verdicts. Findings without a file location (repository-level
 * rules) are not part of the workflow audit and are left out.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
)
const SEED = Number(args.seed ?? 13)
const COUNT = Number(args.count ?? 64)
const CLI = args.cli ?? 'bench/out/build/dist/cli.js'
const ROOT = 'bench/corpus/real-workflows'
if (!fs.existsSync(ROOT)) {
  console.error(`hand-review-sample: ${ROOT} is absent: run node bench/real-corpus.mjs restore <mirrors> first`)
  process.exit(1)
}
if (!fs.existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', 'bench/out/build'], { stdio: 'inherit' })

// mulberry32: a small seeded generator, so the sample is the same on every machine.
let state = SEED >>> 0
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const shuffle = (items) => {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const env = { ...process.env }
for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'CHAINGATE_ADMIN_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_REF', 'GITHUB_SHA']) delete env[name]
const reports = 'bench/out/real-reports'
fs.mkdirSync(reports, { recursive: true })
const byRule = new Map()
for (const repo of fs.readdirSync(ROOT).sort()) {
  const output = path.join(reports, `${repo}.json`)
  const run = spawnSync(process.execPath, [CLI, 'check', path.join(ROOT, repo), '--offline', '--format', 'json', '--output', output], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`chaingate exited ${run.status} on ${repo}: ${run.stderr.slice(-500)}`)
  for (const finding of JSON.parse(fs.readFileSync(output, 'utf8')).findings) {
    if (finding.status !== 'fail' || !['high', 'critical'].includes(finding.severity) || !finding.location?.path) continue
    if (!byRule.has(finding.rule)) byRule.set(finding.rule, [])
    byRule.get(finding.rule).push({ repo: repo.replace('+', '/'), ...finding })
  }
}
const used = new Map()
const sample = []
const rules = shuffle([...byRule.keys()].sort())
const pools = new Map(rules.map((rule) => [rule, shuffle(byRule.get(rule))]))
while (sample.length < COUNT && [...pools.values()].some((pool) => pool.length > 0)) {
  for (const rule of rules) {
    const pool = pools.get(rule)
    if (sample.length >= COUNT || pool.length === 0) continue
    const least = Math.min(...pool.map((finding) => used.get(finding.repo) ?? 0))
    const index = pool.findIndex((finding) => (used.get(finding.repo) ?? 0) === least)
    const [finding] = pool.splice(index, 1)
    used.set(finding.repo, (used.get(finding.repo) ?? 0) + 1)
    sample.push(finding)
  }
}
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ')
const total = [...byRule.values()].reduce((sum, list) => sum + list.length, 0)
console.log(
  `Seed ${SEED}: ${sample.length} of ${total} high/critical findings, ${used.size} repositories, ${new Set(sample.map((finding) => finding.rule)).size} rules (of ${byRule.size} with such findings)`
)
console.log('')
console.log('| # | repo | file | line | rule | severity | message |')
console.log('|---|---|---|---|---|---|---|')
sample.forEach((finding, index) =>
  console.log(
    `| ${index + 1} | ${finding.repo} | ${finding.location.path} | ${finding.location.startLine} | ${finding.rule} | ${finding.severity} | ${cell(finding.message).slice(0, 300)} |`
  )
)
