/**
 * The young-generation cap: a long offline audit (the built CLI, as users run it) ends with V8's young
 * generation at the cap instead of grown to its maximum, and reports the same findings.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

describe('young generation during an audit', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-young-'))
    execFileSync(process.execPath, ['bench/corpus-gen.mjs', '--count', '400', '--actions', '20', '--seed', '5', '--out', path.join(dir, 'repo')], {
      stdio: 'ignore'
    })
    // Prints the young generation's size when the process ends.
    fs.writeFileSync(
      path.join(dir, 'probe.mjs'),
      "import v8 from 'node:v8'\nprocess.on('exit', () => process.stderr.write(`new_space=${v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size}\\n`))\n"
    )
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('stays at a few MB over 400 workflows', () => {
    const report = path.join(dir, 'report.json')
    const run = spawnSync(
      process.execPath,
      ['--import', path.join(dir, 'probe.mjs'), 'dist/cli.js', 'check', path.join(dir, 'repo'), '--offline', '--format', 'json', '--output', report],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
    expect(run.status).toBe(1) // the generated workflows have findings
    const size = Number(/new_space=(\d+)/.exec(run.stderr)?.[1])
    expect(size).toBeGreaterThan(0)
    expect(size).toBeLessThanOrEqual(8 * 1024 * 1024)
    expect(JSON.parse(fs.readFileSync(report, 'utf8')).findings.length).toBeGreaterThan(1000)
  })
})
