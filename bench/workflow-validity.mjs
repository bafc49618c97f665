#!/usr/bin/env node
/**
 * Differential run of workflow validity over the real-world corpus (bench/real-corpus.mjs): the files
 * `@actions/workflow-parser` refuses and the files chaingate calls `invalid-workflow` must be the same, or
 * each disagreement falls in an explained category (test/support/validity.ts, EXPLAINED).
 *
 *   scripts/node24 bench/workflow-validity.mjs [dir = bench/corpus/real-workflows]
 *
 * Prints counts and every disagreement with its category; exits 1 when one is unexplained.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const root = process.argv[2] ?? 'bench/corpus/real-workflows'
const out = 'bench/out/workflow-validity.mjs'
const banner = { js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);" }
await build({
  entryPoints: ['test/support/validity.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: out,
  banner,
  logLevel: 'warning'
})
const { verdict, disagrees } = await import(path.resolve(out))

const files = []
for (const repo of fs.readdirSync(root).sort()) {
  const dir = path.join(root, repo, '.github', 'workflows')
  if (!fs.existsSync(dir)) continue
  for (const name of fs.readdirSync(dir).sort()) if (/\.ya?ml$/.test(name)) files.push(path.join(repo, '.github', 'workflows', name))
}
const verdicts = []
for (const file of files) verdicts.push(await verdict(file, fs.readFileSync(path.join(root, file), 'utf8')))
const differing = verdicts.filter(disagrees)
const unexplained = differing.filter((v) => !v.explained)
const byCategory = {}
for (const v of differing) byCategory[v.explained ?? 'UNEXPLAINED'] = (byCategory[v.explained ?? 'UNEXPLAINED'] ?? 0) + 1
console.log(
  JSON.stringify(
    {
      files: verdicts.length,
      repositories: new Set(files.map((file) => file.split('/')[0])).size,
      githubInvalid: verdicts.filter((v) => v.github.length > 0).length,
      chaingateInvalid: verdicts.filter((v) => v.chaingate !== null).length,
      bothInvalid: verdicts.filter((v) => v.github.length > 0 && v.chaingate !== null).length,
      disagreements: differing.length,
      byCategory
    },
    null,
    2
  )
)
for (const v of differing) console.log(`${v.explained ?? 'UNEXPLAINED'}\t${v.file}\t${v.chaingate ?? v.github[0]}`)
process.exit(unexplained.length > 0 ? 1 : 0)
