/** The OSV records under test/fixtures/advisories/osv and a zip snapshot of them laid out as osv.dev publishes it. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../../../src/advisories/osv.js'

export const RECORDS_DIR = path.resolve('test/fixtures/advisories/osv')

/** Every record, by id. */
export function loadRecords(): Map<string, OsvRecord> {
  const records = new Map<string, OsvRecord>()
  for (const ecosystem of fs.readdirSync(RECORDS_DIR)) {
    const dir = path.join(RECORDS_DIR, ecosystem)
    if (!fs.statSync(dir).isDirectory()) continue
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const record = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as OsvRecord
      records.set(record.id, record)
    }
  }
  return records
}

/**
 * `DIR/<Ecosystem>/all.zip` for the records (an ecosystem's zip holds every record naming it, release
 * suffixes dropped), written with Python's zipfile.
 */
export function writeSnapshot(directory: string, records: Iterable<OsvRecord>): void {
  const byEcosystem: Record<string, Record<string, OsvRecord>> = {}
  for (const record of records) {
    for (const ecosystem of new Set((record.affected ?? []).map((entry) => entry.package!.ecosystem.split(':')[0]!))) {
      byEcosystem[ecosystem] = { ...byEcosystem[ecosystem], [`${record.id}.json`]: record }
    }
  }
  const script =
    'import json,sys,zipfile,os\nfor eco,recs in json.load(sys.stdin).items():\n  d=os.path.join(sys.argv[1],eco); os.makedirs(d,exist_ok=True)\n  z=zipfile.ZipFile(os.path.join(d,"all.zip"),"w",zipfile.ZIP_DEFLATED)\n  for k,v in recs.items(): z.writestr(k, json.dumps(v, indent=2))\n  z.close()'
  const made = spawnSync('python3', ['-c', script, directory], { input: JSON.stringify(byEcosystem) })
  if (made.status !== 0) throw new Error(`python3 could not write the snapshot: ${String(made.stderr)}`)
}
