/**
 * OSV records by id + `modified`: in memory for the run, and optionally in a directory outside the
 * workspace (`~/.cache/chaingate/osv`, `$RUNNER_TEMP/chaingate/osv`) so a later run asks only for records
 * that changed. A file on disk is used only when it still has the OSV shape and the `modified` date the
 * API gave; writing is best effort (a read-only or full disk costs requests, never a result).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../osv.js'
import { osvRecordProblem } from '../osv-shape.js'

export class OsvRecordCache {
  private readonly memory = new Map<string, OsvRecord>()
  /** Records found on disk (not asked of the API). */
  diskHits = 0

  constructor(readonly directory?: string) {}

  private file(id: string): string {
    return path.join(this.directory!, `${encodeURIComponent(id)}.json`)
  }

  get(id: string, modified: string): OsvRecord | undefined {
    const key = `${id}\u0000${modified}`
    const inMemory = this.memory.get(key)
    if (inMemory) return inMemory
    if (!this.directory) return undefined
    let value: unknown
    try {
      value = JSON.parse(fs.readFileSync(this.file(id), 'utf8'))
    } catch {
      return undefined
    }
    if (osvRecordProblem(value) !== null) return undefined
    const record = value as OsvRecord
    if (record.id !== id || record.modified !== modified) return undefined
    this.memory.set(key, record)
    this.diskHits += 1
    return record
  }

  put(record: OsvRecord, modified = record.modified): void {
    this.memory.set(`${record.id}\u0000${modified}`, record)
    if (!this.directory) return
    try {
      fs.mkdirSync(this.directory, { recursive: true })
      const target = this.file(record.id)
      const temporary = `${target}.${process.pid}.tmp`
      fs.writeFileSync(temporary, JSON.stringify(record))
      fs.renameSync(temporary, target)
    } catch {
      // Best effort: without the disk cache the next run asks again.
    }
  }
}
