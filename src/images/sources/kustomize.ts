/**
 * Images a kustomization deploys, built the way `kustomize build` (sigs.k8s.io/kustomize/api v0.21.2) builds
 * them: the resources its `resources:` (and legacy `bases:`) list — files, and directories with their own
 * kustomization, each built on its own, recursively — then its `components:` (which add their resources and
 * apply their own changes to everything gathered so far), then its transformers in kustomize's order:
 * `patchesStrategicMerge`, `patches`, `namespace`, `namePrefix`, `nameSuffix`, `commonLabels` / `labels`,
 * `commonAnnotations` (for what later selectors match: names, namespaces, labels, annotations),
 * `patchesJson6902`, and `images:`.
 *
 * Patches (src/images/sources/kustomize-patch.ts): strategic-merge patches matched to a resource by id, or to
 * those a `target` selects; JSON 6902 patches to those a target selects. An image a patch writes is reported
 * where the patch writes it (the patch file's line, or the line inside the inline patch text). A patch
 * chaingate cannot apply (remote, unreadable, a selector or directive it does not read) that may change
 * images is a problem, and the images of the resources it may change are `unknown`; one kustomize refuses
 * (no resource matches, a failed `test`) is a problem too, never a guess. `replacements` and transformer
 * plugins that may change images are not run: a problem, and the images unknown; `generators` and
 * `helmCharts` are problems.
 *
 * `images:` entries change the `containers` and `initContainers` lists of a resource (not ephemeral
 * containers, Argo `container:` or Tekton steps) and the image volumes of a pod spec: an entry matches an
 * image whose text is its `name` as written (not normalized: `nginx` is not `docker.io/library/nginx`; a
 * `name` with a tag matches that tag) followed by an optional tag and digest; `newName` replaces the name;
 * `newTag` replaces tag and digest, `digest` replaces both, both together give `name:tag@digest`,
 * `tagSuffix` (alone) is appended to the tag — twice at a pod spec's usual places, as kustomize's two image
 * filters both apply it. A `newTag` written as a number kustomize refuses. Each entry applies in order.
 *
 * Only kustomizations no other kustomization lists are roots (what is deployed); a manifest a kustomization
 * lists is deployed through it. Paths stay inside the workspace; remote resources (git URLs) are not fetched
 * and are reported as problems. Checked against kustomize's own library by __interop__/image-sources.test.ts.
 */
import path from 'node:path'
import type { Location } from '../../model/finding.js'
import { locate, MAX_ALIAS_NODES, parseYaml, type YamlFile } from '../../workspace/yaml.js'
import { asSeq, entries, entry, scalarText, type Entry } from '../../workspace/yaml-nodes.js'
import { allScalars, expandedSize, isMap, isScalar, isSeq, Pair, Scalar, toJS, YAMLMap, type LineIndex, type Node } from '../../workspace/yaml-ast.js'
import { manifestDocuments, resourceImages, unquotedRange } from '../../verify/manifests.js'
import { manifestImageSource } from './kubernetes.js'
import {
  applyJsonPatch,
  applyStrategicMerge,
  clone,
  compileSelector,
  get,
  idOf,
  idText,
  isClusterScoped,
  operations,
  Refused,
  sameId,
  Undecidable,
  type Operation,
  type Resource,
  type Selector
} from './kustomize-patch.js'
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

/** A patch of a kustomization, read (its text parsed) or with the reason it cannot be applied. */
interface PatchEntry {
  /** The entry in the kustomization (where a problem is reported). */
  node: Node
  /** `patches[0] of k/kustomization.yaml`, `k/patch.yaml (patches[0] of k/kustomization.yaml)`. */
  label: string
  /** The patch text, when read. */
  text?: string
  body?: { smp: YAMLMap[] } | { ops: Operation[] }
  target?: Selector
  undecidable?: string
  refused?: string
}

interface Kustomization {
  path: string
  file: YamlFile
  resources: Array<{ text: string; node: Node }>
  components: Array<{ text: string; node: Node }>
  images: Override[]
  /** `patchesStrategicMerge`, then `patches` (before the namespace and names change). */
  patches: PatchEntry[]
  /** `patchesJson6902` (after them). */
  json6902: PatchEntry[]
  namespace?: string
  namePrefix?: string
  nameSuffix?: string
  labels: Map<string, string>
  annotations: Map<string, string>
  /** `replacements`, `transformers` and `generators` entries chaingate does not run, and what they say (the text of a file they name). */
  unapplied: Array<{ key: string; node: Node; text?: string }>
  /** Its `openapi:` schema, which changes how strategic-merge patches merge the lists of custom resources. */
  openapi: boolean
}

/** Where a scalar is written (its file, located on demand, or a fixed place) and the patch that wrote it. */
interface Origin {
  file?: { path: string; lineCounter: LineIndex }
  location?: Location
  by?: string
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
 * Whether a patch chaingate cannot apply may change images: what it writes mentions them (`image`,
 * `containers`, `volumes`, a pod `template`), it deletes or replaces (`$patch`), it removes or replaces the
 * whole `spec` or resource (`path: /spec`, `path: ""`, `spec: null`), or it is not known at all.
 */
export function mayChangeImages(text: string | undefined): boolean {
  return (
    text === undefined ||
    /image|ontainers|volumes|\$patch|template/i.test(text) ||
    /\/spec(?![\w/-])/.test(text) ||
    /["']?(?:path|from)["']?\s*:\s*(?:""|''|\/?\s*(?:[,}\]]|$))/m.test(text) ||
    /\bspec["']?\s*:\s*(?:null|~)\s*(?:[,}]|$)/m.test(text)
  )
}

/** A `target:` as a selector (`group`, `version`, `kind`, `name`, `namespace`, `labelSelector`, `annotationSelector`); another key is not read. */
function selectorOf(node: Node | null | undefined): Selector {
  const selector: Record<string, string> = {}
  if (!isMap(node)) throw new Refused('target is not a mapping')
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (!['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'].includes(key))
      throw new Undecidable(`target field ${JSON.stringify(key)} is not read by chaingate`)
    if (!isScalar(pair.value) && pair.value !== null) throw new Refused(`target.${key} is not a string`)
    const value = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : ''
    if (value) selector[key] = value
  }
  return selector
}

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
  const manifests = new Map<string, YAMLMap[]>()
  /** Where each scalar of a manifest or patch is written, and by which patch. */
  const origins = new WeakMap<Node, Origin>()
  /** An image an `images:` entry wrote, and the image it replaced (as written in a manifest or a patch). */
  const overrides = new WeakMap<Node, { override: Override & { path: string }; before: Node }>()
  const problem = (where: string, message: string, node?: Node, file?: YamlFile): void => {
    problems.push({ path: where, message, kind: 'kustomize', ...(node && file ? { location: locate(file, unquotedRange(node)) } : {}) })
  }
  /** Each scalar of a document mapped to one origin (located on demand: most are never reported). */
  const register = (root: Node | null, where: Origin['file'] | Location, by?: string): void => {
    const origin: Origin = { ...(where && 'lineCounter' in where ? { file: where } : { location: where as Location }), ...(by ? { by } : {}) }
    for (const scalar of allScalars(root)) origins.set(scalar, origin)
  }
  const locationOf = (node: Node): Location | undefined => {
    const origin = origins.get(node)
    return origin?.location ?? (origin?.file ? locate(origin.file, unquotedRange(node)) : undefined)
  }

  /** A patch's text parsed, its scalars located where written: in the patch file, or inside the inline text (a `|` block), else at the inline text's start. */
  const parsePatch = (
    text: string,
    label: string,
    where: { file: string } | { scalar: Scalar; kustomization: Kustomization['file'] }
  ): Pick<PatchEntry, 'body' | 'refused'> => {
    let documents: Array<Node | null>
    if ('file' in where) {
      const parsed = manifestDocuments(where.file, text)
      if (parsed.problems.length > 0) return { refused: `the patch does not parse: ${parsed.problems[0]!.message}` }
      documents = parsed.documents.map(({ doc, file }) => {
        register(doc.contents, file, label)
        return doc.contents
      })
    } else {
      const value = manifestDocuments(where.kustomization.path, text)
      if (value.problems.length > 0) return { refused: `the patch does not parse: ${value.problems[0]!.message}` }
      documents = value.documents.map(({ doc }) => doc.contents)
      const { scalar, kustomization } = where
      let placed = false
      if (scalar.type === 'BLOCK_LITERAL') {
        // The block's lines as written (indented), earlier lines blanked: offsets give the kustomization's lines and columns.
        const from = kustomization.text.indexOf('\n', scalar.start) + 1
        const lines = kustomization.text.slice(0, from).split('\n').length - 1
        const inPlace = '\n'.repeat(lines) + kustomization.text.slice(from, scalar.end)
        const parsed = manifestDocuments(kustomization.path, inPlace)
        if (
          parsed.problems.length === 0 &&
          JSON.stringify(parsed.documents.map(({ doc }) => toJS(doc.contents))) === JSON.stringify(documents.map((root) => toJS(root)))
        ) {
          documents = parsed.documents.map(({ doc, file }) => {
            register(doc.contents, file, label)
            return doc.contents
          })
          placed = true
        }
      }
      if (!placed) {
        const at = locate(kustomization, unquotedRange(scalar))
        for (const root of documents) register(root, at, label)
      }
    }
    const roots = documents.filter((root): root is Node => root !== null)
    if (roots.length === 0) return { refused: 'the patch is empty' }
    if (roots.length === 1 && isSeq(roots[0])) return { body: { ops: operations(roots[0]) } }
    if (!roots.every((root) => isMap(root))) return { refused: 'unable to parse the patch as a strategic-merge or JSON patch' }
    return { body: { smp: roots as YAMLMap[] } }
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
    // What kustomize also does that can change images and chaingate does not: inflated Helm charts.
    const field = (key: string): Entry | undefined => entry(doc, doc.contents, key)
    const helmCharts = field('helmCharts')
    if (helmCharts?.value && (asSeq(doc, helmCharts.value)?.items.length ?? 0) > 0)
      problem(relative, 'helmCharts are not inflated: the images those charts deploy are not known', helmCharts.keyNode, parsed.file)
    // Replacements, transformer and generator plugins: not run by chaingate (each entry inline, or a file it names).
    const unapplied: Kustomization['unapplied'] = []
    for (const key of ['replacements', 'transformers', 'generators']) {
      for (const item of asSeq(doc, field(key)?.value)?.items ?? []) {
        if (!item) continue
        const named = isScalar(item) ? scalarText(doc, item)?.trim() : scalarText(doc, entry(doc, item, 'path')?.value)?.trim()
        let text: string | undefined = named === undefined ? JSON.stringify(toJS(item)) : undefined
        if (named !== undefined && !named.includes('\n')) {
          const where = localPath({ path: relative, file: parsed.file }, { text: named, node: item }, key, false)
          const got = where === null ? undefined : read(where)
          if (where !== null) listed.add(where)
          text = got?.ok ? got.text : undefined
        } else if (named !== undefined) text = named
        unapplied.push({ key, node: item, ...(text !== undefined ? { text } : {}) })
      }
    }
    const patches: PatchEntry[] = []
    const json6902: PatchEntry[] = []
    for (const key of ['patchesStrategicMerge', 'patches', 'patchesJson6902']) {
      for (const [index, item] of (asSeq(doc, field(key)?.value)?.items ?? []).entries()) {
        if (!item) continue
        const label = `${key}[${index}] of ${relative}`
        const patch: PatchEntry = { node: item, label }
        ;(key === 'patchesJson6902' ? json6902 : patches).push(patch)
        try {
          let inline: Scalar | undefined
          let named: string | undefined
          if (key === 'patchesStrategicMerge') {
            // kustomize reads an entry as patch text first, as a file name when it is not a resource.
            const written = scalarText(doc, item)
            if (written === undefined || !isScalar(item)) throw new Refused('the entry is not a string')
            if (written.includes('\n') || /^\s*\{/.test(written)) inline = item
            else named = written.trim()
          } else {
            if (!isMap(item)) throw new Refused('the entry is not a mapping')
            const fields = new Map(entries(doc, item).map((one) => [one.key, one.value]))
            if (fields.has('target')) patch.target = selectorOf(fields.get('target'))
            else if (key === 'patchesJson6902') throw new Refused('a patchesJson6902 entry must have a target')
            if (key === 'patchesJson6902' && !patch.target?.name) throw new Refused('a patchesJson6902 target must have a name')
            const value = fields.get('patch')
            const file = scalarText(doc, fields.get('path'))
            if (isScalar(value) && value.value !== null && String(value.value).trim() !== '') inline = value
            if (file && inline) throw new Refused('patch and path cannot both be set')
            if (!file && !inline) throw new Refused('one of patch and path must be set')
            named = file?.trim()
          }
          const options = isMap(item) ? get(item, 'options') : undefined
          if (inline) {
            patch.text = String(inline.value).trim()
            Object.assign(patch, parsePatch(patch.text, label, { scalar: inline, kustomization: parsed.file }))
          } else if (named !== undefined) {
            const where = localPath({ path: relative, file: parsed.file }, { text: named, node: item }, 'patch', false)
            if (where === null) throw new Undecidable(`patch ${named} is not read (remote or outside the workspace)`)
            // A patch file is part of the kustomization, not a manifest deployed by itself.
            listed.add(where)
            const got = read(where)
            if (!got.ok) throw new Undecidable(`patch ${named} cannot be read (${got.reason})`)
            patch.text = got.text
            patch.label = `${where} (${label})`
            Object.assign(patch, parsePatch(got.text, patch.label, { file: where }))
          }
          if (
            isMap(options) &&
            ['allowNameChange', 'allowKindChange'].some((option) => isScalar(get(options, option)) && (get(options, option) as Scalar).value === true)
          )
            throw new Undecidable('options allowNameChange / allowKindChange are not applied by chaingate')
          if (key === 'patchesJson6902' && patch.body && !('ops' in patch.body)) throw new Refused('a patchesJson6902 patch must be a list of operations')
          if (key === 'patchesStrategicMerge' && patch.body && !('smp' in patch.body)) throw new Refused('a patchesStrategicMerge patch must be resources')
          if (patch.body && 'smp' in patch.body)
            for (const resource of patch.body.smp)
              if (!idOf(resource).kind || !idOf(resource).name) throw new Refused('a strategic-merge patch must have a kind and a metadata.name')
          if (patch.body && 'smp' in patch.body && patch.target && patch.body.smp.length > 1)
            throw new Refused('several strategic-merge patches in one entry cannot have a target')
        } catch (error) {
          if (error instanceof Undecidable) patch.undecidable = error.message
          else if (error instanceof Refused) patch.refused = error.message
          else throw error
        }
      }
    }
    const scalar = (key: string): string | undefined => scalarText(doc, field(key)?.value)?.trim() || undefined
    const pairs = (key: string): Map<string, string> =>
      new Map(entries(doc, field(key)?.value).flatMap((one) => (scalarText(doc, one.value) !== undefined ? [[one.key, scalarText(doc, one.value)!]] : [])))
    const labels = pairs('commonLabels')
    for (const item of asSeq(doc, field('labels')?.value)?.items ?? [])
      for (const one of entries(doc, entry(doc, item, 'pairs')?.value)) labels.set(one.key, scalarText(doc, one.value) ?? '')
    const kustomization: Kustomization = {
      path: relative,
      file: parsed.file,
      resources: [...list('resources'), ...list('bases')],
      components: list('components'),
      images,
      patches,
      json6902,
      labels,
      annotations: pairs('commonAnnotations'),
      unapplied,
      openapi: field('openapi') !== undefined,
      ...(scalar('namespace') ? { namespace: scalar('namespace')! } : {}),
      ...(scalar('namePrefix') ? { namePrefix: scalar('namePrefix')! } : {}),
      ...(scalar('nameSuffix') ? { nameSuffix: scalar('nameSuffix')! } : {})
    }
    loaded.set(relative, kustomization)
    return kustomization
  }

  /** A path a kustomization names, inside the workspace; null (a problem recorded when `report`) for a remote or escaping one. */
  const localPath = (from: { path: string; file: YamlFile }, item: { text: string; node: Node }, what: string, report = true): string | null => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item.text) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(item.text) || item.text.includes('?ref=')) {
      if (report) problem(from.path, `remote ${what} ${item.text} is not fetched: the images it deploys are not known`, item.node, from.file)
      return null
    }
    const joined = workspacePath(path.posix.dirname(from.path), item.text)
    if (joined === undefined) {
      if (report) problem(from.path, `${what} ${item.text} is outside the workspace: not read`, item.node, from.file)
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

  /** The resources of a manifest file (a `List`'s items each one), parsed once; each build takes copies. */
  const resourcesOf = (relative: string): YAMLMap[] => {
    let found = manifests.get(relative)
    if (!found) {
      found = []
      const text = read(relative)
      if (!text.ok) problem(relative, `cannot read: ${text.reason}`)
      else {
        const parsed = manifestDocuments(relative, text.text)
        problems.push(...parsed.problems.map((item) => ({ ...item, kind: 'kubernetes' as const })))
        for (const { doc, file } of parsed.documents) {
          // The copy expands aliases: an alias bomb would exhaust memory there. Its images are not known.
          const limit = doc.nodes + MAX_ALIAS_NODES
          if (doc.aliases > 0 && expandedSize(doc.contents, limit) > limit) {
            problems.push({
              path: relative,
              message: `aliases add more than ${MAX_ALIAS_NODES} nodes to a document: refusing a possible alias bomb, its images are not known`,
              kind: 'kubernetes'
            })
            continue
          }
          register(doc.contents, file)
          const root = clone(doc.contents)
          const kind = isMap(root) ? idOf(root).kind : ''
          const items = get(root, 'items')
          if (kind.endsWith('List') && isSeq(items)) found.push(...items.items.filter((item): item is YAMLMap => isMap(item)))
          else if (isMap(root)) found.push(root)
        }
      }
      manifests.set(relative, found)
    }
    return found
  }

  /** A patch applied to the resources gathered so far (`into`, changed in place), or reported with the resources it leaves unknown. */
  const applyPatch = (from: Kustomization, patch: PatchEntry, into: Resource[]): void => {
    let targets: Resource[] = into
    const fail = (reason: string, refused: boolean): void => {
      if (!refused && !mayChangeImages(patch.text)) return
      problem(
        from.path,
        refused
          ? `${patch.label} makes kustomize build fail (${reason}): the images this kustomization deploys are not known`
          : `${patch.label} is not applied by chaingate (${reason}): the images it may change are not known`,
        patch.node,
        from.file
      )
      const why = refused ? `${patch.label} makes kustomize build fail (${reason})` : `${patch.label} may change it and is not applied by chaingate (${reason})`
      for (const resource of targets) resource.unknown ??= why
    }
    if (patch.undecidable !== undefined || patch.refused !== undefined || !patch.body) {
      // The resources its target selects, when chaingate can tell (else all of them).
      try {
        if (patch.target) targets = into.filter(compileSelector(patch.target))
      } catch (error) {
        if (!(error instanceof Undecidable) && !(error instanceof Refused)) throw error
      }
      fail(patch.undecidable ?? patch.refused ?? 'not read', patch.refused !== undefined)
      return
    }
    try {
      if (patch.target) targets = into.filter(compileSelector(patch.target))
      const apply = (resource: Resource, smp: YAMLMap): void => {
        if (from.openapi && idOf(resource.root).group.includes('.'))
          throw new Undecidable(`the kustomization's openapi schema decides how ${idText(idOf(resource.root))} is merged, which chaingate does not read`)
        const merged = applyStrategicMerge(resource, smp)
        if (merged === null) into.splice(into.indexOf(resource), 1)
        else resource.root = merged
      }
      if ('ops' in patch.body) {
        if (!patch.target) throw new Refused('a JSON patch must have a target')
        for (const resource of targets) {
          try {
            applyJsonPatch(resource, patch.body.ops)
          } catch (error) {
            if (!(error instanceof Refused) && !(error instanceof Undecidable)) throw error
            targets = [resource]
            throw error
          }
        }
      } else if (patch.target) {
        for (const resource of [...targets]) apply(resource, patch.body.smp[0]!)
      } else {
        for (const smp of patch.body.smp) {
          const id = idOf(smp)
          const matching = into.filter((resource) => [...resource.prev, idOf(resource.root)].some((other) => sameId(other, id)))
          if (matching.length !== 1) throw new Refused(`${matching.length === 0 ? 'no resource matches' : 'several resources match'} ${idText(id)}`)
          targets = matching
          apply(matching[0]!, smp)
        }
      }
    } catch (error) {
      if (error instanceof Undecidable) fail(error.message, false)
      else if (error instanceof Refused) fail(error.message, true)
      else throw error
    }
  }

  /** namespace, namePrefix, nameSuffix, labels and annotations, on the metadata later selectors and patches match. */
  const renameAndLabel = (from: Kustomization, into: Resource[]): void => {
    for (const resource of into) {
      const id = idOf(resource.root)
      const metadata = get(resource.root, 'metadata')
      if (!isMap(metadata)) continue
      const setField = (key: string, value: Node | null): void => {
        const pair = metadata.items.find((item) => isScalar(item.key) && item.key.value === key)
        if (pair) pair.value = value
        else metadata.items.push(new Pair(new Scalar(key, 'PLAIN', 0, 0), value))
      }
      if (from.namespace && !isClusterScoped(id.kind)) {
        resource.prev.push(idOf(resource.root))
        setField('namespace', new Scalar(from.namespace, 'PLAIN', 0, 0))
      }
      const skip = ['CustomResourceDefinition', 'APIService', 'Namespace'].includes((resource.prev[0] ?? id).kind)
      if (!skip && from.namePrefix) {
        resource.prev.push(idOf(resource.root))
        setField('name', new Scalar(from.namePrefix + idOf(resource.root).name, 'PLAIN', 0, 0))
      }
      if (!skip && from.nameSuffix) {
        resource.prev.push(idOf(resource.root))
        setField('name', new Scalar(idOf(resource.root).name + from.nameSuffix, 'PLAIN', 0, 0))
      }
      for (const [key, values] of [
        ['labels', from.labels],
        ['annotations', from.annotations]
      ] as const) {
        if (values.size === 0) continue
        let map = get(metadata, key)
        if (!isMap(map)) {
          map = new YAMLMap(metadata.range, false)
          setField(key, map)
        }
        for (const [name, value] of values) {
          const pair = (map as YAMLMap).items.find((item) => isScalar(item.key) && String(item.key.value) === name)
          const scalar = new Scalar(value, 'PLAIN', 0, 0)
          if (pair) pair.value = scalar
          else (map as YAMLMap).items.push(new Pair(new Scalar(name, 'PLAIN', 0, 0), scalar))
        }
      }
    }
  }

  /** A kustomization's `images:` entries applied, in order, to every resource gathered so far. */
  const applyImages = (from: Kustomization, into: Resource[]): void => {
    for (const override of from.images) {
      for (const resource of into) {
        for (const found of resourceImages(resource.root, locateNode)) {
          const list = found.field?.slice(found.field.lastIndexOf('/') + 1)
          const volume = VOLUME_FIELD_SPECS.has(found.field ?? '')
          if (list !== 'containers' && list !== 'initContainers' && !volume) continue
          let changed = applyOverride(found.image, override)
          if (changed !== null && FIELD_SPECS.has(found.field!)) changed = applyOverride(changed, override) ?? changed
          if (changed === null || changed === found.image) continue
          const scalar = new Scalar(changed, 'PLAIN', 0, 0)
          overrides.set(scalar, { override: { ...override, path: from.path }, before: overrides.get(found.node)?.before ?? found.node })
          origins.set(scalar, { location: override.location })
          found.pair.value = scalar
        }
      }
    }
  }

  const locateNode = (node: Node): Location => locationOf(node) ?? { path: '', startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 }

  /** Adds what `relative` deploys to `into`, its patches and `images:` applied to all of `into` (a component changes its parent's resources too). */
  let builds = 0
  const build = (relative: string, into: Resource[], stack: string[]): void => {
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
        for (const root of resourcesOf(target.manifest)) into.push({ root: clone(root) as YAMLMap, prev: [], path: target.manifest })
      } else {
        listed.add(target.kustomization)
        const own: Resource[] = []
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
    for (const patch of kustomization.patches) applyPatch(kustomization, patch, into)
    renameAndLabel(kustomization, into)
    for (const patch of kustomization.json6902) applyPatch(kustomization, patch, into)
    applyImages(kustomization, into)
    for (const { key, node, text } of kustomization.unapplied) {
      if (key !== 'generators' && !mayChangeImages(text)) continue
      const what = key === 'generators' ? 'the resources it generates are not known' : 'the images it may change are not known'
      problem(relative, `${key} are not run by chaingate: ${what}`, node, kustomization.file)
      if (key !== 'generators') for (const resource of into) resource.unknown ??= `${key} of ${relative} may change it and are not run by chaingate`
    }
  }

  const kustomizations = roots ? [...roots] : [...files].filter((relative) => isKustomizationName(relative) && !ignored(relative))
  const deployed = new Map<string, Resource[]>()
  for (const relative of kustomizations) {
    const into: Resource[] = []
    build(relative, into, [])
    deployed.set(relative, into)
  }
  const images: ImageSource[] = []
  const seen = new Set<string>()
  // An image two roots deploy alike (a base's own entry, a manifest left as written) is one source.
  // A kustomization another one lists (a base, given beside its overlays) is deployed through that one.
  for (const [root, resources] of deployed) {
    if (listed.has(root)) continue
    for (const resource of resources) {
      for (const found of resourceImages(resource.root, locateNode)) {
        const written = manifestImageSource(found)
        const change = overrides.get(found.node)
        const by = origins.get(found.node)?.by
        let image: ImageSource = written
        if (change) {
          const before = locationOf(change.before)
          const at = before ? `${before.path}:${before.startLine}` : ''
          const beforeText = isScalar(change.before) ? String(change.before.value).trim() : ''
          image = {
            kind: 'kustomize',
            context: `${written.context} (${at}, ${beforeText}) set by images[${change.override.index}] of ${change.override.path}`,
            location: change.override.location,
            text: written.text
          }
          const parsed = parseImageRef(written.text)
          if (parsed.ok) image.ref = parsed.ref
          else image.unknown = `not a valid image reference: ${parsed.reason}`
        } else if (by) image = { ...written, kind: 'kustomize', context: `${written.context} set by ${by}` }
        if (resource.unknown) {
          delete image.ref
          image.unknown = resource.unknown
        }
        const key = `${image.location?.path}:${image.location?.startLine}:${image.location?.startColumn} ${image.context} ${image.text} ${image.unknown ?? ''}`
        if (seen.has(key)) continue
        seen.add(key)
        images.push(image)
      }
    }
  }
  // A kustomization built under several roots meets its problems once per root.
  const once = new Map(problems.map((item) => [`${item.path}:${item.location?.startLine ?? 0} ${item.message}`, item]))
  return { images, problems: [...once.values()], listed }
}
