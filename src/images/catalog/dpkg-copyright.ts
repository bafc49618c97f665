/**
 * The license of a dpkg package from its `/usr/share/doc/<package>/copyright`, when that file is in Debian's
 * machine-readable format (DEP-5, https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/): the
 * `License:` short names of the header and `Files:` paragraphs (stand-alone `License:` paragraphs only hold
 * texts). Every paragraph covers different files, so the package's license is all of them (`AND`).
 *
 * Debian's short names become SPDX ids where the name says one without doubt (`GPL-2+` →
 * `GPL-2.0-or-later`, `LGPL-2.1` → `LGPL-2.1-only`, `Expat` → `MIT`, `BSD-3-clause` → `BSD-3-Clause`,
 * `… or …` / `… and …`). When a name does not (`public-domain`, `permissive`, `GPL-2+ with OpenSSL
 * exception`, a license text without a name), the short names are kept as written, joined by ` AND `: not an SPDX expression, so the
 * license policy says `unknown` for that package rather than guessing. A copyright file in free text gives
 * nothing (the package's license is unknown).
 */
import { normalizeLicense } from '../../inventory/licenses/normalize.js'
import { parseControlStanzas } from './dpkg.js'

/** Stands for a `License:` field with a text and no short name (not an SPDX id: the result is text, `unknown` to the policy). */
const UNNAMED = 'unnamed license text'

/** Debian's GNU short names: `GPL-2`, `GPL-2+`, `LGPL-2.1+`, `GPL-3.0+`, `AGPL-3`, `GFDL-1.2+`. */
const DEBIAN_GNU = /^((?:A|L)?GPL|GFDL)-(\d)(?:\.(\d))?(\+)?$/i

/** One Debian short name (or an `or`/`and` of them) as SPDX, or undefined. */
function debianToSpdx(name: string): string | undefined {
  const parts = name.split(/\s+(or|and)\s+/i)
  const out: string[] = []
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!
    if (index % 2 === 1) {
      out.push(part.toUpperCase())
      continue
    }
    const gnu = DEBIAN_GNU.exec(part)
    const id = gnu ? `${gnu[1]!.toUpperCase()}-${gnu[2]}.${gnu[3] ?? '0'}-${gnu[4] ? 'or-later' : 'only'}` : normalizeLicense(part)
    if (id === undefined || /\s/.test(id)) return undefined
    out.push(id)
  }
  return normalizeLicense(out.join(' '))
}

/** The license of a DEP-5 copyright file, or undefined when the file is not DEP-5 or names none. */
export function debianCopyrightLicense(text: string): string | undefined {
  let stanzas: ReturnType<typeof parseControlStanzas>
  try {
    stanzas = parseControlStanzas(text)
  } catch {
    return undefined
  }
  const header = stanzas[0]?.fields
  if (!header || !/copyright-format|dep-?5/i.test(header.get('format') ?? '')) return undefined
  const names: string[] = []
  for (const [index, { fields }] of stanzas.entries()) {
    if (index > 0 && !fields.has('files')) continue
    const license = fields.get('license')
    if (license === undefined) continue
    // A paragraph with a license text but no name: those files' license is not named, so the package's is not known.
    const name = license.split('\n')[0]!.trim() || UNNAMED
    if (!names.includes(name)) names.push(name)
  }
  if (names.length === 0) return undefined
  const spdx = names.map(debianToSpdx)
  if (spdx.every((id): id is string => id !== undefined)) {
    // The licenses all apply: one AND of the distinct terms (an `A AND B` term adds A and B, an OR stays one term).
    const distinct = [...new Set(spdx.flatMap((id) => (/ OR /.test(id) ? [id] : id.split(' AND '))))]
    return normalizeLicense(distinct.map((id) => (distinct.length > 1 && / OR /.test(id) ? `(${id})` : id)).join(' AND '))
  }
  return names.join(' AND ')
}
