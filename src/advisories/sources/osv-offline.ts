/**
 * A local OSV database laid out as osv.dev publishes it: `DIR/<Ecosystem>/all.zip`, one JSON record per
 * entry. Each zip is streamed entry by entry (never loaded whole); a record is parsed only when one of the
 * names it mentions is in the inventory, so memory follows the inventory, not the database. Packages of an
 * ecosystem with no zip, an unknown version order or an unparseable version are unchecked (unknown).
 */
import fs from 'node:fs'
import path from 'node:path'
import yauzl from 'yauzl'
import { ecosystemGap } from '../ecosystems.js'
import type { Advisory, AdvisoryMatch, AdvisoryReport, Package, UncheckedPackage } from '../model.js'
import { mergeAliases } from '../merge.js'
import { nameKey } from '../names.js'
import { advisoryFromOsv, entriesFor, evaluateAffected, noFixStatement, type OsvRecord } from '../osv.js'
import { osvRecordProblem } from '../osv-shape.js'
import { UnparseableVersion } from '../versions/index.js'

const NAME = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g
const MODIFIED = /"modified"\s*:\s*"([^"]+)"/
const ID = /"id"\s*:\s*"([^"\\]*)"/

/** The zip for an ecosystem: `Debian:12/all.zip`, else `Debian/all.zip`; undefined when neither exists. */
export function zipFor(directory: string, ecosystem: string): string | undefined {
  for (const candidate of [ecosystem, ecosystem.split(':')[0]!]) {
    const file = path.join(directory, candidate, 'all.zip')
    if (fs.existsSync(file)) return file
  }
  return undefined
}

/** Calls `onRecord` with the text of every entry of a zip, one at a time. */
export function eachZipEntry(file: string, onRecord: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`could not open ${file}`))
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/') || !entry.fileName.endsWith('.json')) return zip.readEntry()
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`could not read ${entry.fileName} in ${file}`))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            try {
              onRecord(Buffer.concat(chunks).toString('utf8'))
            } catch (callbackError) {
              return reject(callbackError)
            }
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}

export async function matchOffline(directory: string, packages: Package[]): Promise<AdvisoryReport> {
  const matches: AdvisoryMatch[] = []
  const unchecked: UncheckedPackage[] = []
  let snapshot = ''
  const byEcosystem = new Map<string, Package[]>()
  for (const pkg of packages) {
    if (pkg.version === null) continue
    const list = byEcosystem.get(pkg.ecosystem) ?? []
    list.push(pkg)
    byEcosystem.set(pkg.ecosystem, list)
  }
  let checked = 0
  // Ecosystems that resolve to the same zip (`Ubuntu:22.04:LTS` and `Ubuntu:Pro:22.04:LTS` → `Ubuntu/all.zip`)
  // are matched in one pass over it: a distribution's zip is the largest file of a snapshot.
  const byZip = new Map<string, Array<[string, Package[]]>>()
  for (const [ecosystem, list] of byEcosystem) {
    const gap = ecosystemGap(ecosystem)
    if (gap) {
      for (const pkg of list) unchecked.push({ package: pkg, reason: gap })
      continue
    }
    const zip = zipFor(directory, ecosystem)
    if (!zip) {
      for (const pkg of list) unchecked.push({ package: pkg, reason: `the offline database has no ${ecosystem}/all.zip in ${directory}` })
      continue
    }
    checked += list.length
    byZip.set(zip, [...(byZip.get(zip) ?? []), [ecosystem, list]])
  }
  for (const [zip, groups] of byZip) {
    const wantedOf = groups.map(([ecosystem, list]) => {
      const wanted = new Map<string, Package[]>()
      for (const pkg of list) {
        const key = nameKey(ecosystem, pkg.name)
        wanted.set(key, [...(wanted.get(key) ?? []), pkg])
      }
      return { ecosystem, wanted }
    })
    const failed = new Map<Package, string>()
    await eachZipEntry(zip, (text) => {
      const modified = MODIFIED.exec(text)?.[1]
      if (modified && modified > snapshot) snapshot = modified
      const names = [...text.matchAll(NAME)].map((match) => JSON.parse(`"${match[1]}"`) as string)
      const hits = wantedOf.filter(({ ecosystem, wanted }) => names.some((name) => wanted.has(nameKey(ecosystem, name))))
      if (hits.length === 0) return
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch (error) {
        parsed = `it is not JSON (${(error as Error).message})`
      }
      // A record chaingate cannot read (not JSON, or not the OSV shape: e.g. a `ranges` object instead of a
      // list, as some published Photon OS records have) leaves every package it names unknown, never "not affected".
      const problem = typeof parsed === 'string' ? parsed : osvRecordProblem(parsed)
      if (problem) {
        const id = ID.exec(text)?.[1] ?? 'a record'
        for (const { ecosystem, wanted } of hits)
          for (const name of names)
            for (const pkg of wanted.get(nameKey(ecosystem, name)) ?? []) failed.set(pkg, `${id} in ${zip} is not a valid OSV record: ${problem}`)
        return
      }
      const record = parsed as OsvRecord
      if (record.withdrawn) return
      let advisory: Advisory | undefined
      for (const { ecosystem, wanted } of hits) {
        const seen = new Set<string>()
        for (const entry of record.affected ?? []) {
          const name = entry.package?.name
          if (!name || seen.has(name)) continue
          seen.add(name)
          for (const pkg of wanted.get(nameKey(ecosystem, name)) ?? []) {
            const entries = entriesFor(record, pkg.ecosystem, name)
            try {
              const fixed = new Set<string>()
              let affected = false
              for (const candidate of entries) {
                const result = evaluateAffected(candidate, pkg.ecosystem, pkg.version!)
                if (result.affected) {
                  affected = true
                  for (const version of result.fixedVersions) fixed.add(version)
                }
              }
              if (affected) {
                const noFix = fixed.size === 0 ? noFixStatement(record, pkg.ecosystem, name) : undefined
                matches.push({ package: pkg, advisory: (advisory ??= advisoryFromOsv(record)), fixedVersions: [...fixed], ...(noFix ? { noFix } : {}) })
              }
            } catch (error) {
              if (!(error instanceof UnparseableVersion)) throw error
              failed.set(pkg, `${record.id}: ${error.message}`)
            }
          }
        }
      }
    })
    for (const [pkg, reason] of failed) unchecked.push({ package: pkg, reason })
  }
  return { source: { kind: 'osv-offline', location: directory, ...(snapshot ? { snapshot } : {}) }, matches: mergeAliases(matches), unchecked, checked }
}
