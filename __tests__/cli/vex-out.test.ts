/** `check --vex-out FILE`: nothing waived, no document, and the command says so. (The document itself: waivers-vex.test.ts.) */
import { afterEach, describe, expect, it } from '@jest/globals'
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
