/**
 * The action's `sbom: cyclonedx|spdx` input: the SBOM of the audited directory, written to `sbom-file`
 * (default $RUNNER_TEMP/chaingate/sbom.cdx.json or sbom.spdx.json), set as the `sbom-file` output, and kept
 * in memory when `sign: sbom` signs it (else written in pieces, never whole). Loaded only when the input is set.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { buildContext } from '../attest/context.js'
import { timestampFromEnv } from '../inventory/sbom/entries.js'
import { sbomText, writeSbomFile } from '../inventory/sbom/pieces.js'
import { workspaceSbom } from '../inventory/sbom/workspace-sbom.js'
import { ConfigurationError } from '../model/errors.js'
import { isInside, Workspace } from '../workspace/workspace.js'

/** A file the input places in the workspace must not be, or sit under, a symlink that leads out of it. */
function refuseEscape(workspaceRoot: string, file: string): void {
  const root = fs.realpathSync.native(workspaceRoot)
  let existing = path.dirname(file)
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing)
  const escapes = !isInside(root, fs.realpathSync.native(existing)) || (fs.existsSync(file) && fs.lstatSync(file).isSymbolicLink())
  if (escapes) throw new ConfigurationError(`input sbom-file (${path.relative(workspaceRoot, file)}) resolves outside the workspace`)
}

export interface WrittenSbom {
  file: string
  /** The document's text, when asked for (`sign: sbom` signs it); else the document is only written, in pieces. */
  text?: string
}

export async function sbomStep(
  output: { format: 'cyclonedx' | 'spdx'; file: string },
  auditedPath: string,
  workspaceRoot: string,
  env: Record<string, string | undefined>,
  keepText = false
): Promise<WrittenSbom> {
  const { plan, summary } = await workspaceSbom(new Workspace(auditedPath), output.format, buildContext(env), timestampFromEnv(env))
  if (isInside(workspaceRoot, output.file)) refuseEscape(workspaceRoot, output.file)
  const text = keepText ? sbomText(plan) : undefined
  try {
    fs.mkdirSync(path.dirname(output.file), { recursive: true })
    if (text !== undefined) fs.writeFileSync(output.file, text)
    else writeSbomFile(output.file, plan)
  } catch (error) {
    throw new ConfigurationError(`cannot write the SBOM ${output.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  for (const problem of summary.problems)
    core.warning(`could not read ${problem.path}: ${problem.message}`, { file: problem.path, ...(problem.line ? { startLine: problem.line } : {}) })
  core.info(
    `chaingate: wrote the SBOM (${output.format === 'spdx' ? 'SPDX 2.3' : 'CycloneDX 1.6'}, ${summary.packages} packages from ${summary.files} files) to ${output.file}`
  )
  core.setOutput('sbom-file', output.file)
  return { file: output.file, ...(text !== undefined ? { text } : {}) }
}
