/** Where the policy file is: named explicitly, at a default path, or none (the embedded default). */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'

/** Where chaingate looks for a policy when none is named. */
export const DEFAULT_POLICY_PATHS = ['.github/chaingate.yml', '.github/chaingate.yaml']

export interface PolicyLocation {
  /** Absolute path of the file to read, or null for the embedded default. */
  absolutePath: string | null
  /** How the file is named in messages (workspace-relative when inside it). */
  displayPath: string
}

/** Finds the policy: an explicit path must exist; otherwise the default paths, otherwise the embedded default. */
export function findPolicy(workspaceRoot: string, explicit?: string): PolicyLocation {
  if (explicit) {
    const absolute = path.resolve(workspaceRoot, explicit)
    const relative = path.relative(workspaceRoot, absolute)
    const displayPath = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
    if (!fs.existsSync(absolute)) throw new ConfigurationError('policy file not found', { file: displayPath })
    return { absolutePath: absolute, displayPath }
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path.join(workspaceRoot, candidate)
    if (fs.existsSync(absolute)) return { absolutePath: absolute, displayPath: candidate }
  }
  return { absolutePath: null, displayPath: 'embedded default' }
}
