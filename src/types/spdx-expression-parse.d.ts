/** spdx-expression-parse ships no types: the parse tree it returns (README of the package). */
declare module 'spdx-expression-parse' {
  export type LicenseInfo = { license: string; plus?: true; exception?: string }
  export type ConjunctionInfo = { conjunction: 'and' | 'or'; left: LicenseInfo | ConjunctionInfo; right: LicenseInfo | ConjunctionInfo }
  /** Throws on text that is not an SPDX license expression. */
  export default function parse(source: string): LicenseInfo | ConjunctionInfo
}
