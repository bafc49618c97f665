/**
 * The license of an installed Python distribution from its `*.dist-info/METADATA` (core metadata: RFC 822
 * style headers): `License-Expression` (metadata 2.4, PEP 639) first, then `License` when it is an SPDX
 * expression, then the license trove classifiers that name exactly one SPDX license, then the `License`
 * text as found (first line, which the license rule reports as "not an SPDX expression"), then the names of
 * the license classifiers (`BSD License`: also not SPDX, but the policy can say what was found).
 */

/**
 * Trove classifiers (https://pypi.org/classifiers/) that name one SPDX license without doubt. Those that do
 * not (`BSD License`, `Apache Software License`, `GNU Library or Lesser General Public License (LGPL)`…)
 * are not mapped: guessing a version would make a policy pass on a guess.
 */
export const CLASSIFIER_SPDX: Record<string, string> = {
  'License :: OSI Approved :: MIT License': 'MIT',
  'License :: OSI Approved :: MIT No Attribution License (MIT-0)': 'MIT-0',
  'License :: OSI Approved :: ISC License (ISCL)': 'ISC',
  'License :: OSI Approved :: Python Software Foundation License': 'PSF-2.0',
  'License :: OSI Approved :: Mozilla Public License 1.0 (MPL)': 'MPL-1.0',
  'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)': 'MPL-1.1',
  'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)': 'MPL-2.0',
  'License :: OSI Approved :: GNU General Public License v2 (GPLv2)': 'GPL-2.0-only',
  'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)': 'GPL-2.0-or-later',
  'License :: OSI Approved :: GNU General Public License v3 (GPLv3)': 'GPL-3.0-only',
  'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)': 'GPL-3.0-or-later',
  'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)': 'LGPL-2.0-only',
  'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)': 'LGPL-2.0-or-later',
  'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)': 'LGPL-3.0-only',
  'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)': 'LGPL-3.0-or-later',
  'License :: OSI Approved :: GNU Affero General Public License v3': 'AGPL-3.0-only',
  'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)': 'AGPL-3.0-or-later',
  'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)': 'EPL-1.0',
  'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)': 'EPL-2.0',
  'License :: OSI Approved :: The Unlicense (Unlicense)': 'Unlicense',
  'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)': 'BSL-1.0',
  'License :: OSI Approved :: Universal Permissive License (UPL)': 'UPL-1.0',
  'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)': 'EUPL-1.2',
  'License :: OSI Approved :: Apache Software License 2.0 (Apache-2.0)': 'Apache-2.0',
  'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication': 'CC0-1.0'
}

export interface PythonMetadata {
  name?: string
  version?: string
  licenseExpression?: string
  license?: string
  classifiers: string[]
}

/** The header fields of a METADATA file (up to the first blank line: the description follows). */
export function parseMetadata(text: string): PythonMetadata {
  const result: PythonMetadata = { classifiers: [] }
  let current: { key: string; value: string } | null = null
  const flush = (): void => {
    if (!current) return
    const key = current.key.toLowerCase()
    const value = current.value.trim()
    if (key === 'name') result.name = value
    else if (key === 'version') result.version = value
    else if (key === 'license-expression') result.licenseExpression = value
    else if (key === 'license') result.license = value
    else if (key === 'classifier') result.classifiers.push(value)
    current = null
  }
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    if (/^[ \t]/.test(line)) {
      // A continuation line (multi-line License: text).
      if (current) current.value += `\n${line.trim()}`
      continue
    }
    flush()
    const colon = line.indexOf(':')
    if (colon > 0) current = { key: line.slice(0, colon), value: line.slice(colon + 1) }
  }
  flush()
  return result
}

/**
 * The license to record: an SPDX expression when the metadata gives one, else the `License` text's first
 * line (at most 100 characters), else undefined. `isExpression` is the SPDX check (spdx.ts).
 */
export function metadataLicense(metadata: PythonMetadata, isExpression: (text: string) => boolean): string | undefined {
  if (metadata.licenseExpression) return metadata.licenseExpression
  const license = metadata.license?.trim()
  if (license && !license.includes('\n') && isExpression(license)) return license
  const mapped = metadata.classifiers.filter((classifier) => classifier.startsWith('License ::')).map((classifier) => CLASSIFIER_SPDX[classifier])
  if (mapped.length > 0 && mapped.every((id): id is string => id !== undefined)) {
    const distinct = [...new Set(mapped)]
    // Several license classifiers: the distribution is offered under each (dual licensing).
    return distinct.length === 1 ? distinct[0] : distinct.join(' OR ')
  }
  if (license && license.toUpperCase() !== 'UNKNOWN') {
    const first = license.split('\n')[0]!.trim()
    return first.length > 100 ? `${first.slice(0, 97)}...` : first
  }
  // Only classifiers that name no one license (`BSD License`): kept as text, so the policy says which and why unknown.
  const named = [
    ...new Set(metadata.classifiers.filter((classifier) => classifier.startsWith('License ::')).map((classifier) => classifier.split('::').pop()!.trim()))
  ]
  return named.length > 0 ? named.join(' OR ') : undefined
}
