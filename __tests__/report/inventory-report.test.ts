/** The inventory in the reports: engine wiring, JSON, job summary table, CLI text lines, escaping. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/engine.js'
import { summariseInventory } from '../../src/inventory/summary.js'
import { parsePolicyText } from '../../src/policy/load.js'
import { embeddedPolicy } from '../../src/policy/resolve.js'
import { toMarkdown } from '../../src/report/markdown.js'
import { jsonChunks, toJson } from '../../src/report/json.js'
import { toText } from '../../src/report/text.js'
import type { CheckReport } from '../../src/report/types.js'
import { allRules } from '../../src/rules/index.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { PINNED_WORKFLOW, tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { inventoryOf, pkg } from '../rules/dependencies/harness.js'

let ws: TempWorkspace | undefined
afterEach(() => {
  ws?.cleanup()
  ws = undefined
})

const check = (policy = embeddedPolicy(allRules)) =>
  runCheck({
    workspace: new Workspace(ws!.root),
    policy,
    rules: allRules,
    github: null,
    target: null,
    now: new Date('2026-11-22T00:00:00Z'),
    tool: { name: 'chaingate', version: 'test' }
  })

describe('inventory in the check report', () => {
  it('is collected and reported offline by the baseline (the dependency rules need it)', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const report = await check()
    expect(report.inventory).toEqual({
      packages: 1,
      files: 1,
      problems: 0,
      skipped: 0,
      ecosystems: [{ ecosystem: 'GitHub Actions', files: 1, packages: 1, direct: 1, scopes: { runtime: 1, dev: 0, optional: 0, unknown: 0 } }],
      licenses: { sources: ['lockfile'], byLicense: {}, other: 0, unknown: 0 }
    })
    expect(report.findings.find((finding) => finding.rule === 'dependency-inventory')).toEqual(
      expect.objectContaining({ status: 'pass', message: '1 package inventoried from 1 file' })
    )
    expect(report.findings.find((finding) => finding.rule === 'license-policy')).toBeUndefined()
    expect(toText(report)).toContain('\ninventory: 1 package in 1 file\n  GitHub Actions: 1 package (1 runtime) in 1 file\n')
    expect([...jsonChunks(report)].join('')).toBe(toJson(report))
  })

  it('is absent when no dependency rule runs', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const policy = parsePolicyText(
      'rules:\n  dependency-inventory: false\n  unpinned-dependencies: false\n  dependency-confusion-risk: false\n  vulnerable-dependencies: false\n  malicious-package: false\n',
      '.github/chaingate.yml',
      allRules
    )
    expect((await check(policy)).inventory).toBeUndefined()
  })

  it('counts licenses from the merged sources when license-policy ran', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const policy = parsePolicyText('rules:\n  license-policy:\n    allow: [MIT]\n', '.github/chaingate.yml', allRules)
    const report = await check(policy)
    expect(report.inventory?.licenses.sources).toEqual(['lockfile', 'installed'])
    expect(report.findings.find((finding) => finding.rule === 'license-policy')).toEqual(expect.objectContaining({ status: 'pass' }))
  })
})

describe('rendering', () => {
  const hostile = '<img src=x onerror=alert(1)>|evil\n## injected'
  const inventory = inventoryOf([
    pkg({ name: 'a', license: 'MIT' }),
    pkg({ name: 'b', license: 'MIT', scope: 'dev', direct: false }),
    pkg({ name: 'c', license: hostile }),
    pkg({ name: 'd' }),
    pkg({ ecosystem: 'PyPI', name: 'flask', location: { path: 'requirements.txt', line: 1 }, license: 'BSD-3-Clause' }),
    pkg({ ecosystem: `${hostile}\u001b[31m`, name: 'x', location: { path: 'sbom.json', line: 1 } })
  ])
  const summary = summariseInventory(inventory)
  const report: CheckReport = {
    version: 1,
    tool: { name: 'chaingate', version: 'test' },
    target: { repository: null, ref: null, path: '.' },
    verdict: 'pass',
    policy: { source: 'embedded default', extends: 'baseline', failOn: 'high', onUnknown: 'warn' },
    counts: { total: 0, fail: 0, pass: 0, unknown: 0, waived: 0, failing: 0, failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
    findings: [],
    inventory: summary,
    stats: { apiRequests: 0, durationMs: 1, filesScanned: 3 }
  }

  it('summarises by ecosystem and scope, and counts licenses', () => {
    expect(
      summary.ecosystems.map(
        (entry) => `${entry.ecosystem.slice(0, 4)} ${entry.files} ${entry.packages} ${entry.direct} ${entry.scopes.runtime}/${entry.scopes.dev}`
      )
    ).toEqual(['npm 1 4 3 3/1', '<img 1 1 1 1/0', 'PyPI 1 1 1 1/0'])
    expect(summary.licenses).toEqual({ sources: ['lockfile'], byLicense: { MIT: 2, [hostile]: 1, 'BSD-3-Clause': 1 }, other: 0, unknown: 2 })
  })

  it('job summary: a dependency table with every repository string escaped', () => {
    const markdown = toMarkdown(report)
    expect(markdown).toContain(
      '### Dependency inventory\n\n6 packages from 3 files.\n\n| Ecosystem | Files | Packages | Direct | Runtime | Dev | Optional | Scope unknown |'
    )
    expect(markdown).toContain('| npm | 1 | 4 | 3 | 3 | 1 | 0 | 0 |')
    expect(markdown).toContain('Licenses (from lockfiles): MIT (2), ')
    expect(markdown).not.toContain('<img')
    expect(markdown).not.toContain('\n## injected')
    expect(markdown).toContain('&#60;img src=x onerror=alert(1)&#62;&#124;evil<br>&#35;&#35; injected')
  })

  it('text: one line per ecosystem, control characters made visible', () => {
    const text = toText(report)
    expect(text).toContain('inventory: 6 packages in 3 files\n  npm: 4 packages (3 runtime, 1 dev) in 1 file\n')
    expect(text).not.toContain('\u001b')
    expect(text).toContain('|evil\\u000a## injected\\u001b[31m: 1 package (1 runtime) in 1 file')
  })
})
