/**
 * dpkg's database: `var/lib/dpkg/status` (deb-control(5) stanzas, RFC 822 style, blank-line separated,
 * continuation lines start with a space or tab) and the distroless `var/lib/dpkg/status.d/<name>` files (one
 * or more stanzas each). A stanza whose `Status` is `not-installed` or `config-files` (removed, conffiles
 * left) is left out: its files are not in the image.
 */

export interface DpkgPackage {
  name: string
  version: string
  arch?: string
  source?: string
  sourceVersion?: string
  license?: string
  /** 1-based line of the stanza's first field. */
  line: number
}

export class DpkgParseError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = 'DpkgParseError'
  }
}

/** Stanzas as field maps (lowercased keys), with their first line. */
export function parseControlStanzas(text: string): { fields: Map<string, string>; line: number }[] {
  const stanzas: { fields: Map<string, string>; line: number }[] = []
  let current: { fields: Map<string, string>; line: number } | undefined
  let lastKey: string | undefined
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line.trim() === '') {
      current = undefined
      lastKey = undefined
      continue
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!current || !lastKey) throw new DpkgParseError('continuation line without a field', index + 1)
      current.fields.set(lastKey, `${current.fields.get(lastKey)}\n${line.slice(1)}`)
      continue
    }
    if (line.startsWith('#')) continue
    const colon = line.indexOf(':')
    if (colon <= 0) throw new DpkgParseError(`not a "Field: value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1)
    const key = line.slice(0, colon).toLowerCase()
    if (!current) {
      current = { fields: new Map(), line: index + 1 }
      stanzas.push(current)
    }
    if (current.fields.has(key)) throw new DpkgParseError(`duplicate field ${line.slice(0, colon)} in one stanza`, index + 1)
    current.fields.set(key, line.slice(colon + 1).trim())
    lastKey = key
  }
  return stanzas
}

const NOT_ON_DISK = new Set(['not-installed', 'config-files'])

export function parseDpkgStatus(text: string): DpkgPackage[] {
  const packages: DpkgPackage[] = []
  for (const { fields, line } of parseControlStanzas(text)) {
    const name = fields.get('package')
    const version = fields.get('version')
    if (!name) throw new DpkgParseError('stanza without a Package field', line)
    const status = fields.get('status')
    // "want flag status": a package whose files are not on disk (removed, only its conffiles left) is not there.
    if (status !== undefined && NOT_ON_DISK.has(status.split(/\s+/)[2] ?? '')) continue
    if (!version) throw new DpkgParseError(`package ${name} has no Version`, line)
    const pkg: DpkgPackage = { name, version, line }
    const arch = fields.get('architecture')
    if (arch) pkg.arch = arch
    const source = fields.get('source')
    if (source) {
      const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(source)
      if (match) {
        pkg.source = match[1]!
        if (match[2]) pkg.sourceVersion = match[2]
      }
    }
    packages.push(pkg)
  }
  return packages
}
