/** Types for the SPDX expression libraries (they ship none). */
declare module 'spdx-expression-parse' {
  export type SpdxLeaf = { license: string; plus?: true; exception?: string }
  export type SpdxNode = SpdxLeaf | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode }
  /** Parses an SPDX license expression; throws on anything else. */
  export default function parse(source: string): SpdxNode
}

declare module 'spdx-satisfies' {
  /** Whether `expression` is satisfied by licenses from `approved` (ids, `id+` ranges, `id WITH exception`). */
  export default function satisfies(expression: string, approved: string[]): boolean
}
