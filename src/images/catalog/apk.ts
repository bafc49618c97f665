/**
 * Alpine's `lib/apk/db/installed` (apk-tools database format, "apk spec" / `src/database.c` of
 * alpinelinux/apk-tools): blank-line separated records of `X:value` lines with one-letter keys — `P` name,
 * `V` version, `A` arch, `o` origin (source package), `L` license, `F` directory, `R` file in the last `F`
 * directory, and others chaingate does not need. Files listed (`F`/`R`) are the package's own.
 */

export interface ApkPackage {
  name: string
  version: string
  arch?: string
  origin?: string
  license?: string
  line: number
  files: string[]
}

export class ApkParseError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = 'ApkParseError'
  }
}

/** `keep`: which owned paths to keep (all by default; the catalog keeps those a language cataloger could name a package from). */
export function parseApkInstalled(text: string, keep: (file: string) => boolean = () => true): ApkPackage[] {
  const packages: ApkPackage[] = []
  let current: (Partial<ApkPackage> & { line: number; files: string[] }) | undefined
  let dir = ''
  const finish = (): void => {
    if (!current) return
    if (!current.name) throw new ApkParseError('record without a P: (package name) line', current.line)
    if (!current.version) throw new ApkParseError(`package ${current.name} has no V: (version) line`, current.line)
    packages.push(current as ApkPackage)
    current = undefined
    dir = ''
  }
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line === '') {
      finish()
      continue
    }
    if (line.length < 2 || line[1] !== ':') throw new ApkParseError(`not a "X:value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1)
    current ??= { line: index + 1, files: [] }
    const value = line.slice(2)
    switch (line[0]) {
      case 'P':
        current.name = value
        break
      case 'V':
        current.version = value
        break
      case 'A':
        current.arch = value
        break
      case 'o':
        current.origin = value
        break
      case 'L':
        current.license = value
        break
      case 'F':
        dir = value
        break
      case 'R': {
        const file = dir ? `${dir}/${value}` : value
        if (keep(file)) current.files.push(file)
        break
      }
      default:
        break
    }
  }
  finish()
  return packages
}
