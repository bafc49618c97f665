/**
 * Standard output and error written synchronously when they are a pipe or a file (src/runtime/sync-stdio.ts),
 * in child processes as a runner starts them: everything arrives, in order, with a slow reader too; a reader
 * that goes away is one 'error' event and the stream destroyed; and Node's socket stream is never made.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const moduleUrl = new URL('../../src/runtime/sync-stdio.ts', import.meta.url).href
const here = path.dirname(fileURLToPath(import.meta.url))

/** A child running `body` after useSynchronousStdio(), with Node's type stripping loading the module. */
function childArgs(body: string): string[] {
  return [
    '--no-warnings',
    '--input-type=module',
    '-e',
    `import { useSynchronousStdio, SyncFdWriter } from ${JSON.stringify(moduleUrl)}\nuseSynchronousStdio()\n${body}`
  ]
}

describe('synchronous standard output and error', () => {
  it('writes everything, in order, to pipes, through write, console and callbacks, without making a socket', () => {
    const line = (i: number): string => `line ${i} ${'x'.repeat(200)}\n`
    const result = spawnSync(
      process.execPath,
      childArgs(`
const line = ${line.toString()}
for (let i = 0; i < 5000; i += 1) process.stdout.write(line(i))
console.log('from console')
console.error('to stderr')
process.stdout.write('with callback', () => process.stderr.write(' called back ' + (process.stdout instanceof SyncFdWriter) + ' ' + process.moduleLoadList.includes('NativeModule net')))
`),
      { encoding: 'utf8', cwd: here, maxBuffer: 64 * 1024 * 1024 }
    )
    expect(result.status).toBe(0)
    const expected = Array.from({ length: 5000 }, (_, i) => line(i)).join('') + 'from console\nwith callback'
    expect(result.stdout).toBe(expected)
    expect(result.stderr).toBe('to stderr\n called back true false')
  })

  it('waits for a reader that is slower than the pipe is large', async () => {
    const child = spawn(process.execPath, childArgs(`const chunk = 'y'.repeat(65536); for (let i = 0; i < 32; i += 1) process.stdout.write(chunk)`), {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.pause()
    await new Promise((resolve) => setTimeout(resolve, 300))
    let bytes = 0
    child.stdout.on('data', (data: Buffer) => (bytes += data.length))
    child.stdout.resume()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(bytes).toBe(32 * 65536)
  })

  it("reports a reader that went away as one 'error' (EPIPE) and drops later writes", async () => {
    const child = spawn(
      process.execPath,
      childArgs(`
let errors = []
process.stdout.on('error', (error) => errors.push(error.code))
await new Promise((resolve) => setTimeout(resolve, 200))
let accepted = 0
for (let i = 0; i < 100; i += 1) if (process.stdout.write('z'.repeat(1024))) accepted += 1
setTimeout(() => process.stderr.write(JSON.stringify({ errors, accepted, destroyed: process.stdout.destroyed })), 50)
`),
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(JSON.parse(stderr)).toEqual({ errors: ['EPIPE'], accepted: 0, destroyed: true })
  })

  it('writes to a file, and leaves a standard output that is not a pipe or a file to Node', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-stdio-'))
    try {
      const out = fs.openSync(path.join(dir, 'out.txt'), 'w')
      const result = spawnSync(
        process.execPath,
        childArgs(`process.stdout.write('to a file\\n'); process.stderr.write(String(process.stdout instanceof SyncFdWriter))`),
        {
          stdio: ['ignore', out, 'pipe'],
          encoding: 'utf8'
        }
      )
      fs.closeSync(out)
      expect(result.status).toBe(0)
      expect(result.stderr).toBe('true')
      expect(fs.readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('to a file\n')
      // /dev/null is a character device: Node's own stream, which writes to it without complaint.
      const toDevice = fs.openSync('/dev/null', 'w')
      const device = spawnSync(
        process.execPath,
        childArgs(`process.stdout.write('dropped'); process.stderr.write(String(process.stdout instanceof SyncFdWriter))`),
        { stdio: ['ignore', toDevice, 'pipe'], encoding: 'utf8' }
      )
      fs.closeSync(toDevice)
      expect(device.status).toBe(0)
      expect(device.stderr).toBe('false')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
