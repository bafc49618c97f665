/**
 * Images of an unrendered Helm chart (a folder with `Chart.yaml` and `values.yaml`), read from its values
 * the way charts' templates write them, without running the templates:
 * - an `image:` mapping `{registry, repository, tag, digest}` (`helm create`'s `repository` + `tag`; the
 *   image name may be `image` or `name` instead of `repository`; a digest, or a `sha256:` tag, replaces the
 *   tag as common chart libraries do; a non-empty `global.imageRegistry` replaces the registry, as Bitnami's
 *   and the Prometheus community's charts do, and `global.image.registry` stands for a missing one); an empty tag defaults to the chart's `appVersion`, with a `v`
 *   before it when the chart's templates write `printf "v%s" .Chart.AppVersion` (`unknown` when they also write
 *   `default .Chart.AppVersion`);
 * - an `image:` string, completed by an `imageTag` or `tag` beside it, and by a `hub` (Istio's `hub` /
 *   `global.hub` of it or an enclosing mapping) when the string is a bare name;
 * at any depth (`sidecar.image`), also under `<x>Image` keys (`sysctlImage`, an operator's `postgresqlImage`); an
 * image mapping whose repository is empty leaves the image to the templates (`unknown` when the chart's values
 * name no other image); numbers printed as Helm's templates print them (Helm reads them as float64: `tag: 1.10`
 * is `1.1`); except in a section switched off by default (`enabled: false`, or `create: false`, on
 * the image's mapping or any mapping enclosing it): `helm template` with the defaults renders none of those.
 * An image a template writes as it is (`image: busybox` of `helm create`'s test Pod: no template action on
 * the line) is read too, wherever the template is (a template's own conditions are not evaluated).
 * Subcharts vendored in `charts/` (folders, or `.tgz` archives as `helm dependency build` leaves them) are read as Helm coalesces them: their own values overridden by
 * the parent's values under the dependency's name (or alias) and by the parent's `global`, their `appVersion`
 * for their tags, and skipped when the dependency's `condition` / `tags` switch them off. A parent's values for
 * a dependency that is not vendored cannot take that chart's `appVersion`: such an image without a tag is
 * `unknown`. These are the chart's defaults, not what a release renders with its own values: the kind says
 * so (`helm-values`), and rendered output is read as Kubernetes manifests.
 */
import path from 'node:path'
import { locate, parseYaml, type YamlFile } from '../../workspace/yaml.js'
import { asMap, asSeq, deref, entries, entry, scalarText } from '../../workspace/yaml-nodes.js'
import { isScalar, type Document, type Node } from '../../workspace/yaml-ast.js'
import { unquotedRange } from '../../verify/manifests.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { workspacePath } from './names.js'
import { parseImageRef, startsWithRegistry } from './reference.js'

/** The files of the workspace a chart is read from. */
export interface ChartFiles {
  /** A file's text; undefined when it is absent or cannot be read. */
  read(relative: string): string | undefined
  /** Every workspace path (templates and vendored subcharts are found among them). */
  paths: readonly string[]
}

type Segment = string | number

interface Chart {
  folder: string
  name: string
  /** `type: library`: Helm renders no resource of it. */
  library: boolean
  /** The values file, parsed (an empty document when the chart has none). */
  values?: YamlFile
  appVersion?: string
  /** Images the templates write as they are (`image: busybox` of `helm create`'s test Pod), each where it is written. */
  literal: Array<{ path: string; line: number; column: number; image: string }>
  /** How an empty tag follows `appVersion` in the templates: a prefix, or why it is not known. */
  appVersionTag: { prefix: string } | { unknown: string }
  dependencies: Dependency[]
}

interface Dependency {
  /** The key of the parent's values the subchart's values are under: its alias, else its name. */
  key: string
  name: string
  condition?: string
  tags: string[]
  /** The vendored chart (a folder in `charts/`, or the folder a `file://` repository names), when there is one. */
  chart?: Chart
  /** `version from repository`, for messages. */
  source: string
  /** `charts/<name>-<version>.tgz` when no chart could be read from it (helm-archive.ts reads the others). */
  archive?: string
  /** Where Chart.yaml (or requirements.yaml) lists it. */
  location?: ImageSource['location']
}

/** Values a chart is rendered with, highest precedence first: a parent's values (at the subchart's key) before the chart's own. */
interface Layer {
  file: YamlFile
  at: Segment[]
}

const MAX_DEPTH = 32
/** `image`, and `<x>Image` (`sysctlImage`, `mcImage`, `initImage`): the keys that hold an image. */
const IMAGE_KEY = /^(?:image|[a-z][A-Za-z0-9]*Image)$/
const MAX_SUBCHART_DEPTH = 8
const TEMPLATE_FILE = /\.(?:ya?ml|tpl)$/
/** `printf "v%s" .Chart.AppVersion`, `print "v" .Chart.AppVersion`, `v{{ .Chart.AppVersion }}`: the tag is `v` + appVersion. */
const V_APP_VERSION = /printf?\s+"v(?:%s)?"\s+\(?\s*\$?\.Chart\.AppVersion|\bv\{\{-?\s*\$?\.Chart\.AppVersion/
/** `default .Chart.AppVersion` (`helm create`): the tag is appVersion. */
const PLAIN_APP_VERSION = /default\s+\(?\s*\$?\.Chart\.AppVersion/
/** A container's `image:` a template writes with no template action on its line. */
const LITERAL_IMAGE = /^\s*(?:-\s+)?image:\s*["']?([A-Za-z0-9][\w.\-/:@]*)["']?\s*(?:#.*)?$/

function exact(doc: Document, from: Node | null, segments: Segment[]): Node | null {
  let node: Node | null = deref(doc, from)
  for (const segment of segments) {
    if (typeof segment === 'number') node = asSeq(doc, node)?.items[segment] as Node | null
    else node = entry(doc, node, segment)?.value ?? null
    node = deref(doc, node)
    if (!node) return null
  }
  return node
}

/** The first layer's node at `segments` (a `global` path is read at each values file's root, as Helm copies globals down). */
function lookup(layers: Layer[], segments: Segment[]): { node: Node; layer: Layer } | undefined {
  for (const layer of layers) {
    const node = exact(layer.file.doc, layer.file.doc.contents as Node | null, segments[0] === 'global' ? segments : [...layer.at, ...segments])
    if (node) return { node, layer }
  }
  return undefined
}

/** A scalar as a template prints it: Helm reads every YAML number as a float64, which Go prints as `%v` does. */
function text(layers: Layer[], segments: Segment[]): { value: string; node: Node; layer: Layer } | undefined {
  const found = lookup(layers, segments)
  if (!found) return undefined
  const scalar = deref(found.layer.file.doc, found.node)
  const value = isScalar(scalar) && typeof scalar.value === 'number' ? goFloat(scalar.value) : scalarText(found.layer.file.doc, found.node)?.trim()
  return value !== undefined ? { value, node: found.node, layer: found.layer } : undefined
}

/** A YAML boolean (a quoted `"false"` is a string, which a template's `if` takes as true and Helm's conditions ignore). */
function bool(layers: Layer[], segments: Segment[]): boolean | undefined {
  const found = lookup(layers, segments)
  const scalar = found ? deref(found.layer.file.doc, found.node) : null
  return isScalar(scalar) && typeof scalar.value === 'boolean' ? scalar.value : undefined
}

/** Go's `%v` of a float64: the shortest digits, in exponent form below 1e-4 and from 1e6 (`20231010` prints `2.023101e+07`). */
export function goFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN'
  if (value === 0) return Object.is(value, -0) ? '-0' : '0'
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string]
  const exp = Number(exponent)
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  return String(value)
}

function loadChart(folder: string, files: ChartFiles, problems: ImageSourceProblem[], depth: number): Chart | undefined {
  const join = (name: string): string => (folder === '.' ? name : `${folder}/${name}`)
  const chartText = files.read(join('Chart.yaml'))
  if (chartText === undefined) return undefined
  // A file that does not parse is a problem: what it would say (dependencies, appVersion) is not known.
  const unparsed = (file: string, what: string, failure: { line: number; column: number; message: string }): void => {
    problems.push({
      path: file,
      kind: 'helm-values',
      message: `${what}: ${failure.message}`,
      location: { path: file, startLine: failure.line, startColumn: failure.column, endLine: failure.line, endColumn: failure.column }
    })
  }
  const meta = parseYaml(join('Chart.yaml'), chartText)
  if (!meta.ok) unparsed(join('Chart.yaml'), "Chart.yaml does not parse (the chart's dependencies and appVersion are not known)", meta.failure)
  const metaDoc = meta.ok ? meta.file.doc : undefined
  const field = (node: unknown, key: string): string | undefined => (metaDoc ? scalarText(metaDoc, entry(metaDoc, node, key)?.value)?.trim() : undefined)
  const valuesPath = [join('values.yaml'), join('values.yml')].find((candidate) => files.read(candidate) !== undefined)
  let values: YamlFile | undefined
  if (valuesPath) {
    const parsed = parseYaml(valuesPath, files.read(valuesPath)!)
    if (parsed.ok) values = parsed.file
    else unparsed(valuesPath, 'chart values do not parse', parsed.failure)
  }
  const chart: Chart = {
    folder,
    name: field(metaDoc?.contents, 'name') ?? folder,
    library: field(metaDoc?.contents, 'type') === 'library',
    ...(values ? { values } : {}),
    ...readTemplates(folder, files),
    dependencies: []
  }
  const appVersion = field(metaDoc?.contents, 'appVersion')
  if (appVersion) chart.appVersion = appVersion
  // Dependencies: Chart.yaml's (apiVersion v2) or requirements.yaml's (v1).
  let listed = metaDoc ? asSeq(metaDoc, entry(metaDoc, metaDoc.contents, 'dependencies')?.value) : null
  let listFile = meta.ok ? meta.file : undefined
  const requirements = files.read(join('requirements.yaml'))
  if (!listed && requirements !== undefined) {
    const parsed = parseYaml(join('requirements.yaml'), requirements)
    if (parsed.ok) {
      listFile = parsed.file
      listed = asSeq(listFile.doc, entry(listFile.doc, listFile.doc.contents, 'dependencies')?.value)
    } else unparsed(join('requirements.yaml'), "requirements.yaml does not parse (the chart's dependencies are not known)", parsed.failure)
  }
  const listDoc = listFile?.doc
  const vendored = depth < MAX_SUBCHART_DEPTH ? subchartFolders(folder, files).map((sub) => loadChart(sub, files, problems, depth + 1)) : []
  const used = new Set<Chart>()
  for (const item of listed?.items ?? []) {
    const at = (key: string): string | undefined => (listDoc ? scalarText(listDoc, entry(listDoc, item, key)?.value)?.trim() : undefined)
    const name = at('name')
    if (!name) continue
    let sub = vendored.find((candidate) => candidate?.name === name)
    if (sub) used.add(sub)
    // `file://` repositories: `helm dependency build` vendors that folder of the workspace.
    const repository = at('repository') ?? ''
    const local = repository.startsWith('file://') ? workspacePath(folder, repository.slice('file://'.length)) : undefined
    if (!sub && local !== undefined && depth < MAX_SUBCHART_DEPTH) sub = loadChart(local, files, problems, depth + 1)
    const tags = listDoc ? (asSeq(listDoc, entry(listDoc, item, 'tags')?.value)?.items ?? []).map((tag) => scalarText(listDoc, tag) ?? '') : []
    const condition = at('condition')
    const nameNode = listDoc ? entry(listDoc, item, 'name')?.value : undefined
    const archives = `${join('charts')}/${name}-`
    const archive = sub ? undefined : files.paths.find((file) => file.startsWith(archives) && /^\d[^/]*\.tgz$/.test(file.slice(archives.length)))
    chart.dependencies.push({
      key: at('alias') || name,
      name,
      tags,
      source: `${at('version') ?? 'any version'} from ${repository || 'no repository'}`,
      ...(listFile && nameNode ? { location: locate(listFile, unquotedRange(nameNode)) } : {}),
      ...(condition ? { condition } : {}),
      ...(archive ? { archive } : {}),
      ...(sub ? { chart: sub } : {})
    })
  }
  // A chart in charts/ that no dependency lists is rendered too, under its name.
  for (const sub of vendored) if (sub && !used.has(sub)) chart.dependencies.push({ key: sub.name, name: sub.name, tags: [], source: 'vendored', chart: sub })
  return chart
}

const libraryNames = new WeakMap<readonly string[], Set<string>>()

/** The names of the library charts (`type: library`) of the workspace: a dependency on one deploys nothing. */
function libraries(files: ChartFiles): Set<string> {
  let names = libraryNames.get(files.paths)
  if (names) return names
  names = new Set()
  for (const file of files.paths) {
    if (!/(?:^|\/)Chart\.yaml$/.test(file)) continue
    const body = files.read(file)
    if (body === undefined || !/^type\s*:\s*["']?library\b/m.test(body)) continue
    const name = /^name\s*:\s*["']?([^"'\s#]+)/m.exec(body)?.[1]
    if (name) names.add(name)
  }
  libraryNames.set(files.paths, names)
  return names
}

/** The folders of `folder/charts/` that hold a chart (a `Chart.yaml`). */
function subchartFolders(folder: string, files: ChartFiles): string[] {
  const prefix = folder === '.' ? 'charts/' : `${folder}/charts/`
  const found = new Set<string>()
  for (const file of files.paths) {
    if (!file.startsWith(prefix)) continue
    const rest = file.slice(prefix.length).split('/')
    if (rest.length === 2 && rest[1] === 'Chart.yaml') found.add(`${prefix}${rest[0]}`)
    // An archive's chart, read by helm-archive.ts: `charts/<name>-<version>.tgz/<name>/Chart.yaml`.
    else if (rest.length === 3 && rest[0]!.endsWith('.tgz') && rest[2] === 'Chart.yaml') found.add(`${prefix}${rest[0]}/${rest[1]}`)
  }
  return [...found].sort()
}

/** How the chart's templates turn `appVersion` into a tag, read from their text (never run). */
function readTemplates(folder: string, files: ChartFiles): Pick<Chart, 'appVersionTag' | 'literal'> {
  const prefix = folder === '.' ? 'templates/' : `${folder}/templates/`
  let prefixed = false
  let plain = false
  const literal: Chart['literal'] = []
  for (const file of files.paths) {
    if (!file.startsWith(prefix) || !TEMPLATE_FILE.test(file)) continue
    const body = files.read(file)
    if (body === undefined) continue
    if (/\.ya?ml$/.test(file) && body.includes('image')) {
      body.split('\n').forEach((line, index) => {
        const match = LITERAL_IMAGE.exec(line)
        // `image: auto` is Istio's placeholder, which its sidecar injector replaces.
        if (match && match[1] !== 'auto') literal.push({ path: file, line: index + 1, column: line.indexOf(match[1]!) + 1, image: match[1]! })
      })
    }
    if (!body.includes('AppVersion')) continue
    prefixed ||= V_APP_VERSION.test(body)
    plain ||= PLAIN_APP_VERSION.test(body)
  }
  if (prefixed && plain)
    return {
      literal,
      appVersionTag: {
        unknown:
          'the tag defaults to appVersion, which the templates write both with and without a `v` before it: which one this image gets is left to the templates'
      }
    }
  return { literal, appVersionTag: { prefix: prefixed ? 'v' : '' } }
}

/** Whether Helm renders a dependency with these values: its `condition` (the first path set to a boolean), else its `tags`. */
function dependencyEnabled(dependency: Dependency, parent: Layer[], own: Layer[]): boolean {
  for (const condition of (dependency.condition ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const segments = condition.split('.')
    const found = segments[0] === dependency.key && own.length > 0 ? bool(own, segments.slice(1)) : bool(parent, segments)
    if (found !== undefined) return found
  }
  let anyTrue = false
  let anyFalse = false
  for (const tag of dependency.tags) {
    const value = bool(parent, ['tags', tag])
    anyTrue ||= value === true
    anyFalse ||= value === false
  }
  return anyTrue || !anyFalse
}

export function helmChartImages(folder: string, files: ChartFiles): { images: ImageSource[]; problems: ImageSourceProblem[] } {
  const images: ImageSource[] = []
  const problems: ImageSourceProblem[] = []
  const top = loadChart(folder, files, problems, 0)
  if (!top?.values || top.library) return { images, problems }
  const read = (chart: Chart, layers: Layer[], label: string, depth: number): void => {
    const subKeys = new Map(chart.dependencies.map((dependency) => [dependency.key, dependency]))
    // Image paths found in any layer (a parent may set an image the chart's own values do not have), each once.
    const seen = new Set<string>()
    const found: Array<{ keys: Segment[]; key: string; layer: Layer }> = []
    const visit = (layer: Layer, node: unknown, keys: Segment[], level: number): void => {
      if (level > MAX_DEPTH) return
      const doc = layer.file.doc
      asSeq(doc, node)?.items.forEach((item, index) => visit(layer, item, [...keys, index], level + 1))
      for (const { key, value } of entries(doc, node)) {
        // A vendored subchart's values are read with the subchart (below), as Helm coalesces them.
        if (keys.length === 0 && subKeys.get(key)?.chart) continue
        if (IMAGE_KEY.test(key) && value && (scalarText(doc, value) !== undefined || asMap(doc, value))) {
          const id = JSON.stringify([...keys, key])
          const named = scalarText(doc, value)?.trim() || imageName(layers, keys, key) || emptyName(layers, keys, key)
          if (!seen.has(id) && named) {
            seen.add(id)
            found.push({ keys, key, layer })
          }
          if (scalarText(doc, value) !== undefined || named) continue
        }
        visit(layer, value, [...keys, key], level + 1)
      }
    }
    for (const layer of [...layers].reverse()) visit(layer, exact(layer.file.doc, layer.file.doc.contents as Node | null, layer.at), [], 0)
    // Image mappings with an empty repository (the templates choose the image) are reported only for a chart whose
    // values name no image at all: most such mappings take a global image the values do name (`global.image`).
    const empty: ImageSource[] = []
    const before = images.length
    for (const { keys, key } of found) {
      if (disabled(layers, [...keys, key])) continue
      const dependency = typeof keys[0] === 'string' ? subKeys.get(keys[0]) : undefined
      if (dependency && !dependencyEnabled(dependency, layers, [])) continue
      const image = compose(chart, layers, keys, key, dependency)
      if (image) (image.text === '' ? empty : images).push({ ...image, context: `chart ${label} values ${valuesPath([...keys, key])}` })
    }
    if (images.length === before) images.push(...empty)
    for (const written of chart.literal) {
      const ref = parseImageRef(written.image)
      const location = {
        path: written.path,
        startLine: written.line,
        startColumn: written.column,
        endLine: written.line,
        endColumn: written.column + written.image.length - 1
      }
      const base = {
        kind: 'helm-values' as const,
        context: `chart ${label} template ${written.path.slice(chart.folder === '.' ? 0 : chart.folder.length + 1)}`,
        location,
        text: written.image
      }
      images.push(ref.ok ? { ...base, ref: ref.ref } : { ...base, unknown: `not a valid image reference: ${ref.reason}` })
    }
    if (depth >= MAX_SUBCHART_DEPTH) return
    for (const dependency of chart.dependencies) {
      const sub = dependency.chart
      if (!sub) {
        if (!dependencyEnabled(dependency, layers, []) || libraries(files).has(dependency.name)) continue
        images.push({
          kind: 'helm-values',
          context: `chart ${label} dependency ${dependency.key}`,
          ...(dependency.location ? { location: dependency.location } : {}),
          text: dependency.name,
          unknown: dependency.archive
            ? `dependency ${dependency.name} is vendored as an archive (${dependency.archive}) that chaingate could not read: the images it deploys are not known (vendor it as a folder, or render the chart and judge the output as Kubernetes manifests)`
            : `dependency ${dependency.name} (${dependency.source}) is not vendored in charts/: the images it deploys are not known (vendor it with \`helm dependency build\`, or render the chart and judge the output as Kubernetes manifests; a library chart deploys none)`
        })
        continue
      }
      if (sub.library) continue
      const own: Layer[] = [
        ...layers.map((layer) => ({ file: layer.file, at: [...layer.at, dependency.key] })),
        ...(sub.values ? [{ file: sub.values, at: [] }] : [])
      ]
      if (!dependencyEnabled(dependency, layers, own)) continue
      read(sub, own, `${label}/${dependency.key}`, depth + 1)
    }
  }
  read(top, [{ file: top.values, at: [] }], top.name, 0)
  return { images, problems }
}

/** `a.b[0].image`. */
function valuesPath(keys: Segment[]): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('')
}

/** The image name of an `image:` mapping (`repository`, else `image`, else `name`), from the highest layer that sets one. */
function imageName(layers: Layer[], keys: Segment[], key: string): { value: string; node: Node; layer: Layer } | undefined {
  for (const field of ['repository', 'image', 'name']) {
    const found = text(layers, [...keys, key, field])
    if (found?.value) return found
  }
  return undefined
}

/** An image mapping whose `repository` is written empty (or null): the templates choose the image. */
function emptyName(layers: Layer[], keys: Segment[], key: string): { node: Node; layer: Layer } | undefined {
  const found = lookup(layers, [...keys, key, 'repository'])
  if (!found) return undefined
  const value = scalarText(found.layer.file.doc, found.node)
  return value === undefined || value.trim() === '' ? found : undefined
}

/** Whether the image mapping itself (`sysctlImage.enabled`), or a mapping enclosing it, says `enabled: false` (or `create: false`: Bitnami's Thanos sidecar). */
function disabled(layers: Layer[], keys: Segment[]): boolean {
  for (let length = 0; length <= keys.length; length++) {
    for (const toggle of ['enabled', 'create']) if (bool(layers, [...keys.slice(0, length), toggle]) === false) return true
  }
  return false
}

function compose(chart: Chart, layers: Layer[], keys: Segment[], key: string, dependency: Dependency | undefined): Omit<ImageSource, 'context'> | undefined {
  const source = (node: Node, layer: Layer, written: string, composed: string | null, why?: string): Omit<ImageSource, 'context'> => {
    const base = { kind: 'helm-values' as const, location: locate(layer.file, unquotedRange(node)), text: written }
    if (composed === null) return { ...base, unknown: why! }
    const ref = parseImageRef(composed)
    const resolved = composed !== written ? { resolved: composed } : {}
    return ref.ok ? { ...base, ...resolved, ref: ref.ref } : { ...base, ...resolved, unknown: `not a valid image reference: ${ref.reason}` }
  }
  // The tag an empty tag defaults to: this chart's appVersion, or a non-vendored dependency's (not known).
  const defaultTag = (): { tag: string } | { unknown: string } => {
    if (dependency && !dependency.chart)
      return {
        unknown: `no tag in the values: the tag defaults to the appVersion of dependency ${dependency.name}, which is ${dependency.archive ? `vendored as an archive chaingate could not read (${dependency.archive})` : 'not vendored in charts/'}`
      }
    if (!chart.appVersion) return { unknown: 'no tag in the values and no appVersion in Chart.yaml: the tag is left to the templates' }
    if ('unknown' in chart.appVersionTag) return chart.appVersionTag
    return { tag: `${chart.appVersionTag.prefix}${chart.appVersion}` }
  }
  const whole = text(layers, [...keys, key])
  if (whole) {
    if (!whole.value) return undefined
    return source(whole.node, whole.layer, whole.value, ...completeString(layers, keys, key, whole.value))
  }
  const name = imageName(layers, keys, key)
  if (!name) {
    const empty = emptyName(layers, keys, key)
    return empty
      ? source(
          empty.node,
          empty.layer,
          '',
          null,
          'the image repository is empty in the values: the templates choose the image, which chaingate does not render'
        )
      : undefined
  }
  const field = (name: string): string => text(layers, [...keys, key, name])?.value ?? ''
  // A non-empty `global.imageRegistry` replaces the registry (common chart libraries); `global.image.registry` fills in a missing one (ingress-nginx).
  const registry =
    text(layers, ['global', 'imageRegistry'])?.value ||
    field('registry') ||
    (startsWithRegistry(name.value) ? '' : (text(layers, ['global', 'image', 'registry'])?.value ?? ''))
  const full = registry ? `${registry}/${name.value}` : name.value
  let digest = field('digest') || field('sha')
  let tag = field('tag')
  if (/^sha256:[a-f0-9]{64}$/.test(tag)) [digest, tag] = [tag, '']
  // Reported where the highest-precedence values file writes the image (a parent's override of a subchart's tag).
  let at = name
  for (const name of ['registry', 'tag', 'digest', 'sha']) {
    const written = text(layers, [...keys, key, name])
    if (written?.value && layers.indexOf(written.layer) < layers.indexOf(at.layer)) at = written
  }
  const report = (composed: string | null, why?: string): Omit<ImageSource, 'context'> => source(at.node, at.layer, name.value, composed, why)
  if (digest) return report(`${full}@${digest}`)
  if (tag) {
    const image = report(`${full}:${tag}`)
    // A tag written as a number Helm prints otherwise (`20231010` → `2.023101e+07`): say why it is not valid.
    const tagNode = lookup(layers, [...keys, key, 'tag'])
    const written = tagNode ? deref(tagNode.layer.file.doc, tagNode.node) : null
    if (image.unknown && isScalar(written) && typeof written.value === 'number' && String(written.value) !== tag)
      image.unknown = `the tag is the YAML number ${String(written.value)}, which Helm's templates print as ${tag} (quote it in the values): ${image.unknown}`
    return image
  }
  const fallback = defaultTag()
  return 'tag' in fallback ? report(`${full}:${fallback.tag}`) : report(null, fallback.unknown)
}

/**
 * An `image:` string as the templates complete it: as written when it has a tag or digest; else with the
 * `imageTag` or `tag` beside it, and a bare name (no `/`) behind the nearest `hub` (Istio: `hub` or
 * `global.hub` of the image's mapping or an enclosing one), the tag then from the nearest `tag` /
 * `global.tag` too; a `variant` (a suffix the templates add to the tag) leaves it unknown.
 */
function completeString(layers: Layer[], keys: Segment[], key: string, written: string): [string | null, string?] {
  const parsed = parseImageRef(written)
  if (!parsed.ok || !parsed.ref.defaultTag) return [written]
  const beside = text(layers, [...keys, `${key}Tag`])?.value || (key === 'image' ? text(layers, [...keys, 'tag'])?.value : undefined)
  if (written.includes('/') || written.includes(':')) return [beside ? `${written}:${beside}` : written]
  const nearest = (field: string): string | undefined => {
    for (let length = keys.length; length >= 0; length--) {
      const at = keys.slice(0, length)
      const value = text(layers, [...at, field])?.value || text(layers, [...at, 'global', field])?.value
      if (value) return value
    }
    return undefined
  }
  const hub = nearest('hub')
  if (!hub) return [beside ? `${written}:${beside}` : written]
  if (nearest('variant')) return [null, 'the templates add the `variant` to the tag of this image, which chaingate does not compose']
  const tag = beside || nearest('tag')
  return [`${hub}/${written}${tag ? `:${tag}` : ''}`]
}

/** One chart's images from its values text and Chart.yaml text alone (no templates, no subcharts). */
export function helmValuesImages(relative: string, text: string, chartText: string | undefined): { images: ImageSource[]; problems: ImageSourceProblem[] } {
  const folder = path.posix.dirname(relative)
  const chartPath = folder === '.' ? 'Chart.yaml' : `${folder}/Chart.yaml`
  const texts = new Map<string, string>([[relative, text]])
  texts.set(chartPath, chartText ?? `name: ${folder}\n`)
  return helmChartImages(folder, { read: (file) => texts.get(file), paths: [...texts.keys()] })
}
