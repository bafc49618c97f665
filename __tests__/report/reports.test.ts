import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { fnv1a64, toSarif } from '../../src/report/sarif.js'
import { toMarkdown } from '../../src/report/markdown.js'
import { jsonChunks, toJson } from '../../src/report/json.js'
import { textLines, toText } from '../../src/report/text.js'
import { withLineBreaks, writeInBatches } from '../../src/report/stream.js'
import { annotationsFor } from '../../src/report/annotations.js'
import type { CheckReport } from '../../src/report/types.js'
import type { Finding } from '../../src/model/finding.js'
import { allRules } from '../../src/rules/index.js'

const require = createRequire(import.meta.url)
// ajv-draft-04 is CommonJS with only a default export.
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const sarifSchema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))

function report(findings: Finding[]): CheckReport {
  return {
    version: 1,
    tool: { name: 'chaingate', version: '0.1.0' },
    target: { repository: 'octo/app', ref: 'refs/heads/main', path: '.' },
    verdict: findings.some((finding) => finding.status === 'fail') ? 'fail' : 'pass',
    policy: { source: '.github/chaingate.yml', extends: 'baseline', failOn: 'high', onUnknown: 'warn' },
    counts: {
      total: findings.length,
      fail: 0,
      pass: 0,
      unknown: 0,
      waived: 0,
      failing: 0,
      failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
    },
    findings,
    stats: { apiRequests: 3, durationMs: 10, filesScanned: 2 }
  }
}

const location = (line: number) => ({ path: '.github/workflows/ci.yml', startLine: line, startColumn: 15, endLine: line, endColumn: 30 })
const FINDINGS: Finding[] = [
  {
    rule: 'unpinned-uses',
    area: 'build',
    severity: 'high',
    status: 'fail',
    message: 'action actions/checkout is pinned to "v4"',
    location: location(12),
    fix: 'uses: actions/checkout@<sha> # v4'
  },
  {
    rule: 'unpinned-uses',
    area: 'build',
    severity: 'high',
    status: 'waived',
    message: 'action x/y is pinned to "main"',
    location: location(20),
    waiver: { source: 'inline', reason: 'vendored' }
  },
  {
    rule: 'default-branch-protection',
    area: 'code',
    severity: 'high',
    status: 'fail',
    message: 'branch main has neither a ruleset nor classic branch protection'
  },
  { rule: 'security-policy', area: 'code', severity: 'medium', status: 'unknown', message: 'could not read', permission: 'Contents: read' },
  { rule: 'excessive-permissions', area: 'build', severity: 'medium', status: 'pass', message: 'ok' }
]

describe('SARIF', () => {
  const text = 'x\n'.repeat(11) + '      - uses: actions/checkout@v4\n'
  const sarif = toSarif(report(FINDINGS), allRules, { textOf: () => text })

  it('validates against the SARIF 2.1.0 schema', () => {
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false })
    const validate = ajv.compile(sarifSchema)
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
  })

  it('has rule metadata with security-severity, fails and waived results, no unknown or pass results', () => {
    const run = sarif.runs[0]!
    expect(run.tool.driver.rules?.map((rule) => rule.id).sort()).toEqual(['default-branch-protection', 'unpinned-uses'])
    expect(run.tool.driver.rules?.find((rule) => rule.id === 'unpinned-uses')?.properties?.['security-severity']).toBe('8.0')
    expect(run.results?.map((result) => [result.ruleId, result.level, result.suppressions?.[0]?.kind ?? null])).toEqual([
      ['unpinned-uses', 'error', null],
      ['unpinned-uses', 'error', 'inSource'],
      ['default-branch-protection', 'error', null]
    ])
  })

  it('anchors repository-level findings to the policy file and uses relative URIs', () => {
    const results = sarif.runs[0]!.results!
    expect(results[2]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('.github/chaingate.yml')
    expect(results[0]!.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 12, startColumn: 15, endLine: 12, endColumn: 31 })
    expect(JSON.stringify(sarif)).not.toContain(process.cwd())
  })

  it('keeps fingerprints stable when the finding moves to another line', () => {
    const moved = toSarif(report([{ ...FINDINGS[0]!, location: location(14) }]), allRules, { textOf: () => `x\nx\n${text}` })
    expect(moved.runs[0]!.results![0]!.partialFingerprints).toEqual(sarif.runs[0]!.results![0]!.partialFingerprints)
    const other = toSarif(report([{ ...FINDINGS[0]!, location: location(12) }]), allRules, { textOf: () => text.replace('@v4', '@v3') })
    expect(other.runs[0]!.results![0]!.partialFingerprints).not.toEqual(sarif.runs[0]!.results![0]!.partialFingerprints)
  })

  it('fingerprints with 64-bit FNV-1a over UTF-8, as 16 hex digits', () => {
    // Published FNV-1a 64 test vectors, then multi-byte characters (values from a BigInt reference below).
    expect([fnv1a64(''), fnv1a64('a'), fnv1a64('foobar')]).toEqual(['cbf29ce484222325', 'af63dc4c8601ec8c', '85944171f73967e8'])
    const reference = (text: string): string => {
      let hash = 0xcbf29ce484222325n
      for (const byte of Buffer.from(text, 'utf8')) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn
      return hash.toString(16).padStart(16, '0')
    }
    for (const text of ['é€😀', 'x'.repeat(1000), 'uses: actions/checkout@v4\u0000.github/workflows/ci.yml\u00000']) expect(fnv1a64(text)).toBe(reference(text))
    expect(sarif.runs[0]!.results![0]!.partialFingerprints).toEqual({ 'chaingateFindingHash/v2': expect.stringMatching(/^[0-9a-f]{16}$/) })
  })
})

describe('job summary', () => {
  it('groups by area and names the permissions to grant', () => {
    const markdown = toMarkdown(report(FINDINGS))
    expect(markdown).toMatch(/^## ❌ chaingate: fail/)
    expect(markdown).toContain('### Code')
    expect(markdown).toContain('### Build')
    expect(markdown).toContain('- Contents: read (for <code>security-policy</code>)')
  })

  it('stays under 1 MiB with 20,000 findings and says it was cut', () => {
    const many: Finding[] = Array.from({ length: 20_000 }, (_, index) => ({
      ...FINDINGS[0]!,
      message: `finding number ${index} ${'x'.repeat(60)}`,
      location: location(index + 1)
    }))
    const markdown = toMarkdown(report(many))
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown).toContain('The summary was cut')
  })

  it('escapes table-breaking characters in messages', () => {
    const markdown = toMarkdown(report([{ ...FINDINGS[2]!, message: 'a | b\nc <script>' }]))
    expect(markdown).toContain('| a &#124; b<br>c &#60;script&#62; |')
  })
})

describe('annotations', () => {
  it('annotates failing findings on their lines, most severe first, capped', () => {
    const annotations = annotationsFor(report(FINDINGS))
    expect(annotations[0]).toEqual(expect.objectContaining({ level: 'error', file: '.github/workflows/ci.yml', startLine: 12, startColumn: 15, endColumn: 31 }))
    expect(annotations).toHaveLength(2)
    const capped = annotationsFor(report(Array.from({ length: 60 }, () => FINDINGS[0]!)), 50)
    expect(capped).toHaveLength(51)
    expect(capped[50]).toEqual(
      expect.objectContaining({ level: 'notice', message: '10 more findings are in the JSON report (every finding), the job summary and the SARIF file' })
    )
  })
})

describe('streamed JSON and text', () => {
  const odd: Finding = {
    rule: 'template-injection',
    area: 'build',
    severity: 'critical',
    status: 'fail',
    message: 'quotes " and \\ and \u2028 and émoji 🚀\nnew line',
    location: location(3),
    fix: 'env:\n  X: ${{ y }}'
  }
  const many = Array.from({ length: 300 }, (_, i) => ({ ...FINDINGS[i % FINDINGS.length]!, message: `finding ${i}` }))

  it('writes exactly the bytes of the whole-string renderers, in batches', () => {
    for (const findings of [[], FINDINGS, [odd], many]) {
      const whole = report(findings)
      expect([...jsonChunks(whole)].join('')).toBe(toJson(whole))
      expect(JSON.parse([...jsonChunks(whole)].join(''))).toEqual(whole)
      const written: string[] = []
      writeInBatches(withLineBreaks(textLines(whole)), (text) => written.push(text), 1024)
      expect(written.join('')).toBe(toText(whole))
      if (findings.length > 100) expect(written.length).toBeGreaterThan(1)
    }
  })

  it('leaves out undefined fields as JSON.stringify does', () => {
    const partial = { ...report(FINDINGS), policy: undefined } as unknown as CheckReport
    expect([...jsonChunks(partial)].join('')).toBe(toJson(partial))
  })
})
