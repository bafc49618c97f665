#!/usr/bin/env node
/**
 * Baseline for the workflow-audit benchmark: what a user might run instead of chaingate, GitHub's own
 * `@actions/workflow-parser` (parse + schema validation + convert), over every workflow of a directory.
 *
 *   node bench/workflow-parser-baseline.mjs <dir>   (bundled by bench/workflows.mjs into bench/out/)
 *
 * Prints one JSON line: files, files with errors, in-process milliseconds, peak RSS.
 */
import fs from 'node:fs'
import path from 'node:path'
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser'

const root = process.argv[2]
const dir = path.join(root, '.github', 'workflows')
const started = performance.now()
let files = 0
let withErrors = 0
let errors = 0
for (const name of fs.readdirSync(dir).sort()) {
  if (!/\.ya?ml$/.test(name)) continue
  const content = fs.readFileSync(path.join(dir, name), 'utf8')
  files += 1
  try {
    const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
    let count = result.context.errors.getErrors().length
    if (result.value) {
      const template = await convertWorkflowTemplate(result.context, result.value)
      count += template.errors?.length ?? 0
    }
    if (count > 0) withErrors += 1
    errors += count
  } catch (error) {
    withErrors += 1
    errors += 1
    if (process.env.BENCH_VERBOSE) console.error(name, error)
  }
}
const ms = performance.now() - started
console.log(JSON.stringify({ tool: 'workflow-parser', files, withErrors, errors, ms: Math.round(ms), maxRssKiB: process.resourceUsage().maxRSS }))
