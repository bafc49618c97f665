/**
 * NuGet versions (NuGet.Versioning): up to four numbers, then SemVer 2 release labels compared without
 * regard to case; build metadata ignored; a version without labels is newer than one with.
 */
import { compareDigits, UnparseableVersion, type VersionScheme } from './types.js'

const FORM = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

interface NuGetVersion {
  numbers: string[]
  labels: string[]
}

export function parseNuGetVersion(text: string): NuGetVersion {
  const match = FORM.exec(text.trim())
  if (!match) throw new UnparseableVersion(text, 'NuGet')
  return { numbers: [1, 2, 3, 4].map((i) => match[i] ?? '0'), labels: match[5] ? match[5].split('.') : [] }
}

function compareLabel(a: string, b: string): number {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA && numericB) return compareDigits(a, b)
  if (numericA !== numericB) return numericA ? -1 : 1
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}

export const nuget: VersionScheme = {
  name: 'NuGet',
  compare(left, right) {
    const a = parseNuGetVersion(left)
    const b = parseNuGetVersion(right)
    for (let i = 0; i < 4; i++) {
      const order = compareDigits(a.numbers[i]!, b.numbers[i]!)
      if (order !== 0) return order
    }
    if (a.labels.length === 0 || b.labels.length === 0) return a.labels.length === b.labels.length ? 0 : a.labels.length === 0 ? 1 : -1
    for (let i = 0; i < Math.min(a.labels.length, b.labels.length); i++) {
      const order = compareLabel(a.labels[i]!, b.labels[i]!)
      if (order !== 0) return order
    }
    return Math.sign(a.labels.length - b.labels.length)
  }
}
