/**
 * The image sources of a run (one fact, `images.sources`): Dockerfiles and Containerfiles, Kubernetes
 * manifests and rendered Helm output, kustomizations (patches and `images:` applied to the manifests they list), Docker
 * Compose services, unrendered Helm charts' values, workflow `container:` / `services:` / `docker://` images, Docker container actions, and the
 * images the build pushes (named by the run: `check --image`, action input `image`). Workflows are read
 * here with the workflow model's builder, only those whose text mentions a container, so the fact stays
 * run-scoped (the group audit keeps its own parse).
 */
import fs from 'node:fs'
import path from 'node:path'
import { defineFact, known } from '../../model/fact.js'
import type { Workspace } from '../../workspace/workspace.js'
import { listWorkflowFiles, MAX_WORKFLOW_BYTES, parseWorkflowText } from '../../workspace/workflow-files.js'
import { buildAction, buildWorkflow } from '../../workflow/build.js'
import type { ActionDoc } from '../../workflow/types.js'
import type { ComposeServices, composeImages, Variables } from './compose.js'
import { kubernetesImages, looksLikeManifest } from './kubernetes.js'
import type { ImageSource, ImageSources } from './model.js'
import { COMPOSE_FILES, COMPOSE_OVERRIDES, isChartValues, isComposeName, isKustomizationName, isVendoredSubchart } from './names.js'
import { parseImageRef } from './reference.js'
import { dockerActionImage, workflowImages } from './workflow.js'

export type { ImageSource, ImageSourceKind, ImageSourceProblem, ImageSources } from './model.js'
export { familiarName, parseImageRef, type ImageRef, type ParsedImageRef } from './reference.js'

const MAX_DOCKERFILE_BYTES = 1024 * 1024
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const CONTAINER_TEXT = /\b(?:container|services)\s*:|docker:\/\//
const DOCKER_ACTION_TEXT = /\busing\s*:\s*["']?docker\b/i

/** Extensions that make a `Dockerfile…` name something else: documents, source code, data, templates rendered before a build. */
const NOT_A_DOCKERFILE =
  /\.(?:md|markdown|txt|rst|adoc|html?|dockerignore|go|ts|tsx|js|mjs|cjs|py|rb|rs|java|kt|scala|cs|c|h|cc|cpp|php|pl|lua|sh|bash|ps1|bat|cmd|json|ya?ml|toml|xml|ini|cfg|conf|lock|orig|rej|bak|swp|patch|diff|tmpl|tpl|template|j2|jinja2?|erb|in|gotmpl|mustache|hbs|m4|sample|example|rego)$/i

/**
 * Dockerfile names: `Dockerfile`, `Dockerfile.<x>`, `Dockerfile-<x>`, `Dockerfile_<x>`, `<x>.Dockerfile`, and
 * the same for `Containerfile` (any case); not documents, source files (`dockerfile_test.go`) or templates.
 */
export function isDockerfileName(relative: string): boolean {
  const base = relative.slice(relative.lastIndexOf('/') + 1)
  if (/^(?:Dockerfile|Containerfile)$/i.test(base)) return true
  if (NOT_A_DOCKERFILE.test(base)) return false
  return /^(?:Dockerfile|Containerfile)[._-].+$/i.test(base) || /\.(?:Dockerfile|Containerfile)$/i.test(base)
}

type ComposeMerge = Parameters<typeof composeImages>[3]

/** The image sources of the workspace. `dockerfile-ast` is loaded only when there is a Dockerfile. */
export async function collectImageSources(
  workspace: Workspace,
  pushed: string[] = [],
  options: { dockerfilesOnly?: boolean; /** The run's `--platform` for the pushed images. */ platform?: string } = {}
): Promise<ImageSources> {
  const result: ImageSources = {
    images: [],
    problems: [],
    files: { dockerfiles: [], manifests: [], workflows: [], compose: [], kustomizations: [], actions: [], charts: [] }
  }
  const ignored = workspace.isIgnored
  const all = workspace.files()
  const known = new Set(all)
  // The Compose, kustomize and chart readers are loaded only for a workspace that has such files.
  const present = (test: (relative: string) => boolean): boolean => !options.dockerfilesOnly && all.some((relative) => test(relative) && !ignored(relative))
  const compose = present(isComposeName) ? await import('./compose.js') : undefined
  const kustomize = present(isKustomizationName) ? await import('./kustomize.js') : undefined
  const helm = present((relative) => isChartValues(relative, known)) ? await import('./helm.js') : undefined
  const readYaml = (relative: string): ReturnType<Workspace['readText']> => workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false })
  const readDockerfile = async (relative: string): Promise<void> => {
    const read = workspace.readText(relative, MAX_DOCKERFILE_BYTES, { cache: false })
    if (!read.ok) {
      result.problems.push({ path: relative, kind: 'dockerfile-from', message: `cannot read: ${read.reason}` })
      return
    }
    result.files.dockerfiles.push(relative)
    const { dockerfileImages } = await import('./dockerfile.js')
    result.images.push(...dockerfileImages(relative, read.text))
  }
  // Dockerfiles a Compose service or a Docker action builds under a name that is not a Dockerfile name.
  const builds: string[] = []
  const textOf = (relative: string): string | undefined => {
    const read = workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false })
    return read.ok ? read.text : undefined
  }
  /**
   * Reads a Compose file: a project's own (`vars` not given) with its folder's `.env`, merged with the files
   * Compose merges it with there (those `COMPOSE_FILE` of that `.env` names, read here too, else the file and
   * its override); a file it takes services from with its variables (`extends`) or with the included
   * project's (`include`).
   */
  const readCompose = (reader: typeof import('./compose.js'), relative: string, vars?: Variables, merged: ComposeMerge = {}): void => {
    if (result.files.compose!.includes(relative)) return
    const read = readYaml(relative)
    if (!read.ok || !/^(?:services|include)\s*:/m.test(read.text)) return
    result.files.compose!.push(relative)
    const folder = path.posix.dirname(relative)
    const inFolder = (name: string): string => path.posix.normalize(path.posix.join(folder, name))
    let stack: string[] = []
    if (!vars) {
      vars = reader.envFileVariables(textOf(inFolder('.env')))
      const named = vars.get('COMPOSE_FILE')
      const first = (names: string[]): string[] =>
        names
          .map(inFolder)
          .filter((candidate) => known.has(candidate) && !ignored(candidate))
          .slice(0, 1)
      stack = named ? named.split(vars.get('COMPOSE_PATH_SEPARATOR') || ':').map(inFolder) : [...first(COMPOSE_FILES), ...first(COMPOSE_OVERRIDES)]
    }
    const services = (other: string): ComposeServices => {
      const text = readYaml(other)
      return text.ok ? reader.composeServices(other, text.text) : new Map()
    }
    const position = (member: string, members = stack): ComposeMerge => {
      const at = members.indexOf(member)
      return at < 0 ? {} : { earlier: members.slice(0, at).map(services), later: members.slice(at + 1).map(services) }
    }
    const other = (file: string): string | undefined => (known.has(file) && !ignored(file) ? textOf(file) : undefined)
    const found = reader.composeImages(relative, read.text, vars, stack.length > 0 ? position(relative) : merged, other)
    result.images.push(...found.images)
    result.problems.push(...found.problems)
    builds.push(...found.dockerfiles)
    const follow = (other: string): boolean => known.has(other) && !ignored(other) && !isComposeName(other)
    if (stack.includes(relative)) for (const member of stack) if (follow(member)) readCompose(reader, member, vars, position(member))
    for (const { path: other, envFiles, stack: included } of found.included) {
      if (!follow(other)) continue
      let own = vars
      for (const envFile of envFiles) own = reader.envFileVariables(textOf(envFile), own)
      readCompose(reader, other, own, position(other, included))
    }
    for (const other of found.referenced) if (follow(other)) readCompose(reader, other, vars)
  }
  const kustomized = kustomize?.kustomizeImages(known, readYaml, ignored)
  if (kustomized) result.problems.push(...kustomized.problems)
  for (const relative of all) {
    if (ignored(relative)) continue
    if (isDockerfileName(relative)) await readDockerfile(relative)
    else if (options.dockerfilesOnly) continue
    else if (isKustomizationName(relative)) result.files.kustomizations!.push(relative)
    else if (compose && isComposeName(relative)) readCompose(compose, relative)
    else if (helm && isChartValues(relative, known)) {
      result.files.charts!.push(relative)
      // A subchart vendored in a chart's charts/ folder is read with that chart (its values coalesced with the parent's).
      if (isVendoredSubchart(path.posix.dirname(relative), known)) continue
      const folder = path.posix.dirname(relative)
      const archived = await chartArchives(workspace, folder, all, ignored, result)
      const found = helm.helmChartImages(folder, {
        read: (file) => archived.get(file) ?? (known.has(file) && !ignored(file) ? textOf(file) : undefined),
        paths: archived.size > 0 ? [...all, ...archived.keys()] : all
      })
      result.images.push(...found.images)
      result.problems.push(...found.problems)
    } else if (/\.ya?ml$/i.test(relative) && !relative.startsWith('.github/')) {
      const read = readYaml(relative)
      if (!read.ok || !looksLikeManifest(relative, read.text)) continue
      result.files.manifests.push(relative)
      // A manifest a kustomization lists is deployed through it (its images come with the kustomization's changes).
      if (kustomized?.listed.has(relative)) continue
      const found = kubernetesImages(relative, read.text)
      result.images.push(...found.images)
      result.problems.push(...found.problems.map((problem) => ({ ...problem, kind: 'kubernetes' as const })))
    }
  }
  if (options.dockerfilesOnly) return result
  if (kustomized) result.images.push(...kustomized.images)
  const actions: ActionDoc[] = []
  for (const { path: file, kind } of listWorkflowFiles(workspace, ignored)) {
    const read = workspace.readText(file, MAX_WORKFLOW_BYTES)
    if (!read.ok || !(kind === 'workflow' ? CONTAINER_TEXT : DOCKER_ACTION_TEXT).test(read.text)) continue
    // GitHub's view of the file (the one front end): a workflow it refuses is reported by invalid-workflow.
    const parsed = parseWorkflowText(file, kind, read.text)
    if (!parsed.ok) {
      const { line, column } = parsed.failure
      result.problems.push({
        path: file,
        kind: kind === 'workflow' ? 'workflow-container' : 'docker-action',
        message: `${kind} does not parse: ${parsed.failure.message}`,
        location: { path: file, startLine: line, startColumn: column, endLine: line, endColumn: column }
      })
      continue
    }
    if (kind === 'action') {
      actions.push(buildAction(Object.assign(parsed.file, { kind })))
      continue
    }
    result.files.workflows.push(file)
    result.images.push(...workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: 'workflow' as const }))))
  }
  for (const action of actions) {
    const { image, dockerfile } = dockerActionImage(action)
    if (!image && !dockerfile) continue
    result.files.actions!.push(action.path)
    if (image) result.images.push(image)
    if (dockerfile) builds.push(dockerfile)
  }
  for (const dockerfile of new Set(builds)) {
    if (known.has(dockerfile) && !isDockerfileName(dockerfile) && !ignored(dockerfile) && !result.files.dockerfiles.includes(dockerfile))
      await readDockerfile(dockerfile)
  }
  for (const text of pushed) result.images.push(pushedImage(text, options.platform))
  return result
}

/**
 * The chart files inside the `.tgz` archives vendored in the `charts/` folders of a chart (helm-archive.ts), keyed
 * by their path under the archive's path; an archive that cannot be read is a problem (its dependency stays
 * `unknown` in the chart's images).
 */
async function chartArchives(
  workspace: Workspace,
  folder: string,
  all: string[],
  ignored: (relative: string) => boolean,
  result: ImageSources
): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const prefix = folder === '.' ? '' : `${folder}/`
  const archives = all.filter((file) => file.startsWith(prefix) && /(?:^|\/)charts\/[^/]+\.tgz$/.test(file.slice(prefix.length)) && !ignored(file))
  if (archives.length === 0) return files
  const { readChartArchive, MAX_ARCHIVE_BYTES } = await import('./helm-archive.js')
  for (const archive of archives) {
    let read: Awaited<ReturnType<typeof readChartArchive>>
    try {
      const absolute = workspace.resolve(archive)
      const size = fs.statSync(absolute).size
      read =
        size > MAX_ARCHIVE_BYTES
          ? { ok: false, reason: `the archive is larger than the ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB chaingate reads` }
          : await readChartArchive(fs.readFileSync(absolute), archive)
    } catch (error) {
      read = { ok: false, reason: (error as Error).message }
    }
    if (read.ok) for (const [file, text] of read.files) files.set(file, text)
    else result.problems.push({ path: archive, kind: 'helm-values', message: `cannot read the chart archive: ${read.reason}` })
  }
  return files
}

/**
 * An image the run names as pushed (`--image`, in `check --image`'s forms), with the run's `--platform` when
 * given. A local image (`oci:DIR`, `docker-archive:FILE`) has no registry reference: never read as one.
 */
export function pushedImage(text: string, platform?: string): ImageSource {
  const written = text.trim()
  const base = { kind: 'pushed' as const, context: 'pushed image', text: written, ...(platform ? { platform } : {}) }
  if (/^(?:oci|docker-archive):/.test(written))
    return {
      ...base,
      unknown:
        'a local image (an OCI layout or a docker save archive), not a registry reference: its registry, digest and age are not known (vulnerable-dependencies judges its packages)'
    }
  const parsed = parseImageRef(written.replace(/^docker:\/\//, ''))
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` }
}

export const imageSourcesFact = defineFact<ImageSources>('images.sources', async (ctx) =>
  known(await collectImageSources(ctx.workspace, ctx.images?.pushed ?? [], ctx.images?.platform ? { platform: ctx.images.platform } : {}))
)

/** Only the Dockerfiles' images (what base-image-policy judges by default): no YAML file is read. */
export const dockerfileSourcesFact = defineFact<ImageSources>('images.dockerfile-sources', async (ctx) =>
  known(await collectImageSources(ctx.workspace, [], { dockerfilesOnly: true }))
)
