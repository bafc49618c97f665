/**
 * The action's inputs for the CLI contract of known vulnerabilities: `advisories` (github, osv, DIR),
 * `osv-url`, `check-sbom` / `check-sbom-only` (the CLI's --sbom / --sbom-only) and `vex-out` (the CLI's
 * --vex-out, output `vex-file`), in-process through src/action/main.ts's run(), the OSV API and GitHub's
 * advisory database being the fakes over real HTTP. Matching in the fakes is the table below, read off the
 * committed records (test/fixtures/advisories/osv).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CheckReport } from '../../src/report/types.js'
import { loadRecords, writeSnapshot } from '../../test/support/advisories/records.js'
import { startFakeOsv, type FakeOsv } from '../../test/support/fake-osv/server.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { advisoriesRoute, globalAdvisoryFromOsv } from '../../test/support/fake-github/advisories.js'
import { runActionInProcess } from '../../test/support/action-run.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const records = loadRecords()
/** lodash 4.17.15 is in GHSA-p6mc-m468-83gw's range (fixed in 4.17.20); 4.17.21 is not. */
const LODASH = 'GHSA-p6mc-m468-83gw'
const affects = (name: string, version: string): string[] => (name === 'lodash' && version === '4.17.15' ? [LODASH] : [])

const PACKAGE_LOCK = (version: string): string =>
  JSON.stringify(
    {
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { lodash: `^${version}` } },
        'node_modules/lodash': { version, resolved: `https://registry.npmjs.org/lodash/-/lodash-${version}.tgz`, integrity: 'sha512-x' }
      }
    },
    null,
    2
  )

const POLICY = 'extends: none\nrules:\n  vulnerable-dependencies: true\n'
const WAIVER = `${POLICY}waivers:\n  - rule: vulnerable-dependencies\n    advisories: [CVE-2020-8203]\n    reason: zipObjectDeep is never called\n    expires: 2099-12-31\n`

let outside: string
const cleanups: Array<() => void | Promise<void>> = []
beforeAll(() => {
  outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-action-advisories-')))
  writeSnapshot(path.join(outside, 'snapshot'), records.values())
})
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
afterAll(() => fs.rmSync(outside, { recursive: true, force: true }))

function workspace(files: Record<string, string>): TempWorkspace {
  const made = tempWorkspace(files)
  cleanups.push(() => made.cleanup())
  return made
}

interface Run {
  code: number
  log: string
  outputs: string
  report: CheckReport | null
}

async function runAction(ws: TempWorkspace, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<Run> {
  const result = await runActionInProcess({
    workspace: ws.root,
    tempParent: outside,
    inputs,
    env: {
      GITHUB_REPOSITORY: undefined,
      GITHUB_API_URL: 'http://127.0.0.1:9',
      INPUT_ADVISORIES: undefined,
      'INPUT_OSV-URL': undefined,
      'INPUT_CHECK-SBOM': undefined,
      'INPUT_CHECK-SBOM-ONLY': undefined,
      'INPUT_VEX-OUT': undefined,
      ...env
    }
  })
  return { code: result.code, log: result.log, outputs: result.outputText, report: result.report }
}

const vulnerable = (report: CheckReport | null): Array<{ status: string; purl?: string; advisories?: string[]; path?: string }> =>
  (report?.findings ?? [])
    .filter((finding) => finding.rule === 'vulnerable-dependencies')
    .map((finding) => ({
      status: finding.status,
      ...(finding.purl ? { purl: finding.purl } : {}),
      ...(finding.advisories ? { advisories: [...finding.advisories].sort() } : {}),
      ...(finding.location ? { path: finding.location.path } : {})
    }))

describe('input advisories', () => {
  it('a snapshot directory relative to the workspace: the vulnerable package fails, the report names the source', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    fs.cpSync(path.join(outside, 'snapshot'), path.join(ws.root, 'osv-db'), { recursive: true })
    const result = await runAction(ws, { advisories: 'osv-db' })
    expect(result.code).toBe(1)
    expect(vulnerable(result.report)).toContainEqual({
      status: 'fail',
      purl: 'pkg:npm/lodash@4.17.15',
      advisories: ['CVE-2020-8203', LODASH],
      path: 'package-lock.json'
    })
    expect(result.report!.advisories).toEqual(
      expect.objectContaining({ source: expect.objectContaining({ kind: 'osv-offline', location: path.join(ws.root, 'osv-db') }) })
    )
  })

  it('a snapshot directory that does not exist is a configuration error (exit 2, one line)', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { advisories: 'no-such-dir' })
    expect(result.code).toBe(2)
    expect(result.log).toMatch(/::error::chaingate: .*no-such-dir/)
  })

  it("github: GitHub's advisory database at GITHUB_API_URL, without a token", async () => {
    const advisory = globalAdvisoryFromOsv(records.get(LODASH)!)
    const github: FakeGitHub = await startFakeGitHub({
      routes: { 'GET /advisories': advisoriesRoute({ advisories: [advisory], affects: (_ecosystem, name, version) => affects(name, version) }) }
    })
    cleanups.push(() => github.close())
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { advisories: 'github' }, { GITHUB_API_URL: github.url })
    github.assertValid()
    expect(result.code).toBe(1)
    expect(vulnerable(result.report)).toContainEqual(expect.objectContaining({ status: 'fail', purl: 'pkg:npm/lodash@4.17.15' }))
    expect(github.requests.some((request) => request.path.startsWith('/advisories'))).toBe(true)
  })
})

describe('input osv-url', () => {
  let osv: FakeOsv
  beforeAll(async () => {
    osv = await startFakeOsv({ records: [...records.values()], affects: (query) => (query.ecosystem === 'npm' ? affects(query.name, query.version) : []) })
  })
  afterAll(async () => {
    osv.assertValid()
    await osv.close()
  })

  it('alone selects the OSV API at that URL; records are cached under RUNNER_TEMP', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    const before = osv.requests.length
    const result = await runAction(ws, { 'osv-url': osv.url })
    expect(result.code).toBe(1)
    expect(vulnerable(result.report)).toContainEqual({
      status: 'fail',
      purl: 'pkg:npm/lodash@4.17.15',
      advisories: ['CVE-2020-8203', LODASH],
      path: 'package-lock.json'
    })
    expect(osv.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/querybatch', `GET /v1/vulns/${LODASH}`])
  })

  it('a URL that is not http(s) is a configuration error', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { 'osv-url': 'file:///etc/passwd' })
    expect(result.code).toBe(2)
    expect(result.log).toMatch(/::error::chaingate: .*OSV API URL/)
  })
})

describe('inputs check-sbom and check-sbom-only', () => {
  const bom = JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [{ type: 'library', name: 'lodash', version: '4.17.15', purl: 'pkg:npm/lodash@4.17.15' }]
    },
    null,
    2
  )

  it('an SBOM outside the workspace (written by an earlier step) is checked beside the lockfiles', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.21'), '.github/chaingate.yml': POLICY })
    fs.writeFileSync(path.join(outside, 'image.cdx.json'), bom)
    const result = await runAction(ws, { advisories: path.join(outside, 'snapshot'), 'check-sbom': path.join(outside, 'image.cdx.json') })
    expect(result.code).toBe(1)
    const findings = vulnerable(result.report)
    expect(findings).toContainEqual({
      status: 'fail',
      purl: 'pkg:npm/lodash@4.17.15',
      advisories: ['CVE-2020-8203', LODASH],
      path: path.join(outside, 'image.cdx.json')
    })
    expect(findings.filter((finding) => finding.status === 'fail')).toHaveLength(1) // the lockfile's 4.17.21 is read too, and passes
    expect(result.report!.sboms).toEqual([expect.objectContaining({ path: path.join(outside, 'image.cdx.json') })])
  })

  it("check-sbom-only checks the SBOMs instead of the lockfiles; relative paths are the workspace's; a list splits on lines and commas", async () => {
    const ws = workspace({
      'package-lock.json': PACKAGE_LOCK('4.17.15'),
      'sboms/a.cdx.json': bom.replace(/4\.17\.15/g, '4.17.21'),
      'sboms/b.cdx.json': bom.replace(/4\.17\.15/g, '4.17.20'),
      '.github/chaingate.yml': POLICY
    })
    const result = await runAction(ws, {
      advisories: path.join(outside, 'snapshot'),
      'check-sbom': 'sboms/a.cdx.json,\n sboms/b.cdx.json\n',
      'check-sbom-only': 'true'
    })
    expect(result.code).toBe(0) // the lockfile's vulnerable 4.17.15 is not read
    expect(result.report!.sboms?.map((sbom) => sbom.path)).toEqual(['sboms/a.cdx.json', 'sboms/b.cdx.json'])
    expect(vulnerable(result.report).some((finding) => finding.path === 'package-lock.json')).toBe(false)
  })

  it('check-sbom-only without check-sbom, a missing SBOM, or a non-boolean check-sbom-only is a configuration error', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': POLICY })
    const alone = await runAction(ws, { 'check-sbom-only': 'true' })
    expect([alone.code, alone.log]).toEqual([2, expect.stringContaining('::error::chaingate: input check-sbom-only needs check-sbom')])
    const missing = await runAction(ws, { 'check-sbom': 'nowhere.cdx.json' })
    expect([missing.code, missing.log]).toEqual([2, expect.stringContaining('::error::chaingate: nowhere.cdx.json: SBOM file not found')])
    const bad = await runAction(ws, { 'check-sbom': 'sbom.json', 'check-sbom-only': 'maybe' })
    expect([bad.code, bad.log]).toEqual([2, expect.stringContaining('input check-sbom-only must be true or false')])
  })
})

describe('input vex-out and output vex-file', () => {
  it('writes the policy waiver of a vulnerability as OpenVEX and sets vex-file', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': WAIVER })
    const result = await runAction(ws, { advisories: path.join(outside, 'snapshot'), 'vex-out': 'out/waivers.openvex.json' })
    expect(result.code).toBe(0)
    const file = path.join(fs.realpathSync(ws.root), 'out/waivers.openvex.json')
    expect(result.outputs).toContain(`vex-file<<`)
    expect(result.outputs).toContain(`\n${file}\n`)
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { '@context': string; statements: Array<Record<string, unknown>> }
    expect(document['@context']).toBe('https://openvex.dev/ns/v0.2.0')
    expect(document.statements).toEqual([
      {
        vulnerability: { name: LODASH, aliases: ['CVE-2020-8203'] },
        products: [{ '@id': 'pkg:npm/lodash@4.17.15' }],
        status: 'not_affected',
        impact_statement: 'waived by the policy (.github/chaingate.yml:5): zipObjectDeep is never called (until 2099-12-31)'
      }
    ])
  })

  it('nothing waived: no file, no vex-file output, and the log says so', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.21'), '.github/chaingate.yml': WAIVER })
    const result = await runAction(ws, { advisories: path.join(outside, 'snapshot'), 'vex-out': 'waivers.openvex.json' })
    expect(result.code).toBe(0)
    expect(fs.existsSync(path.join(ws.root, 'waivers.openvex.json'))).toBe(false)
    expect(result.outputs).not.toContain('vex-file')
    expect(result.log).toContain('no waiver in force on a vulnerability finding: no VEX document written to')
  })

  it('a path outside the workspace, or through a symbolic link leading out, is refused before anything is checked', async () => {
    const ws = workspace({ 'package-lock.json': PACKAGE_LOCK('4.17.15'), '.github/chaingate.yml': WAIVER })
    const escape = await runAction(ws, { advisories: path.join(outside, 'snapshot'), 'vex-out': '../waivers.openvex.json' })
    expect([escape.code, escape.report]).toEqual([2, null])
    expect(escape.log).toMatch(/::error::chaingate: .*input vex-out/)
    fs.symlinkSync(outside, path.join(ws.root, 'linked'))
    const linked = await runAction(ws, { advisories: path.join(outside, 'snapshot'), 'vex-out': 'linked/waivers.openvex.json' })
    expect([linked.code, linked.report]).toEqual([2, null])
    expect(fs.existsSync(path.join(outside, 'waivers.openvex.json'))).toBe(false)
  })
})
