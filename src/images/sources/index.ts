/**
 * The image sources of a run (one fact, `images.sources`): Dockerfiles and Containerfiles, Kubernetes
 * manifests and rendered Helm output, workflow `container:` / `services:` / `docker://` images, and the
 * images the build pushes (named by the run: `check --image`, action input `image`). Workflows are read
 * here with the workflow model's builder, only those whose text mentions a container, so the fact stays
 * run-scoped (the group audit keeps its own parse).
 */
import { defineFact, known } from '../../model/fact.js'
import type { Workspace } from '../../workspace/workspace.js'
import { listWorkflowFiles, MAX_WORKFLOW_BYTES, parseWorkflowText } from '../../workspace/workflow-files.js'
import { buildWorkflow } from '../../workflow/build.js'
import { kubernetesImages, looksLikeManifest } from './kubernetes.js'
import type { ImageSource, ImageSources } from './model.js'
import { parseImageRef } from './reference.js'
import { workflowImages } from './workflow.js'

export type { ImageSource, ImageSourceKind, ImageSourceProblem, ImageSources } from './model.js'
export { familiarName, parseImageRef, type ImageRef, type ParsedImageRef } from './reference.js'

const MAX_DOCKERFILE_BYTES = 1024 * 1024
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const CONTAINER_TEXT = /\b(?:container|services)\s*:|docker:\/\//

/** Extensions that make a `Dockerfile…` name something else: documents, source code, data, templates rendered before a build. */
const NOT_A_DOCKERFILE =
  /\.(?:md|markdown|txt|rst|adoc|html?|dockerignore|go|ts|tsx|js|mjs|cjs|py|rb|rs|java|kt|scala|cs|c|h|cc|cpp|php|pl|lua|sh|bash|ps1|bat|cmd|json|ya?ml|toml|xml|ini|cfg|conf|lock|orig|rej|bak|swp|patch|diff|tmpl|tpl|template|j2|jinja2?|erb|in|gotmpl|mustache|hbs|m4|sample|example)$/i

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

/** The image sources of the workspace. `dockerfile-ast` is loaded only when there is a Dockerfile. */
export async function collectImageSources(workspace: Workspace, pushed: string[] = [], options: { dockerfilesOnly?: boolean } = {}): Promise<ImageSources> {
  const result: ImageSources = { images: [], problems: [], files: { dockerfiles: [], manifests: [], workflows: [] } }
  const ignored = workspace.isIgnored
  for (const relative of workspace.files()) {
    if (ignored(relative)) continue
    if (isDockerfileName(relative)) {
      const read = workspace.readText(relative, MAX_DOCKERFILE_BYTES, { cache: false })
      if (!read.ok) {
        result.problems.push({ path: relative, message: `cannot read: ${read.reason}` })
        continue
      }
      result.files.dockerfiles.push(relative)
      const { dockerfileImages } = await import('./dockerfile.js')
      result.images.push(...dockerfileImages(relative, read.text))
    } else if (!options.dockerfilesOnly && /\.ya?ml$/i.test(relative) && !relative.startsWith('.github/')) {
      const read = workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false })
      if (!read.ok || !looksLikeManifest(relative, read.text)) continue
      result.files.manifests.push(relative)
      const found = kubernetesImages(relative, read.text)
      result.images.push(...found.images)
      result.problems.push(...found.problems)
    }
  }
  if (options.dockerfilesOnly) return result
  for (const { path, kind } of listWorkflowFiles(workspace, ignored)) {
    if (kind !== 'workflow') continue
    const read = workspace.readText(path, MAX_WORKFLOW_BYTES)
    if (!read.ok || !CONTAINER_TEXT.test(read.text)) continue
    // GitHub's view of the file (the one front end): a workflow it refuses is reported by invalid-workflow.
    const parsed = parseWorkflowText(path, 'workflow', read.text)
    if (!parsed.ok) {
      const { line, column } = parsed.failure
      result.problems.push({
        path,
        message: `workflow does not parse: ${parsed.failure.message}`,
        location: { path, startLine: line, startColumn: column, endLine: line, endColumn: column }
      })
      continue
    }
    result.files.workflows.push(path)
    result.images.push(...workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: 'workflow' as const }))))
  }
  for (const text of pushed) result.images.push(pushedImage(text))
  return result
}

export function pushedImage(text: string): ImageSource {
  const parsed = parseImageRef(text.trim())
  const base = { kind: 'pushed' as const, context: 'pushed image', text: text.trim() }
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` }
}

export const imageSourcesFact = defineFact<ImageSources>('images.sources', async (ctx) =>
  known(await collectImageSources(ctx.workspace, ctx.images?.pushed ?? []))
)

/** Only the Dockerfiles' images (what base-image-policy judges by default): no YAML file is read. */
export const dockerfileSourcesFact = defineFact<ImageSources>('images.dockerfile-sources', async (ctx) =>
  known(await collectImageSources(ctx.workspace, [], { dockerfilesOnly: true }))
)

const BUILD_KINDS = new Set<ImageSource['kind']>(['dockerfile-from', 'dockerfile-copy', 'dockerfile-mount', 'dockerfile-syntax'])

/** The images a Dockerfile build pulls (`FROM`, `COPY --from`, `RUN --mount=…,from=`, `# syntax=`), the subjects of base-image-policy. */
export function buildImages(sources: ImageSources): ImageSource[] {
  return sources.images.filter((image) => BUILD_KINDS.has(image.kind))
}
