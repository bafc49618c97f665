/**
 * Paths named by the user or found in the repository, checked where they really lead. A lexical check
 * (`..`, absolute paths) is not enough: a symbolic link in the checkout (a directory on the way, or a
 * dangling link at the file itself) can lead a write or a read outside it. Every output file chaingate
 * writes and every policy file it reads goes through `realPathInside`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { isInside } from './workspace.js'

export interface RealPathOptions {
  /** How the path is named in messages (e.g. `input sarif-file (reports/x.sarif)`). */
  name: string
  /**
   * A path outside `root` may be used as it is (a file the user named on the command line, a runner's
   * temporary directory); then only a path inside `root` must also really be inside it.
   */
  allowOutside?: boolean
}

/**
 * The real path of `absolute` (for a file that does not exist yet, its nearest existing parent's real path
 * joined with the rest), refused when it leaves `root`: `absolute` must be inside `root` unless
 * `allowOutside`, and a path inside `root` must not lead out of it. A dangling symbolic link is refused
 * (writing through it would create its target, wherever that is).
 */
export function realPathInside(root: string, absolute: string, options: RealPathOptions): string {
  const realRoot = realOrSelf(root)
  const lexicallyInside = isInside(root, absolute) || isInside(realRoot, absolute)
  if (!lexicallyInside && !options.allowOutside) throw new ConfigurationError(`${options.name} points outside the workspace`)
  const real = realPathForWrite(absolute, options.name)
  if (lexicallyInside && !isInside(realRoot, real)) throw new ConfigurationError(`${options.name} leads outside the workspace through a symbolic link`)
  return real
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync.native(file)
  } catch {
    return path.resolve(file)
  }
}

/** The real path of an existing file, or of a new one's nearest existing ancestor joined with the rest. */
function realPathForWrite(absolute: string, name: string): string {
  const missing: string[] = []
  for (let current = path.resolve(absolute); ; current = path.dirname(current)) {
    let stat: fs.Stats | undefined
    try {
      stat = fs.lstatSync(current)
    } catch {
      stat = undefined
    }
    if (stat) {
      let real: string
      try {
        real = fs.realpathSync.native(current)
      } catch {
        throw new ConfigurationError(`${name} goes through a symbolic link that points nowhere (${current})`)
      }
      return path.join(real, ...missing.reverse())
    }
    if (path.dirname(current) === current) return path.resolve(absolute)
    missing.push(path.basename(current))
  }
}
