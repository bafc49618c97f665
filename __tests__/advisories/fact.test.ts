/** The advisories fact and how a run picks its source: command line, action input, policy, default. */
import { afterEach, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { advisoriesFact, NO_SOURCE_REASON } from '../../src/advisories/fact.js'
import { resolveAdvisorySource } from '../../src/check.js'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { FactStore } from '../../src/facts/store.js'
import type { AdvisoryRunOptions } from '../../src/advisories/sources/index.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { parsePolicyText } from '../../src/policy/load.js'
import { embeddedPolicy } from '../../src/policy/resolve.js'
import { allRules } from '../../src/rules/index.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { loadRecords, writeSnapshot } from '../../test/support/advisories/records.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const REQUIREMENTS = 'flask==3.0.0\njinja2==3.1.2\n'

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

function store(workspace: Workspace, advisories?: AdvisoryRunOptions): FactStore {
  return new FactStore({
    workspace,
    github: null,
    elevated: null,
    target: null,
    event: null,
    now: new Date('2026-01-01T00:00:00Z'),
    ...(advisories ? { advisories } : {})
  })
}

describe('choosing the source', () => {
  it('keywords, directories, and --osv-url alone', () => {
    ws = tempWorkspace({ 'snapshots/npm/all.zip': 'x' })
    const workspace = new Workspace(ws.root)
    const policy = embeddedPolicy(allRules)
    expect(resolveAdvisorySource({}, policy, workspace)).toBeNull()
    expect(resolveAdvisorySource({ advisories: 'github' }, policy, workspace)).toEqual({ kind: 'github' })
    expect(resolveAdvisorySource({ advisories: 'osv' }, policy, workspace)).toEqual({ kind: 'osv', url: 'https://api.osv.dev' })
    expect(resolveAdvisorySource({ osvUrl: 'http://127.0.0.1:8080' }, policy, workspace)).toEqual({ kind: 'osv', url: 'http://127.0.0.1:8080' })
    expect(resolveAdvisorySource({ advisories: path.join(ws.root, 'snapshots') }, policy, workspace)).toEqual({
      kind: 'osv-offline',
      directory: path.join(ws.root, 'snapshots')
    })
    expect(() => resolveAdvisorySource({ advisories: path.join(ws.root, 'nowhere') }, policy, workspace)).toThrow(/is neither github, osv nor a directory/)
    expect(() => resolveAdvisorySource({ advisories: 'osv', osvUrl: 'ftp://osv' }, policy, workspace)).toThrow(
      /OSV API URL must be an http\(s\) URL, got "ftp:\/\/osv"/
    )
  })
  it("the policy's advisories: (directories relative to the repository root); the command line wins", () => {
    ws = tempWorkspace({ 'snapshots/npm/all.zip': 'x' })
    const workspace = new Workspace(ws.root)
    const policy = parsePolicyText('advisories:\n  source: snapshots\n', '.github/chaingate.yml', allRules)
    expect(resolveAdvisorySource({}, policy, workspace)).toEqual({ kind: 'osv-offline', directory: path.join(ws.root, 'snapshots') })
    expect(resolveAdvisorySource({ advisories: 'github' }, policy, workspace)).toEqual({ kind: 'github' })
    const osv = parsePolicyText('advisories:\n  source: osv\n  osv-url: https://osv.internal.example\n', '.github/chaingate.yml', allRules)
    expect(resolveAdvisorySource({}, osv, workspace)).toEqual({ kind: 'osv', url: 'https://osv.internal.example' })
    const missing = parsePolicyText('rules: {}\nadvisories:\n  source: no-such-dir\n', '.github/chaingate.yml', allRules)
    let error: unknown
    try {
      resolveAdvisorySource({}, missing, workspace)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).oneLine()).toMatch(/^\.github\/chaingate\.yml:3:3: advisory source "no-such-dir" is neither/)
  })
  it('policy errors name the line', () => {
    expect(() => parsePolicyText('advisories:\n  osv-url: ftp://x\n', 'p.yml', allRules)).toThrow(
      expect.objectContaining({ line: 2, message: '"advisories.osv-url" must be an http(s) URL' })
    )
    expect(() => parsePolicyText('advisories:\n  sauce: osv\n', 'p.yml', allRules)).toThrow(
      expect.objectContaining({ line: 2, message: 'unknown key "sauce" in "advisories"' })
    )
  })
})

describe('advisoriesFact', () => {
  it("with a snapshot: the inventory's packages matched, with the source and its date", async () => {
    ws = tempWorkspace({ 'requirements.txt': REQUIREMENTS })
    writeSnapshot(path.join(ws.root, '..', `${path.basename(ws.root)}-osv`), loadRecords().values())
    const directory = path.join(ws.root, '..', `${path.basename(ws.root)}-osv`)
    try {
      const fact = await store(new Workspace(ws.root), { source: { kind: 'osv-offline', directory } }).get(advisoriesFact)
      expect(fact.known).toBe(true)
      if (!fact.known) return
      // The date is that of the zips read: only PyPI's here.
      expect(fact.value.source).toEqual({ kind: 'osv-offline', location: directory, snapshot: '2024-01-11T15:20:48Z' })
      expect(fact.value.checked).toBe(2)
      expect(
        fact.value.matches.map(
          (match) =>
            `${match.package.name}@${match.package.version} ${match.advisory.id} fixed=${match.fixedVersions.join(',')} ${match.package.location.path}:${match.package.location.line}`
        )
      ).toEqual(['jinja2@3.1.2 GHSA-h5c8-rqwp-cp95 fixed=3.1.3 requirements.txt:2'])
    } finally {
      ws.cleanup()
      await import('node:fs').then((fs) => fs.rmSync(directory, { recursive: true, force: true }))
    }
  })
  it('no source and no token: unknown, saying how to name one (never "no vulnerabilities")', async () => {
    ws = tempWorkspace({ 'requirements.txt': REQUIREMENTS })
    const fact = await store(new Workspace(ws.root)).get(advisoriesFact)
    expect(fact).toEqual({ known: false, cause: 'no-token', reason: NO_SOURCE_REASON })
    const none = await store(new Workspace(ws.root), { source: null }).get(advisoriesFact)
    expect(none.known).toBe(false)
  })
})

describe('chaingate check --advisories', () => {
  async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
    ws = tempWorkspace({ 'requirements.txt': REQUIREMENTS })
    let stderr = ''
    const io: CliIo = { env: {}, cwd: ws.root, stdout: () => undefined, stderr: (text) => (stderr += text) }
    return { code: await main(argv, io), stderr }
  }
  it('a source that is neither a keyword nor a directory is a configuration error (exit 2)', async () => {
    const { code, stderr } = await cli(['check', '--advisories', 'snapshot'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/advisory source ".*snapshot" is neither github, osv nor a directory/)
  })
  it('--offline refuses online sources', async () => {
    const { code, stderr } = await cli(['check', '--offline', '--advisories', 'osv'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/--offline asks no online service: use --advisories DIR/)
  })
})
