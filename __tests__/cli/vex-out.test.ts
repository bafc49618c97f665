/** `check --vex-out FILE`: nothing waived, no document, and the command says so (the document itself: waivers-vex.test.ts); the SBOMs a check read, with their digests. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
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

  it('is listed in the usage', async () => {
    let stdout = ''
    await main(['check', '--help'], { env: {}, cwd: '/', stdout: (text) => (stdout += text), stderr: () => {} })
    expect(stdout).toContain('--vex-out file')
  })
})

describe('chaingate check --sbom: the report records the SBOM read and its digest', () => {
  it('names the file and its SHA-256 (what the signed verdict carries)', async () => {
    const bom = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [{ type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' }] })
    ws = tempWorkspace({ 'bom.cdx.json': bom })
    let stdout = ''
    const io: CliIo = { env: {}, cwd: ws.root, stdout: (text) => (stdout += text), stderr: () => {} }
    await main(['check', '--offline', '--sbom', 'bom.cdx.json', '--sbom-only', '--format', 'json', '--fail-on', 'none'], io)
    const report = JSON.parse(stdout) as { sboms?: Array<{ path: string; sha256: string }> }
    expect(report.sboms).toEqual([{ path: 'bom.cdx.json', sha256: createHash('sha256').update(bom).digest('hex') }])
  })
})
