/**
 * GitHub's view of validity: the workflow files `@actions/workflow-parser` refuses and the files chaingate
 * calls `invalid-workflow` are the same, except disagreements in the explained categories of
 * test/support/validity.ts (each with its reason there; all are schema-level refusals chaingate does not
 * re-implement — never a file GitHub accepts that chaingate refuses). Over the generated corpus with its
 * damaged files (bench/corpus-gen.mjs) and the fixtures of test/fixtures/validity/. The real-world corpus
 * runs in bench/workflow-validity.mjs (results in bench/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as yamlParse } from 'yaml'
import { disagrees, verdict, type Verdict } from '../../test/support/validity.js'
import { parseYaml } from '../../src/workspace/yaml.js'

const FIXTURES = 'test/fixtures/validity'

async function verdicts(dir: string): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>()
  for (const name of fs.readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue
    out.set(name, await verdict(name, fs.readFileSync(path.join(dir, name), 'utf8')))
  }
  return out
}

describe('workflow validity, chaingate against @actions/workflow-parser', () => {
  let corpus = ''
  beforeAll(() => {
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-validity-'))
    execFileSync(process.execPath, ['bench/corpus-gen.mjs', '--count', '200', '--broken', '55', '--seed', '7', '--out', corpus], { stdio: 'ignore' })
  })
  afterAll(() => fs.rmSync(corpus, { recursive: true, force: true }))

  it('agrees on the generated corpus, damaged files included, up to explained schema refusals', async () => {
    const all = await verdicts(path.join(corpus, '.github', 'workflows'))
    expect(all.size).toBe(255)
    const differing = [...all.values()].filter(disagrees)
    // Never a file GitHub accepts that chaingate refuses.
    expect(differing.filter((v) => v.chaingate !== null)).toEqual([])
    expect(differing.filter((v) => !v.explained)).toEqual([])
    // Both refuse the damaged files that are not YAML (syntax, duplicate keys, several documents...).
    expect([...all.values()].filter((v) => v.github.length > 0 && v.chaingate !== null).length).toBeGreaterThan(20)
  }, 60_000)

  it('agrees on the fixtures; each disagreement is the one expected', async () => {
    const all = await verdicts(FIXTURES)
    const summary = Object.fromEntries(
      [...all].map(([name, v]) => [
        name,
        `${v.github.length > 0 ? 'github-invalid' : 'github-valid'} ${v.chaingate ? 'chaingate-invalid' : 'chaingate-valid'}${disagrees(v) ? ` (${v.explained})` : ''}`
      ])
    )
    expect(summary).toEqual({
      'anchors.yml': 'github-valid chaingate-valid',
      'duplicate-key.yml': 'github-invalid chaingate-invalid',
      // a flow sequence whose `]` is indented less than its items: GitHub accepts it, js-yaml alone did not
      'flow-bracket.yml': 'github-valid chaingate-valid',
      // GitHub refuses `type: int` at schema validation; chaingate audits the file (explained: schema-value)
      'input-int.yml': 'github-invalid chaingate-valid (schema-value)',
      'merge-key.yml': 'github-invalid chaingate-invalid',
      'syntax-error.yml': 'github-invalid chaingate-invalid',
      'tab-indent.yml': 'github-invalid chaingate-invalid',
      'two-documents.yml': 'github-invalid chaingate-invalid',
      'yes-on-strings.yml': 'github-valid chaingate-valid'
    })
    expect(all.get('merge-key.yml')!.chaingate).toMatch(/^YAML merge key "<<:": GitHub Actions does not support merge keys/)
  })

  it('reads a flow sequence closed under its parent as the yaml package does, at the same offsets', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'flow-bracket.yml'), 'utf8')
    const parsed = parseYaml('flow-bracket.yml', text)
    if (!parsed.ok) throw new Error(parsed.failure.message)
    expect(parsed.file.value).toEqual(yamlParse(text))
    const run = text.indexOf('echo')
    expect(parsed.file.lineCounter.linePos(run)).toEqual({ line: 17, col: 14 })
  })
})
