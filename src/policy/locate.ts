/** Where the policy file is: named explicitly, at a default path, or none (the embedded default). */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { isInside } from '../workspace/workspace.js'

/** Where chaingate looks for a policy when none is named. */
export const DEFAULT_POLICY_PATHS = ['.github/chaingate.yml', '.github/chaingate.yaml']

export interface PolicyLocation {
  /** Absolute path of the file to read, or null for the embedded default. */
  absolutePath: string | null
  /** How the file is named in messages (workspace-relative when inside it). */
  displayPath: string
}

/**
 * Finds the policy: an explicit path must exist; otherwise the default paths, otherwise the embedded default.
 * A path inside the workspace is read only if it really is inside: a symbolic link there (the policy file,
 * or `.github` itself) that leads out of the workspace is refused, without reading what it points to.
 */
export function findPolicy(workspaceRoot: string, explicit?: string): PolicyLocation {
  if (explicit) {
    const absolute = path.resolve(workspaceRoot, explicit)
    const relative = path.relative(workspaceRoot, absolute)
    const inside = !(relative.startsWith('..') || path.isAbsolute(relative))
    const displayPath = inside ? relative.split(path.sep).join('/') : absolute
    if (!fs.existsSync(absolute))
      throw new ConfigurationError(lstatOrNull(absolute)?.isSymbolicLink() ? 'policy file is a symbolic link that points nowhere' : 'policy file not found', {
        file: displayPath
      })
    if (inside) refuseOutside(workspaceRoot, absolute, displayPath)
    return { absolutePath: absolute, displayPath }
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path.join(workspaceRoot, candidate)
    if (fs.existsSync(absolute)) {
      refuseOutside(workspaceRoot, absolute, candidate)
      return { absolutePath: absolute, displayPath: candidate }
    }
    if (lstatOrNull(absolute)?.isSymbolicLink()) throw new ConfigurationError('policy file is a symbolic link that points nowhere', { file: candidate })
  }
  return { absolutePath: null, displayPath: 'embedded default' }
}

function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file)
  } catch {
    return null
  }
}

/** Refuses a policy path inside the workspace whose real path is not (the message names the link, not the target's content). */
function refuseOutside(workspaceRoot: string, absolute: string, displayPath: string): void {
  const realRoot = fs.realpathSync.native(workspaceRoot)
  const real = fs.realpathSync.native(absolute)
  if (!isInside(realRoot, real)) {
    throw new ConfigurationError(
      'policy file leads outside the workspace through a symbolic link; chaingate does not read it (a policy outside the workspace must be named explicitly, and only on the command line)',
      { file: displayPath }
    )
  }
}
