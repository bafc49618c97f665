/** `check --vex-out FILE`: nothing waived, no document, and the command says so (the document itself: waivers-vex.test.ts); the SBOMs a check read, with their digests. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

describe('chaingate check --vex-out', () => {
  it('writes no file when no waiver is in force, and says so on stderr', async () => {
    ws = tempWorkspace({ 'README.md': '# x\n' })
    let stderr = ''
    const io: CliIo = { env: {}, cwd: ws.root, stdout: () => {}, stderr: (text) => (stderr += text) }
    const code = await main(['check', '--offline', '--vex-out', 'waivers.openvex.json'], io)
    expect(code).toBe(0)
    expect(stderr).toContain('no waiver in force on a vulnerability finding: no VEX document written to waivers.openvex.json')
    expect(fs.existsSync(path.join(ws.root, 'waivers.openvex.json'))).toBe(false)
  })

  it('writes the waived vulnerability as OpenVEX (offline snapshot via --advisories DIR, policy waiver by advisory id)', async () => {
    const record = {
      id: 'RUSTSEC-2022-0013',
      modified: '2026-11-20T08:00:00Z',
      aliases: ['CVE-2022-24713', 'GHSA-m5pq-gvj9-9vr8'],
      affected: [{ package: { ecosystem: 'crates.io', name: 'regex' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.5.5' }] }] }]
    }
    ws = tempWorkspace({
      'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nregex = "1.5.4"\n',
      'Cargo.lock': `version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "regex",\n]\n\n[[package]]\nname = "regex"\nversion = "1.5.4"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'ab'.repeat(32)}"\n`,
      '.github/chaingate.yml':
        'extends: none\nrules: { vulnerable-dependencies: true }\nwaivers:\n  - rule: vulnerable-dependencies\n    advisories: [CVE-2022-24713]\n    reason: only our own patterns are compiled\n    expires: 2099-12-31\n'
    })
    const osv = path.join(ws.root, '..', `${path.basename(ws.root)}-osv`)
    fs.mkdirSync(path.join(osv, 'crates.io'), { recursive: true })
    try {
      const script =
        'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED)\nz.writestr("RUSTSEC-2022-0013.json", sys.stdin.read())\nz.close()'
      expect(spawnSync('python3', ['-c', script, path.join(osv, 'crates.io', 'all.zip')], { input: JSON.stringify(record) }).status).toBe(0)
      let stderr = ''
      const io: CliIo = { env: {}, cwd: ws.root, stdout: () => {}, stderr: (text) => (stderr += text) }
      const code = await main(['check', '--offline', '--advisories', osv, '--vex-out', 'out/waivers.openvex.json'], io)
      expect([code, stderr]).toEqual([0, ''])
      const document = JSON.parse(fs.readFileSync(path.join(ws.root, 'out/waivers.openvex.json'), 'utf8')) as { statements: Array<Record<string, unknown>> }
      expect(document.statements).toEqual([
        {
          vulnerability: { name: 'GHSA-m5pq-gvj9-9vr8', aliases: ['RUSTSEC-2022-0013', 'CVE-2022-24713'] },
          products: [{ '@id': 'pkg:cargo/regex@1.5.4' }],
          status: 'not_affected',
          impact_statement: 'waived by the policy (.github/chaingate.yml:4): only our own patterns are compiled (until 2099-12-31)'
        }
      ])
    } finally {
      fs.rmSync(osv, { recursive: true, force: true })
    }
  })

  it('is listed in the usage', async () => {
    let stdout = ''
    await main(['check', '--help'], { env: {}, cwd: '/', stdout: (text) => (stdout += text), stderr: () => {} })
    expect(stdout).toContain('--vex-out file')
  })
})

describe('chaingate check --sbom: the report records the SBOM read and its digest', () => {
  it('names the file and its SHA-256 (what the signed verdict carries)', async () => {
    const bom = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }]
    })
    ws = tempWorkspace({ 'bom.cdx.json': bom })
    let stdout = ''
    const io: CliIo = { env: {}, cwd: ws.root, stdout: (text) => (stdout += text), stderr: () => {} }
    await main(['check', '--offline', '--sbom', 'bom.cdx.json', '--sbom-only', '--format', 'json', '--fail-on', 'none'], io)
    const report = JSON.parse(stdout) as { sboms?: Array<{ path: string; sha256: string }> }
    expect(report.sboms).toEqual([{ path: 'bom.cdx.json', sha256: createHash('sha256').update(bom).digest('hex') }])
  })
})
