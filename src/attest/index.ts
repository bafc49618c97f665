/**
 * `sign` from typed input: subjects → one in-toto statement (provenance, SBOM or verdict) → one Sigstore
 * bundle → a bundle file, and optionally the GitHub attestations API and an OCI registry. Reached only
 * through dynamic `import()` (the sign command, `check --sign`, the action's attest step), so `check`
 * never loads the Sigstore libraries. Never reads process.env.
 */
import path from 'node:path'
import type { Credentials } from '@sigstore/oci'
import { parseRepository } from '../check.js'
import { TOOL } from '../version.js'
import type { GitHubClient } from '../github/client.js'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import type { CheckReport } from '../report/types.js'
import type { Workspace } from '../workspace/workspace.js'
import { realPathInside } from '../workspace/real-path.js'
import { readDockerCredentials } from '../verify/registry.js'
import { pushToRegistry, writeAttestation, writeBundleFile } from './publish.js'
import { signStatement, type SigningMethod } from './sign.js'
import {
  buildStatement,
  missingBuildFacts,
  provenancePredicate,
  sbomPredicate,
  SLSA_PROVENANCE_V1,
  SLSA_VERIFICATION_SUMMARY_V1,
  verdictPredicate,
  type BuildContext,
  type PredicateKind,
  type Statement,
  type StatementSubject,
  type VerdictContext
} from './statement.js'
import { checksumSubjects, fileSubjects, imageSubject, matchFiles, type Subject } from './subjects.js'
import { loadGlobLibrary } from '../policy/glob-library.js'

export interface SignInput {
  workspace: Workspace
  subjectPaths?: string[]
  subjectChecksums?: string[]
  /** `name@sha256:hex` image subjects. */
  images?: string[]
  predicate: PredicateKind
  /** Workspace-relative SBOM file (predicate `sbom`). */
  sbomPath?: string
  /** An SBOM already in memory (predicate `sbom`), e.g. the one the action just wrote; wins over sbomPath. */
  sbomDocument?: { text: string; shown: string }
  /**
   * Predicate `sbom` without a file or document: chaingate makes the SBOM of the workspace in this format
   * (default CycloneDX), naming the project from `build` (repository, commit, ref) at `sbomTimestamp`.
   */
  sbomFormat?: 'cyclonedx' | 'spdx'
  sbomTimestamp?: Date
  /**
   * Predicate `sbom` of a container image (`sign --predicate sbom --image REF`, the action's `sbom-image`):
   * without an SBOM file or document, chaingate catalogs the image as `chaingate sbom --image` does; the
   * statement's subject is the image (`registry/repository` at the digest the reference pins, else the
   * index's), and the bundle is attached to it in its registry as an OCI referrer.
   */
  sbomImage?: { reference: string; platform?: string; env?: Record<string, string | undefined>; cwd: string }
  /** The check report (predicate `verdict`). */
  report?: CheckReport
  verdict?: Omit<VerdictContext, 'timeVerified'> & { timeVerified?: string }
  build?: Partial<BuildContext>
  method: SigningMethod
  /** Absolute path of the bundle file to write; default `<file>.sigstore.json` for one file, else `<predicate>.sigstore.json` in the workspace. */
  bundleOut?: string
  attestationsApi?: { client: GitHubClient; repository: string }
  pushToRegistry?: boolean
  /** Docker config directory for registry credentials ($DOCKER_CONFIG, default ~/.docker). */
  dockerConfigDir?: string
  hashConcurrency?: number
  now?: Date
}

export interface SignOutcome {
  statement: Statement
  bundlePath: string
  subjects: StatementSubject[]
  signingKey: string
  logIndex?: string
  attestationId?: string
  /** The image whose SBOM was signed (`sbomImage`): what was read. */
  image?: { reference: string; platform: string; packages: number; digest: string; problems: string[] }
  /** Referrer manifest digests, one per pushed image. */
  pushed: { image: string; referrer: string }[]
  timings: { hashMs: number; signMs: number }
}

export async function collectSubjects(
  input: Pick<SignInput, 'workspace' | 'subjectPaths' | 'subjectChecksums' | 'images' | 'hashConcurrency'>
): Promise<Subject[]> {
  const subjects: Subject[] = []
  if (input.subjectPaths?.length) await loadGlobLibrary()
  if (input.subjectPaths?.length) subjects.push(...(await fileSubjects(matchFiles(input.workspace, input.subjectPaths), input.hashConcurrency)))
  for (const file of input.subjectChecksums ?? []) subjects.push(...checksumSubjects(input.workspace, file))
  for (const image of input.images ?? []) subjects.push(imageSubject(image))
  return subjects
}

export async function buildPredicate(
  input: Pick<SignInput, 'predicate' | 'sbomPath' | 'sbomDocument' | 'sbomFormat' | 'sbomTimestamp' | 'report' | 'verdict' | 'build' | 'workspace' | 'now'>
): Promise<{ predicateType: string; predicate: Record<string, unknown> }> {
  switch (input.predicate) {
    case 'provenance': {
      const build = input.build ?? {}
      const missing = missingBuildFacts(build)
      if (missing.length > 0) {
        throw new ConfigurationError(
          `provenance needs the GitHub Actions build facts (missing: ${missing.join(', ')}); run in a workflow, or sign --predicate sbom|verdict`
        )
      }
      return { predicateType: SLSA_PROVENANCE_V1, predicate: provenancePredicate(build as BuildContext) }
    }
    case 'sbom': {
      if (input.sbomDocument) return sbomPredicate(input.sbomDocument.text, input.sbomDocument.shown)
      if (!input.sbomPath) return sbomPredicate(await generatedSbom(input), 'generated SBOM')
      const read = input.workspace.readText(input.sbomPath, 256 * 1024 * 1024)
      if (!read.ok) throw new ConfigurationError(`--sbom ${input.sbomPath}: ${read.reason}`)
      return sbomPredicate(read.text, input.sbomPath)
    }
    case 'verdict': {
      if (!input.report || !input.verdict) throw new ConfigurationError('the verdict predicate is signed by `chaingate check --sign` (it needs a check report)')
      return {
        predicateType: SLSA_VERIFICATION_SUMMARY_V1,
        predicate: verdictPredicate(input.report, { ...input.verdict, timeVerified: input.verdict.timeVerified ?? (input.now ?? new Date()).toISOString() })
      }
    }
  }
}

/** The SBOM of the workspace, made by chaingate (the inventory of every lockfile), for predicate `sbom` without a file. */
async function generatedSbom(input: Pick<SignInput, 'workspace' | 'sbomFormat' | 'sbomTimestamp' | 'build'>): Promise<string> {
  const { workspaceSbom } = await import('../inventory/sbom/workspace-sbom.js')
  const { sbomText } = await import('../inventory/sbom/pieces.js')
  return sbomText((await workspaceSbom(input.workspace, input.sbomFormat ?? 'cyclonedx', input.build ?? {}, input.sbomTimestamp)).plan)
}

/**
 * The SBOM predicate of an image and the image as subject: the SBOM file or document given (the image's
 * digest then only resolved), else the image cataloged here. Only registry images: the bundle goes there.
 */
async function imageSbomPredicate(
  input: SignInput,
  image: NonNullable<SignInput['sbomImage']>
): Promise<{ predicateType: string; predicate: Record<string, unknown>; subject: StatementSubject; read?: NonNullable<SignOutcome['image']> }> {
  const { parseImageReference } = await import('../images/reference.js')
  const parsed = parseImageReference(image.reference)
  if (parsed.kind !== 'registry')
    throw new ConfigurationError(
      `--image ${image.reference}: the SBOM attestation is attached to the image in its registry, so the image must be a registry reference (REGISTRY/REPO[:TAG|@DIGEST])`
    )
  const name = `${parsed.registry}/${parsed.repository}`
  if (input.sbomDocument || input.sbomPath) {
    const digest = parsed.digest ?? (await resolveDigest(name, parsed.tag ?? 'latest', input.dockerConfigDir))
    return { ...(await buildPredicate(input)), subject: { name, digest: { sha256: digest.slice('sha256:'.length) } } }
  }
  const { imageSbom } = await import('../images/image-sbom.js')
  const made = await imageSbom(image.reference, {
    ...(image.platform !== undefined ? { platform: image.platform } : {}),
    ...(image.env ? { env: image.env } : {}),
    cwd: image.cwd
  })
  const { sbomPlan, sbomText } = await import('../inventory/sbom/index.js')
  const text = sbomText(
    sbomPlan(made.inventory, input.sbomFormat ?? 'cyclonedx', {
      subject: made.subject,
      ...(input.sbomTimestamp ? { timestamp: input.sbomTimestamp } : {}),
      tool: TOOL
    })
  )
  const digest = made.attestedDigest!
  return {
    ...sbomPredicate(text, `SBOM of ${image.reference}`),
    subject: { name, digest: { sha256: digest.slice('sha256:'.length) } },
    read: {
      reference: image.reference,
      platform: made.catalog.platform,
      packages: made.inventory.packages.length,
      digest,
      problems: made.inventory.problems.map((problem) => `${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
    }
  }
}

/** The digest a tag names now (the manifest or index as the registry serves it, hashed here). */
async function resolveDigest(name: string, tag: string, dockerConfigDir: string | undefined): Promise<string> {
  const { RegistryReader, splitImageName } = await import('../verify/registry.js')
  const { registry, repository } = splitImageName(name)
  const reader = new RegistryReader(registry, repository, readDockerCredentials(name, dockerConfigDir))
  let manifest
  try {
    manifest = await reader.manifest(tag)
  } catch (error) {
    throw new ConfigurationError(`${name}:${tag}: ${errorMessage(error)}`)
  }
  if (!manifest) throw new ConfigurationError(`${name}:${tag} was not found in the registry`)
  return manifest.digest
}

export async function sign(input: SignInput): Promise<SignOutcome> {
  if (input.sbomImage && input.predicate !== 'sbom') throw new ConfigurationError('--image names the image whose SBOM is signed: it goes with --predicate sbom')
  if (input.pushToRegistry && !input.images?.length && !input.sbomImage)
    throw new ConfigurationError('--push-to-registry needs an image subject (--subject NAME@sha256:HEX)')
  const image = input.sbomImage ? await imageSbomPredicate(input, input.sbomImage) : undefined
  const { predicateType, predicate } = image ?? (await buildPredicate(input))
  const hashStarted = performance.now()
  const subjects: StatementSubject[] = await collectSubjects(input)
  if (image) subjects.push(image.subject)
  if (subjects.length === 0 && input.predicate === 'verdict' && input.build?.repository && input.build.sha) {
    // The verdict is about the repository at the commit when no artifact was named.
    subjects.push({
      name: `${(input.build.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${input.build.repository}`,
      digest: { gitCommit: input.build.sha }
    })
  }
  const hashMs = performance.now() - hashStarted
  const statement = buildStatement(subjects, predicateType, predicate)
  // Where the bundle goes is settled before signing: a path refused after signing would waste a signature.
  const onlyFile =
    input.subjectPaths?.length && !input.subjectChecksums?.length && !input.images?.length && subjects.length === 1 ? subjects[0]!.name : undefined
  const bundleTarget =
    input.bundleOut ?? (onlyFile ? `${input.workspace.resolve(onlyFile)}.sigstore.json` : path.join(input.workspace.root, `${input.predicate}.sigstore.json`))
  const bundlePath = realPathInside(input.workspace.root, bundleTarget, { name: `bundle file ${bundleTarget}`, allowOutside: true })
  const signStarted = performance.now()
  let signed
  try {
    signed = await signStatement(statement, input.method)
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    const code = (error as { code?: string }).code
    const cause = (error as { cause?: unknown }).cause
    throw new ConfigurationError(`signing failed${code ? ` (${code})` : ''}: ${errorMessage(error)}${cause ? `: ${errorMessage(cause)}` : ''}`)
  }
  const signMs = performance.now() - signStarted
  writeBundleFile(bundlePath, signed.json)
  const outcome: SignOutcome = {
    statement,
    bundlePath,
    subjects,
    signingKey: signed.signingKey,
    ...(signed.logIndex !== undefined ? { logIndex: signed.logIndex } : {}),
    pushed: [],
    timings: { hashMs, signMs }
  }
  if (input.attestationsApi) {
    const id = await writeAttestation(input.attestationsApi.client, parseRepository(input.attestationsApi.repository), signed.json)
    if (id !== undefined) outcome.attestationId = id
  }
  if (image) {
    if (image.read) outcome.image = image.read
    const env = input.sbomImage?.env
    const credentials: Credentials | undefined =
      env?.REGISTRY_USERNAME && env.REGISTRY_PASSWORD
        ? { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD }
        : readDockerCredentials(image.subject.name, input.dockerConfigDir)
    const referrer = await pushToRegistry({
      imageName: image.subject.name,
      imageDigest: `sha256:${image.subject.digest.sha256}`,
      predicateType,
      bundle: signed.json,
      ...(credentials ? { credentials } : {})
    })
    outcome.pushed.push({ image: `${image.subject.name}@sha256:${image.subject.digest.sha256}`, referrer })
  }
  if (input.pushToRegistry) {
    for (const image of input.images ?? []) {
      const subject = imageSubject(image)
      const credentials: Credentials | undefined = readDockerCredentials(subject.name, input.dockerConfigDir)
      const referrer = await pushToRegistry({
        imageName: subject.name,
        imageDigest: `sha256:${subject.digest.sha256}`,
        predicateType,
        bundle: signed.json,
        ...(credentials ? { credentials } : {})
      })
      outcome.pushed.push({ image: `${subject.name}@sha256:${subject.digest.sha256}`, referrer })
    }
  }
  return outcome
}

export { signStatement, pemKeySigner, publicKeyHint, type KeySigner, type SigningMethod } from './sign.js'
export type { PredicateKind } from './statement.js'
