/**
 * `chaingate sbom [PATH] [--format cyclonedx|spdx] [--output FILE]`: the inventory of PATH (a directory, or
 * one lockfile) as an SBOM, offline. Exit 0 when written (a lockfile that could not be read is reported on
 * stderr with file and line, and recorded in the SBOM, the rest is written), 2 on bad input.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseRepository } from '../model/repository.js'
import { ConfigurationError, EXIT_PASS } from '../model/errors.js'
import type { Inventory } from '../inventory/model.js'
import type { SbomSubject } from '../inventory/sbom/index.js'
import { TOOL } from '../version.js'
import { textField, textLine } from '../report/escape.js'
import { Workspace } from '../workspace/workspace.js'
import type { CliIo } from './io.js'
import { writeInBatches } from '../report/stream.js'
import { holdImageStreamingTune } from '../runtime/image-streaming.js'

export const SBOM_USAGE = `usage: chaingate sbom [path] [--format cyclonedx|spdx] [--output file] [--repo owner/name] [--commit sha]
       chaingate sbom --image REF [--platform os/arch[/variant]] [--os-only] [--format …] [--output file]
  Writes the dependency inventory of PATH (a directory: every lockfile in it; or one lockfile) as an SBOM,
  offline: CycloneDX 1.6 JSON (default) or SPDX 2.3 JSON, to --output or stdout. Every package has a purl;
  dev-only packages are included and marked (CycloneDX scope optional + property chaingate:scope=dev).
  The project is named by --repo (or GITHUB_REPOSITORY) at --commit (or GITHUB_SHA), else by the directory.
  The output is reproducible: its time is SOURCE_DATE_EPOCH when set (else none in CycloneDX, the Unix
  epoch in SPDX, which requires one), its serial number / namespace derived from its content.
  Exit 0 when written (lockfiles that could not be read are reported on stderr and in the SBOM), 2 on bad input.
  --image REF reads a container image without a daemon instead: REGISTRY/REPO[:TAG|@DIGEST] (credentials from
  REGISTRY_USERNAME/REGISTRY_PASSWORD or the Docker config), oci:DIR[:TAG] or docker-archive:FILE; the index
  entry for --platform (default linux/amd64). OS packages (dpkg, apk, rpm) as pkg:deb|apk|rpm purls with arch,
  distro and upstream (source package); npm, Python, Go and Java packages unless an OS package owns them;
  the distro (os-release ID, VERSION_ID) in the metadata. --os-only skips language packages and stops
  reading layers (newest first) once the distro and package database are settled.`

export async function sbomCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'cyclonedx' },
      output: { type: 'string', short: 'o' },
      repo: { type: 'string' },
      commit: { type: 'string' },
      image: { type: 'string' },
      platform: { type: 'string' },
      'os-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout(`${SBOM_USAGE}\n`)
    return EXIT_PASS
  }
  if (positionals.length > 1) throw new ConfigurationError(`sbom takes one path, got ${positionals.length}`)
  const format = values.format
  if (format !== 'cyclonedx' && format !== 'spdx') throw new ConfigurationError(`--format must be cyclonedx or spdx, got ${JSON.stringify(format)}`)
  const repository = values.repo ?? (io.env.GITHUB_REPOSITORY || undefined)
  if (repository !== undefined) parseRepository(repository)
  const commit = values.commit ?? (io.env.GITHUB_SHA || undefined)
  if (commit !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
    throw new ConfigurationError(`--commit must be a full hexadecimal commit id, got ${JSON.stringify(commit)}`)
  const timestamp = (await import('../inventory/sbom/entries.js')).timestampFromEnv(io.env)

  if (values.image === undefined && (values.platform !== undefined || values['os-only']))
    throw new ConfigurationError('--platform and --os-only go with --image')
  if (values.image !== undefined) {
    if (positionals.length > 0) throw new ConfigurationError('sbom takes a path or --image, not both')
    const { sbom, plan, summary } = await (async () => {
      const image = await imageSbom(values.image!, values.platform, values['os-only'] ?? false, io)
      // The SBOM writer (the CycloneDX library) is loaded once the image is read: its memory comes when the
      // layers' buffers are gone, not on top of them.
      const sbom = await import('../inventory/sbom/index.js')
      const plan = sbom.sbomPlan(image.inventory, format, { subject: image.subject, ...(timestamp ? { timestamp } : {}), tool: TOOL })
      return { sbom, plan, summary: { packages: image.inventory.packages.length, files: image.inventory.files.length } }
    })()
    emitSbom(sbom, plan, summary, values.output, format, io)
    return EXIT_PASS
  }
  const target = path.resolve(io.cwd, positionals[0] ?? '.')
  const sbom = await import('../inventory/sbom/index.js')
  // The inventory is not kept past the plan (which keeps what it writes): it can be collected before writing.
  const { plan, summary } = await (async () => {
    const { inventory, name } = await inventoryOf(target, positionals[0] ?? '.')
    for (const problem of inventory.problems)
      // Paths and messages come from the repository's files: one printable line, never a runner command.
      io.stderr(
        `${textLine(textField(`chaingate sbom: ${problem.path}${problem.line ? `:${problem.line}` : ''}${problem.column ? `:${problem.column}` : ''}: ${problem.message}`))}\n`
      )
    const plan = sbom.sbomPlan(inventory, format, {
      subject: {
        name: repository ?? name,
        ...(repository ? { repository } : {}),
        ...(io.env.GITHUB_SERVER_URL ? { serverUrl: io.env.GITHUB_SERVER_URL } : {}),
        ...(commit ? { commit } : {}),
        ...(io.env.GITHUB_REF && repository && !values.repo ? { ref: io.env.GITHUB_REF } : {})
      },
      ...(timestamp ? { timestamp } : {}),
      tool: TOOL
    })
    return { plan, summary: { packages: inventory.packages.length, files: inventory.files.length } }
  })()
  emitSbom(sbom, plan, summary, values.output, format, io)
  return EXIT_PASS
}

type SbomModule = typeof import('../inventory/sbom/index.js')

/** Writes the planned SBOM to --output (and says so on stderr) or, in batches, to stdout. */
function emitSbom(
  sbom: SbomModule,
  plan: ReturnType<SbomModule['sbomPlan']>,
  summary: { packages: number; files: number },
  output: string | undefined,
  format: 'cyclonedx' | 'spdx',
  io: CliIo
): void {
  if (!output) {
    writeInBatches(sbom.sbomPieces(plan), io.stdout)
    return
  }
  const destination = path.resolve(io.cwd, output)
  try {
    fs.mkdirSync(path.dirname(destination), { recursive: true })
    sbom.writeSbomFile(destination, plan)
  } catch (error) {
    throw new ConfigurationError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  io.stderr(
    `chaingate sbom: wrote ${summary.packages} package${summary.packages === 1 ? '' : 's'} from ${summary.files} file${summary.files === 1 ? '' : 's'} to ${output} (${format === 'spdx' ? 'SPDX 2.3' : 'CycloneDX 1.6'})\n`
  )
}

/** The inventory of a container image, and the image as the SBOM's subject; a summary line on stderr. */
async function imageSbom(
  reference: string,
  platformText: string | undefined,
  osOnly: boolean,
  io: CliIo
): Promise<{ inventory: Inventory; subject: SbomSubject }> {
  // Held to the end of the command: the SBOM is written right after the layers are read.
  holdImageStreamingTune()
  const { imageSbom: make, imageSbomSummary } = await import('../images/image-sbom.js')
  const image = await make(reference, { ...(platformText !== undefined ? { platform: platformText } : {}), osOnly, env: io.env, cwd: io.cwd })
  for (const problem of image.inventory.problems)
    // Paths and messages come from the image and its registry: one printable line, never a runner command.
    io.stderr(`${textLine(textField(`chaingate sbom: ${reference}: ${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`))}\n`)
  io.stderr(`${textLine(textField(`chaingate sbom: ${imageSbomSummary(reference, image.catalog)}`))}\n`)
  return { inventory: image.inventory, subject: image.subject }
}

/** The inventory of a directory (every lockfile), or of one lockfile (its reader only). */
async function inventoryOf(target: string, shown: string): Promise<{ inventory: Inventory; name: string }> {
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch {
    throw new ConfigurationError('no such file or directory', { file: shown })
  }
  if (stat.isDirectory()) {
    const { collectInventory } = await import('../inventory/collect.js')
    const workspace = new Workspace(target)
    const inventory = await collectInventory(workspace)
    await (await import('../inventory/licenses/installed.js')).addInstalledLicenses(workspace, inventory)
    return { inventory, name: path.basename(workspace.root) }
  }
  // Through the collector, not an import() of its own: the reader index stays in the check's core chunk (cold start).
  const { readersFor, readInventoryFile } = await import('../inventory/collect.js')
  const basename = path.basename(target)
  const readers = readersFor(basename)
  if (readers.length === 0)
    throw new ConfigurationError(`not a lockfile or manifest chaingate reads (a directory inventories every one in it)`, { file: shown })
  const workspace = new Workspace(path.dirname(target))
  const inventory: Inventory = { packages: [], edges: [], files: [], problems: [] }
  for (const reader of readers) {
    const outcome = await readInventoryFile(workspace, { path: basename, reader })
    inventory.packages.push(...outcome.packages)
    inventory.edges.push(...outcome.edges)
    inventory.problems.push(...outcome.problems)
    inventory.files.push({
      path: basename,
      format: reader.format,
      ecosystem: reader.ecosystem,
      packages: outcome.packages.length,
      ...(outcome.declaredOnly ? { declaredOnly: true } : {})
    })
  }
  if (inventory.packages.length === 0 && inventory.problems.length > 0) {
    // One lockfile that could not be read: nothing to write.
    const [first] = inventory.problems
    throw new ConfigurationError(first!.message, { file: shown, ...(first!.line ? { line: first!.line } : {}) })
  }
  await (await import('../inventory/licenses/installed.js')).addInstalledLicenses(workspace, inventory)
  return { inventory, name: path.basename(workspace.root) }
}
