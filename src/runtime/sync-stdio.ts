/**
 * Standard output and error as plain synchronous writes to file descriptors 1 and 2 when they are a pipe, a
 * socket or a file (a runner reading the step's log, a shell redirection, `| head`, a parent process).
 *
 * Node creates `process.stdout` on first use; for a pipe that is a `net.Socket`, whose modules (net, the
 * stream family, string decoding) cost ~3 ms of CPU at every start (cold start, bench/README.md) for writes
 * that Node then performs synchronously anyway (pipes and files are written synchronously on Linux). A
 * terminal, a socket or a device keeps Node's own stream.
 *
 * The replacement is an EventEmitter with the stream methods the code on these paths calls (`write` with
 * an optional callback, `end`, `on('error')`, `destroyed`), so `console`, @actions/core and the CLI's output
 * (src/cli/io.ts) work unchanged. Its errors follow a Node stream's: a failed write (EPIPE when the reader
 * went away, ENOSPC) marks it destroyed, drops later writes and emits 'error' on the next tick, where an
 * unhandled one is thrown as Node's would be.
 */
import { EventEmitter } from 'node:events'

const fs = process.getBuiltinModule('node:fs')
const pause = new Int32Array(new SharedArrayBuffer(4))

/** Writes all of `bytes` to `fd`, waiting a millisecond at a time while a non-blocking pipe is full. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

type Callback = (error?: Error | null) => void

export class SyncFdWriter extends EventEmitter {
  readonly fd: number
  readonly isTTY = false
  destroyed = false
  writable = true

  // No parameter properties here: the tests run this file with Node's type stripping.
  constructor(fd: number) {
    super()
    this.fd = fd
  }

  write(chunk: string | Uint8Array, encoding?: BufferEncoding | Callback, callback?: Callback): boolean {
    const done = typeof encoding === 'function' ? encoding : callback
    if (this.destroyed) {
      if (done) process.nextTick(done, Object.assign(new Error('write after the stream was destroyed'), { code: 'ERR_STREAM_DESTROYED' }))
      return false
    }
    try {
      writeAll(this.fd, typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk)
    } catch (error) {
      this.destroyed = true
      this.writable = false
      if (done) process.nextTick(done, error)
      process.nextTick(() => this.emit('error', error))
      return false
    }
    if (done) process.nextTick(done, null)
    return true
  }

  end(chunk?: string | Uint8Array | Callback, callback?: Callback): this {
    if (typeof chunk === 'function') callback = chunk
    else if (chunk !== undefined) this.write(chunk)
    if (callback) process.nextTick(callback)
    return this
  }
}

/** True when `fd` is open and a pipe, a socket (what Node's child_process gives as a pipe) or a regular file. */
function plainOutput(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd)
    return stat.isFIFO() || stat.isSocket() || stat.isFile()
  } catch {
    return false
  }
}

/**
 * Replaces `process.stdout` and `process.stderr` by synchronous writers where they are a pipe or a file. Call
 * it at an entry point before anything writes (a stream Node created before is replaced too: its pipe or file
 * writes were synchronous, so nothing of it is pending).
 */
export function useSynchronousStdio(): void {
  for (const [name, fd] of [
    ['stdout', 1],
    ['stderr', 2]
  ] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(process, name)
    // A plain value is not Node's lazy stream (a test runner's own, say): leave it.
    if (!descriptor?.get || !descriptor.configurable || !plainOutput(fd)) continue
    const writer = new SyncFdWriter(fd)
    Object.defineProperty(process, name, { configurable: true, enumerable: descriptor.enumerable, get: () => writer })
  }
}
