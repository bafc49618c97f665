/** A version ordering of one ecosystem. `compare` throws UnparseableVersion for a string the ecosystem would refuse. */
export interface VersionScheme {
  /** Short name for messages (`dpkg`, `PEP 440`…). */
  name: string
  /** Negative, zero or positive, like a sort comparator. */
  compare(a: string, b: string): number
}

/** A version the ecosystem's rules cannot order: matching is `unknown`, never "not affected". */
export class UnparseableVersion extends Error {
  constructor(
    readonly version: string,
    readonly scheme: string,
    detail?: string
  ) {
    super(`${JSON.stringify(version)} is not a valid ${scheme} version${detail ? ` (${detail})` : ''}`)
    this.name = 'UnparseableVersion'
  }
}

export function sign(value: number): number {
  return value < 0 ? -1 : value > 0 ? 1 : 0
}

/** Digits compared as numbers of any length (leading zeros already stripped or ignored). */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '')
  const y = b.replace(/^0+/, '')
  if (x.length !== y.length) return x.length < y.length ? -1 : 1
  return x < y ? -1 : x > y ? 1 : 0
}
