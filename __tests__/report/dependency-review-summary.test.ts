/** The job summary's dependency review: names from lockfiles are untrusted, so nothing of them is markup. */
import { describe, expect, it } from '@jest/globals'
import { toMarkdown } from '../../src/report/markdown.js'
import { textLines } from '../../src/report/text.js'
import type { CheckReport } from '../../src/report/types.js'

const HOSTILE = '<img src=x onerror=alert(1)>|[click](https://evil.example)`@{{x}}'

const report: CheckReport = {
  version: 1,
  tool: { name: 'chaingate', version: 'test' },
  target: { repository: null, ref: null, path: '.' },
  verdict: 'fail',
  policy: { source: 'embedded default', extends: 'baseline', failOn: 'high', onUnknown: 'warn' },
  counts: { total: 1, fail: 1, pass: 0, unknown: 0, waived: 0, failing: 1, failBySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 } },
  findings: [],
  advisories: { source: { kind: 'osv-offline', location: '/data/<b>osv</b>', snapshot: '2026-11-20T08:00:00Z' }, checked: 3, unchecked: 1, matches: 1 },
  dependencyReview: {
    event: 'pull_request',
    base: 'f'.repeat(40),
    added: [{ ecosystem: 'npm', name: HOSTILE, version: '1.0.0<br>', path: 'sub/<x>/package-lock.json', scope: 'runtime', license: 'MIT|<i>' }],
    removed: [{ ecosystem: 'npm', name: 'left-pad', version: '1.3.0', path: 'package-lock.json', scope: 'dev' }],
    changed: [{ ecosystem: 'npm', name: 'lodash', path: 'package-lock.json', from: '4.17.20', to: '4.17.21' }],
    licenseChanges: [{ ecosystem: 'npm', name: HOSTILE, version: '1.0.0', path: 'package-lock.json', from: 'MIT', to: 'GPL-3.0-only' }],
    changedFiles: ['package-lock.json'],
    uncompared: [],
    vulnerabilities: [
      { rule: 'vulnerable-dependencies', status: 'fail', severity: 'high', name: HOSTILE, version: '1.0.0', advisories: ['GHSA-<x>'], fixedVersions: [] }
    ]
  },
  stats: { apiRequests: 0, durationMs: 1, filesScanned: 1 }
}

describe('dependency review in the job summary', () => {
  const markdown = toMarkdown(report)

  it('shows added, changed and removed packages, the vulnerabilities introduced and license changes', () => {
    expect(markdown).toContain('1 added, 1 removed, 1 changed in 1 file.')
    expect(markdown).toMatch(/\| ➕ added \| npm \| <code>.*<\/code> \| 1\.0\.0.* \| runtime \|/)
    expect(markdown).toMatch(/\| 🔁 changed \| npm \| <code>lodash<\/code> \| 4\.17\.20 → 4\.17\.21 \|/)
    expect(markdown).toMatch(/\| ➖ removed \| npm \| <code>left-pad<\/code> \| 1\.3\.0 \| dev \|/)
    expect(markdown).toContain('**Vulnerabilities in what the change introduced** (1):')
    expect(markdown).toContain('**License changes** (1):')
    expect(markdown).toMatch(
      /Advisories: an OSV snapshot <code>.*<\/code>, snapshot of 2026-11-20T08:00:00Z: 3 packages checked, 1 advisories matched, 1 packages could not be checked\./
    )
  })

  it('escapes every name: no HTML, link, table cell break or line break comes from a lockfile', () => {
    const review = markdown
    for (const raw of ['<img', '<b>', '<i>', '<x>', '<br>', '](', '`@', 'GHSA-<x>']) expect(review).not.toContain(raw)
    // Every table row keeps its column count: a `|` from a name is a character reference.
    for (const line of review.split('\n').filter((text) => text.startsWith('| ➕'))) expect(line.split('|').length).toBe(9)
  })

  it('has one text line for the review and one for the advisory source', () => {
    const lines = [...textLines(report)]
    expect(lines).toContain('dependency review against ffffffffffff (pull_request): 1 added, 1 removed, 1 changed; 1 advisories in what the change introduced')
    expect(
      lines.some((line) =>
        line.startsWith('advisories: osv-offline /data/<b>osv</b> (snapshot 2026-11-20T08:00:00Z): 3 packages checked, 1 matched, 1 could not be checked')
      )
    ).toBe(true)
  })
})
