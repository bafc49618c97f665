/**
 * Images a kustomization deploys: the images of the manifests its `resources:` (and legacy `bases:`) list —
 * files, and directories with their own kustomization, recursively — and of its `components:`, changed by
 * `images:` entries the way `kustomize build` (sigs.k8s.io/kustomize/api) changes them: in the `containers`
 * and `initContainers` lists of a resource (not ephemeral containers, Argo `container:` or Tekton steps) and
 * in the image volumes of a pod spec, an
 * entry matches an image whose text is its `name` as written (not normalized: `nginx` is not
 * `docker.io/library/nginx`; a `name` with a tag matches that tag) followed by an optional tag and digest;
 * `newName` replaces the name; `newTag` replaces tag and digest, `digest` replaces both, both together give
 * `name:tag@digest`, `tagSuffix` (alone) is appended to the tag — twice at a pod spec's usual places, as
 * kustomize's two image filters both apply it. A `newTag` written as a number kustomize refuses. A base's entries
 * apply first, then a component's (to everything gathered so far), then the kustomization's own, each entry
 * in order. Only kustomizations no other kustomization lists are roots (what is deployed); a manifest a
 * kustomization lists is deployed through it. Paths stay inside the workspace; remote resources (git URLs)
 * are not fetched and are reported as problems. Checked against kustomize's own library by
 * __interop__/image-sources.test.ts.
 */
import path from 'node:path'
import type { Location } from '../../model/finding.js'
import { locate, parseYaml, type YamlFile } from '../../workspace/yaml.js'
import { asSeq, entries, entry, scalarText, type Entry } from '../../workspace/yaml-nodes.js'
import { isScalar, type Node } from '../../workspace/yaml-ast.js'
import { unquotedRange } from '../../verify/manifests.js'
import { kubernetesImages } from './kubernetes.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { isKustomizationName, KUSTOMIZATION_NAMES, workspacePath } from './names.js'
import { parseImageRef } from './reference.js'

const MAX_BUILDS = 5000

interface Override {
  name: string
  newName?: string
  newTag?: string
  digest?: string
  tagSuffix?: string
  location: Location
  index: number
}

interface Kustomization {
  path: string
  file: YamlFile
  resources: Array<{ text: string; node: Node }>
  components: Array<{ text: string; node: Node }>
  images: Override[]
}

/** An image on its way through the kustomizations: as the manifest writes it, and as changed so far. */
interface Flowing {
  original: ImageSource
  /** Keys from the resource to the container list (which kustomize's image filters reach). */
  field?: string
  current: string
  change?: Override & { path: string }
}

export interface KustomizeImages {
  images: ImageSource[]
  problems: ImageSourceProblem[]
  /** Manifests, patches and kustomizations a kustomization lists (deployed through it, not by themselves). */
  listed: Set<string>
}

/** `name[:tag][@digest]` split as kustomize splits it: `:` and `@` looked for after the first `/` (a registry port is not a tag). */
function splitImage(text: string): { name: string; tag: string; digest: string } {
  const slash = Math.max(text.indexOf('/'), 0)
  const at = text.indexOf('@', slash)
  const colon = text.indexOf(':', slash)
  if (at >= 0 && (colon < 0 || at < colon)) return { name: text.slice(0, at), tag: '', digest: text.slice(at + 1) }
  if (colon < 0) return { name: text, tag: '', digest: '' }
  return { name: text.slice(0, colon), tag: text.slice(colon + 1, at >= 0 ? at : undefined), digest: at >= 0 ? text.slice(at + 1) : '' }
}

/** kustomize's match: `^NAME(:tag)?(@algorithm:hex)?$`, NAME a regular expression; here only its `.` is a wildcard (the rest literal: no pattern from a repository runs in a backtracking engine). */
const TAIL = '(?::[a-zA-Z0-9_.{}-]*)?(?:@[a-zA-Z0-9]+(?:[.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{}-]*)?$'
function matches(image: string, name: string): boolean {
  return new RegExp(`^${name.replace(/[\\^$*+?()[\]{}|]/g, '\\$&')}${TAIL}`).test(image)
}

/** What an `images:` entry makes of `image`, or null when it does not match. */
export function applyOverride(image: string, override: Pick<Override, 'name' | 'newName' | 'newTag' | 'digest' | 'tagSuffix'>): string | null {
  if (!matches(image, override.name)) return null
  const split = splitImage(image)
  let { tag, digest } = split
  if (override.newTag || override.digest) {
    tag = override.newTag ?? ''
    digest = override.digest ?? ''
  } else if (override.tagSuffix) {
    tag += override.tagSuffix
    digest = ''
  }
  return `${override.newName || split.name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`
}

/** The pod-spec lists kustomize's field-spec image filter reaches besides its legacy one (which reaches every `containers` / `initContainers`). */
const FIELD_SPECS = new Set(['spec/containers', 'spec/initContainers', 'spec/template/spec/containers', 'spec/template/spec/initContainers'])
/** The image volumes it reaches (the legacy filter none). */
const VOLUME_FIELD_SPECS = new Set(['spec/volumes', 'spec/template/spec/volumes', 'spec/jobTemplate/spec/template/spec/volumes'])

/**
 * The kustomize images of the workspace. `files` are the workspace's files; `read` reads one (inside the
 * workspace) or says why not; an ignored kustomization is not a root (what it lists is still read).
 */
export function kustomizeImages(
  files: ReadonlySet<string>,
  read: (relative: string) => { ok: true; text: string } | { ok: false; reason: string },
  ignored: (relative: string) => boolean = () => false,
  /** The kustomizations to build (`chaingate verify --manifests`), those no other of them lists as deployed; default: every kustomization of the workspace. */
  roots?: readonly string[]
): KustomizeImages {
  const problems: ImageSourceProblem[] = []
  const listed = new Set<string>()
  const loaded = new Map<string, Kustomization | null>()
  const manifests = new Map<string, Array<Omit<Flowing, 'current'>>>()
  const problem = (where: string, message: string, node?: Node, file?: YamlFile): void => {
    problems.push({ path: where, message, kind: 'kustomize', ...(node && file ? { location: locate(file, node) } : {}) })
  }

  const load = (relative: string): Kustomization | null => {
    if (loaded.has(relative)) return loaded.get(relative)!
    loaded.set(relative, null)
    const text = read(relative)
    if (!text.ok) {
      problem(relative, `cannot read the kustomization: ${text.reason}`)
      return null
    }
    const parsed = parseYaml(relative, text.text)
    if (!parsed.ok) {
      const { line, column, message } = parsed.failure
      problems.push({
        path: relative,
        kind: 'kustomize',
        message: `kustomization does not parse: ${message}`,
        location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
      })
      return null
    }
    const { doc } = parsed.file
    const list = (key: string): Array<{ text: string; node: Node }> =>
      (asSeq(doc, entry(doc, doc.contents, key)?.value)?.items ?? []).flatMap((node) => {
        const value = scalarText(doc, node)
        return value && node ? [{ text: value.trim(), node: node as Node }] : []
      })
    const images: Override[] = []
    for (const [index, item] of (asSeq(doc, entry(doc, doc.contents, 'images')?.value)?.items ?? []).entries()) {
      const fields = new Map(entries(doc, item).map((field) => [field.key, field]))
      const name = scalarText(doc, fields.get('name')?.value)
      if (!name) continue
      // kustomize reads these fields as strings and refuses the kustomization when one is a number or a boolean (`newTag: 1.10`).
      const refused = ['newName', 'newTag', 'digest', 'tagSuffix'].find((key) => {
        const node = fields.get(key)?.value
        return isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')
      })
      if (refused) {
        const node = fields.get(refused)!.value!
        problem(
          relative,
          `images[${index}].${refused} is not a string (write it in quotes): kustomize refuses this kustomization, so the images it deploys are not known`,
          node as Node,
          parsed.file
        )
        continue
      }
      const text = (key: string): string | undefined => scalarText(doc, fields.get(key)?.value)
      // The entry's line: the value that decides the image (digest, else tag, else name).
      const decisive = ['digest', 'newTag', 'tagSuffix', 'newName', 'name'].map((key) => fields.get(key)?.value).find((node) => node) as Node
      images.push({
        name,
        index,
        location: locate(parsed.file, unquotedRange(decisive)),
        ...(text('newName') ? { newName: text('newName')! } : {}),
        ...(text('newTag') ? { newTag: text('newTag')! } : {}),
        ...(text('digest') ? { digest: text('digest')! } : {}),
        ...(text('tagSuffix') ? { tagSuffix: text('tagSuffix')! } : {})
      })
    }
    // What kustomize also does that can change images and chaingate does not: patches that touch an image, inflated Helm charts.
    const field = (key: string): Entry | undefined => entry(doc, doc.contents, key)
    const helmCharts = field('helmCharts')
    if (helmCharts?.value && (asSeq(doc, helmCharts.value)?.items.length ?? 0) > 0)
      problem(relative, 'helmCharts are not inflated: the images those charts deploy are not known', helmCharts.keyNode, parsed.file)
    for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902']) {
      for (const item of asSeq(doc, field(key)?.value)?.items ?? []) {
        const inline =
          scalarText(doc, entry(doc, item, 'patch')?.value) ??
          (key === 'patchesStrategicMerge' && scalarText(doc, item)?.includes('\n') ? scalarText(doc, item) : undefined)
        const named = inline === undefined ? (scalarText(doc, entry(doc, item, 'path')?.value) ?? scalarText(doc, item)) : undefined
        let patch = inline
        if (named !== undefined) {
          const where = localPath({ path: relative, file: parsed.file }, { text: named.trim(), node: item as Node }, 'patch')
          const got = where === null ? null : read(where)
          // A patch file is part of the kustomization, not a manifest deployed by itself.
          if (where !== null) listed.add(where)
          if (got && !got.ok)
            problem(relative, `patch ${named.trim()} cannot be read (${got.reason}): whether it changes images is not known`, item as Node, parsed.file)
          patch = got?.ok ? got.text : undefined
        }
        if (patch !== undefined && /\bimage\b/.test(patch))
          problem(
            relative,
            `a patch in ${key} changes container images, which chaingate does not apply: the images reported for this kustomization may not be the ones it deploys`,
            item as Node,
            parsed.file
          )
      }
    }
    const kustomization: Kustomization = {
      path: relative,
      file: parsed.file,
      resources: [...list('resources'), ...list('bases')],
      components: list('components'),
      images
    }
    loaded.set(relative, kustomization)
    return kustomization
  }

  /** A path a kustomization names, inside the workspace; null (a problem recorded) for a remote or escaping one. */
  const localPath = (from: { path: string; file: YamlFile }, item: { text: string; node: Node }, what: string): string | null => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item.text) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(item.text) || item.text.includes('?ref=')) {
      problem(from.path, `remote ${what} ${item.text} is not fetched: the images it deploys are not known`, item.node, from.file)
      return null
    }
    const joined = workspacePath(path.posix.dirname(from.path), item.text)
    if (joined === undefined) {
      problem(from.path, `${what} ${item.text} is outside the workspace: not read`, item.node, from.file)
      return null
    }
    return joined.replace(/\/$/, '')
  }

  /** A listed path: a manifest file, a directory's kustomization, or null (a problem is recorded). */
  const resolve = (from: Kustomization, item: { text: string; node: Node }): { manifest: string } | { kustomization: string } | null => {
    const file = from.file
    const joined = localPath(from, item, 'resource')
    if (joined === null) return null
    if (files.has(joined)) return isKustomizationName(joined) ? { kustomization: joined } : { manifest: joined }
    const prefix = joined === '.' ? '' : `${joined}/`
    const own = KUSTOMIZATION_NAMES.map((name) => prefix + name).find((candidate) => files.has(candidate))
    if (own) return { kustomization: own }
    problem(
      from.path,
      `resource ${item.text} is not in the workspace${[...files].some((f) => f.startsWith(prefix)) ? ' (a directory without a kustomization)' : ''}`,
      item.node,
      file
    )
    return null
  }

  const imagesOf = (relative: string): Array<Omit<Flowing, 'current'>> => {
    let found = manifests.get(relative)
    if (!found) {
      const text = read(relative)
      if (!text.ok) {
        problem(relative, `cannot read: ${text.reason}`)
        found = []
      } else {
        const result = kubernetesImages(relative, text.text)
        problems.push(...result.problems.map((item) => ({ ...item, kind: 'kubernetes' as const })))
        found = result.images.map((original, index) => ({ original, field: result.fields[index] }))
      }
      manifests.set(relative, found)
    }
    return found
  }

  /** Adds what `relative` deploys to `into`, its `images:` applied to all of `into` (a component changes its parent's images too). */
  let builds = 0
  const build = (relative: string, into: Flowing[], stack: string[]): void => {
    // Each root builds what it lists afresh (as kustomize does); a repository whose kustomizations fan out beyond this is cut short, and says so.
    if ((builds += 1) > MAX_BUILDS) {
      problem(relative, `more than ${MAX_BUILDS} kustomization builds: the rest are not read`)
      return
    }
    if (stack.includes(relative)) {
      // The cycle alone, from its first member in path order: found from any member, it is one problem.
      const cycle = stack.slice(stack.indexOf(relative))
      const first = cycle.indexOf([...cycle].sort()[0]!)
      const ordered = [...cycle.slice(first), ...cycle.slice(0, first)]
      problem(ordered[0]!, `kustomizations list each other in a cycle: ${[...ordered, ordered[0]].join(' -> ')}`)
      return
    }
    const kustomization = load(relative)
    if (!kustomization) return
    for (const item of kustomization.resources) {
      const target = resolve(kustomization, item)
      if (!target) continue
      if ('manifest' in target) {
        listed.add(target.manifest)
        into.push(...imagesOf(target.manifest).map((image) => ({ ...image, current: image.original.text })))
      } else {
        listed.add(target.kustomization)
        const own: Flowing[] = []
        build(target.kustomization, own, [...stack, relative])
        into.push(...own)
      }
    }
    for (const item of kustomization.components) {
      const target = resolve(kustomization, item)
      if (!target || !('kustomization' in target)) continue
      listed.add(target.kustomization)
      build(target.kustomization, into, [...stack, relative])
    }
    for (const override of kustomization.images) {
      for (const flowing of into) {
        const list = flowing.field?.slice(flowing.field.lastIndexOf('/') + 1)
        const volume = VOLUME_FIELD_SPECS.has(flowing.field ?? '')
        if (list !== 'containers' && list !== 'initContainers' && !volume) continue
        let changed = applyOverride(flowing.current, override)
        if (changed !== null && FIELD_SPECS.has(flowing.field!)) changed = applyOverride(changed, override) ?? changed
        if (changed === null || changed === flowing.current) continue
        flowing.current = changed
        flowing.change = { ...override, path: relative }
      }
    }
  }

  const kustomizations = roots ? [...roots] : [...files].filter((relative) => isKustomizationName(relative) && !ignored(relative))
  const deployed = new Map<string, Flowing[]>()
  for (const relative of kustomizations) {
    const into: Flowing[] = []
    build(relative, into, [])
    deployed.set(relative, into)
  }
  const images: ImageSource[] = []
  const seen = new Set<string>()
  // An image two roots deploy alike (a base's own entry, a manifest left as written) is one source.
  // A kustomization another one lists (a base, given beside its overlays) is deployed through that one.
  for (const [root, flowing] of deployed) {
    if (listed.has(root)) continue
    for (const { original, current, change } of flowing) {
      const at = original.location ? `${original.location.path}:${original.location.startLine}` : ''
      const image: ImageSource = change
        ? {
            kind: 'kustomize',
            context: `${original.context} (${at}, ${original.text}) set by images[${change.index}] of ${change.path}`,
            location: change.location,
            text: current
          }
        : original
      if (change) {
        const parsed = parseImageRef(current)
        if (parsed.ok) image.ref = parsed.ref
        else image.unknown = `not a valid image reference: ${parsed.reason}`
      }
      const key = `${image.location?.path}:${image.location?.startLine}:${image.location?.startColumn} ${image.context} ${image.text}`
      if (seen.has(key)) continue
      seen.add(key)
      images.push(image)
    }
  }
  // A kustomization built under several roots meets its problems once per root.
  const once = new Map(problems.map((item) => [`${item.path}:${item.location?.startLine ?? 0} ${item.message}`, item]))
  return { images, problems: [...once.values()], listed }
}
