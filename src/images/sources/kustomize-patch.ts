/**
 * What a kustomization's patches do to the resources it builds, the way `kustomize build`
 * (sigs.k8s.io/kustomize/api v0.21.2) does it, on the position-keeping YAML trees of src/workspace/yaml-ast.ts
 * (so an image a patch writes keeps the file and line where the patch writes it):
 *
 * - strategic-merge patches (kyaml's merge2, patch items first as kustomize's "prepend" direction puts
 *   them): mappings merged key by key, `null` clears a field, `$patch: delete|replace|merge` on a mapping, a
 *   list or a list item; lists merged by their key only where kustomize's built-in OpenAPI schema (Kubernetes
 *   1.21.2) says so — here the `containers`, `initContainers`, `ephemeralContainers` and `volumes` of a
 *   built-in workload's pod spec (by `name`); every other list (all lists of a custom resource) is replaced.
 * - JSON 6902 patches as gopkg.in/evanphx/json-patch.v4 applies them (add, remove, replace, move, copy,
 *   test; `-` and negative array indices; `replace` of a missing object key adds it).
 * - `target` selectors: group, version, kind, name, namespace as anchored regular expressions (a small
 *   subset of RE2 is run, in a pattern with no quantified group; anything else is not decided), label and
 *   annotation selectors in Kubernetes' syntax, matched against a resource's original or current name and
 *   namespace as kustomize's `Select` does.
 *
 * What cannot be decided throws `Undecidable` (the caller reports it, never guesses); what kustomize refuses
 * throws `Refused` with kustomize's reason.
 */
import { linearRegExp } from '../../runtime/linear-regexp.js'
import { Alias, isMap, isScalar, isSeq, Pair, Scalar, toJS, YAMLMap, YAMLSeq, type Node } from '../../workspace/yaml-ast.js'

/** chaingate cannot tell what kustomize makes of it. */
export class Undecidable extends Error {}
/** `kustomize build` fails on it. */
export class Refused extends Error {}

export interface ResId {
  group: string
  version: string
  kind: string
  name: string
  namespace: string
}

export interface Resource {
  root: YAMLMap
  /** Its ids before a namespace, prefix or suffix changed it (the first is its original id). */
  prev: ResId[]
  /** The manifest it is read from. */
  path: string
  /** Why its images are not known (a patch chaingate could not apply to it). */
  unknown?: string
}

export interface Selector {
  group?: string
  version?: string
  kind?: string
  name?: string
  namespace?: string
  labelSelector?: string
  annotationSelector?: string
}

// ------------------------------------------------------------------------------------------------- trees

/** A copy of the tree (aliases expanded) sharing its scalars, which are never changed in place. */
export function clone(node: Node | null): Node | null {
  if (node === null) return null
  if (node instanceof Alias) return clone(node.target)
  if (isScalar(node)) return node
  if (isSeq(node)) {
    const seq = new YAMLSeq(node.range, node.flow)
    seq.items = node.items.map(clone)
    return seq
  }
  const map = new YAMLMap(node.range, node.flow)
  map.items = node.items.map((pair) => new Pair(clone(pair.key)!, clone(pair.value)))
  return map
}

const keyOf = (pair: Pair): string | undefined => (isScalar(pair.key) ? String(pair.key.value) : undefined)

export function get(map: Node | null | undefined, key: string): Node | null | undefined {
  if (!isMap(map)) return undefined
  return map.items.find((pair) => keyOf(pair) === key)?.value
}

function set(map: YAMLMap, key: string, value: Node | null): void {
  const pair = map.items.find((item) => keyOf(item) === key)
  if (pair) pair.value = value
  else map.items.push(new Pair(new Scalar(key, 'PLAIN', map.range[0], map.range[0]), value))
}

function remove(map: YAMLMap, key: string): boolean {
  const at = map.items.findIndex((pair) => keyOf(pair) === key)
  if (at >= 0) map.items.splice(at, 1)
  return at >= 0
}

const text = (node: Node | null | undefined): string => (isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : '')
const isNull = (node: Node | null | undefined): boolean => node === null || (isScalar(node) && node.value === null)

export function stringMap(node: Node | null | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (isMap(node)) for (const pair of node.items) if (keyOf(pair) !== undefined) out.set(keyOf(pair)!, text(pair.value))
  return out
}

// ------------------------------------------------------------------------------------------------- ids

/** Built-in kinds that are not namespaced (a kind kustomize's schema does not know counts as namespaced). */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment'
])

export function idOf(root: Node | null): ResId {
  const apiVersion = text(get(root, 'apiVersion'))
  const slash = apiVersion.indexOf('/')
  const metadata = get(root, 'metadata')
  return {
    group: slash >= 0 ? apiVersion.slice(0, slash) : '',
    version: slash >= 0 ? apiVersion.slice(slash + 1) : apiVersion,
    kind: text(get(root, 'kind')),
    name: text(get(metadata, 'name')),
    namespace: text(get(metadata, 'namespace'))
  }
}

export const isClusterScoped = (kind: string): boolean => CLUSTER_SCOPED.has(kind)

function effectiveNamespace(id: ResId): string {
  if (isClusterScoped(id.kind)) return '_non_namespaceable_'
  return id.namespace === '' ? 'default' : id.namespace
}

export function sameId(a: ResId, b: ResId): boolean {
  return a.group === b.group && a.version === b.version && a.kind === b.kind && a.name === b.name && effectiveNamespace(a) === effectiveNamespace(b)
}

export function idText(id: ResId): string {
  return `${id.group ? `${id.group}/` : ''}${id.version}/${id.kind}/${id.namespace ? `${id.namespace}/` : ''}${id.name}`
}

// ------------------------------------------------------------------------------------------------- selectors

/**
 * An RE2 pattern of a selector as a JavaScript regular expression anchored as kustomize anchors it, when it
 * is in the subset read here: characters, escapes of punctuation, `.`, classes, `|`, groups that are not
 * quantified, and `?`, `*`, `+` on a single character or class (at most 8); anything else is undecidable.
 * It runs on V8's linear-time engine, so no pattern from a repository makes the check backtrack.
 */
export function selectorRegex(pattern: string): RegExp {
  let quantifiers = 0
  let depth = 0
  let out = ''
  for (let at = 0; at < pattern.length; at += 1) {
    const c = pattern[at]!
    if (c === '\\') {
      const next = pattern[at + 1]
      if (next === undefined || /[A-Za-z0-9]/.test(next)) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses an escape chaingate does not read`)
      out += `\\${next}`
      at += 1
    } else if (c === '[') {
      const end = pattern.indexOf(']', at + 2)
      const body = end < 0 ? '' : pattern.slice(at + 1, end)
      if (end < 0 || !/^\^?[A-Za-z0-9._-]+$/.test(body) || /\[:/.test(body))
        throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a character class chaingate does not read`)
      out += `[${body.replace(/[.]/g, '\\.')}]`
      at = end
    } else if (c === '(') {
      if (pattern[at + 1] === '?') {
        if (pattern[at + 2] !== ':') throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a group chaingate does not read`)
        at += 2
      }
      depth += 1
      out += '(?:'
    } else if (c === ')') {
      if ((depth -= 1) < 0) throw new Refused(`the pattern ${JSON.stringify(pattern)} does not compile`)
      if (/[*+?{]/.test(pattern[at + 1] ?? '')) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} quantifies a group, which chaingate does not run`)
      out += ')'
    } else if (c === '*' || c === '+' || c === '?') {
      const previous = out[out.length - 1]
      if (previous === undefined || previous === '|' || previous === '(' || previous === ':' || /[*+?]/.test(previous))
        throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a quantifier chaingate does not read`)
      if ((quantifiers += 1) > 8) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} has more quantifiers than chaingate runs`)
      out += c
    } else if (c === '{' || c === '}' || c === '^' || c === '$') {
      throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses ${c}, which chaingate does not read in a selector`)
    } else out += c === '.' || c === '|' ? c : c.replace(/[/]/g, '\\/')
  }
  if (depth !== 0) throw new Refused(`the pattern ${JSON.stringify(pattern)} does not compile`)
  try {
    RegExp(`^(?:${out})$`)
  } catch {
    throw new Undecidable(`the pattern ${JSON.stringify(pattern)} is not one chaingate reads`)
  }
  // Run in linear time (src/runtime/linear-regexp.ts): a pattern from a repository must not stall the check.
  const linear = linearRegExp(`^(?:${out})$`)
  if (!linear) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} cannot be run in linear time by this Node, so chaingate does not run it`)
  return linear
}

type Requirement = { key: string; op: 'exists' | '!exists' | 'in' | 'notin'; values: string[] }

const LABEL_KEY = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/
const LABEL_VALUE = /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/

/** A Kubernetes label selector (`app=web,tier in (a,b),!legacy`); what it cannot read is undecidable. */
export function parseLabelSelector(selector: string): Requirement[] {
  const requirements: Requirement[] = []
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let at = 0; at < selector.length; at += 1) {
    if (selector[at] === '(') depth += 1
    else if (selector[at] === ')') depth -= 1
    else if (selector[at] === ',' && depth === 0) {
      parts.push(selector.slice(start, at))
      start = at + 1
    }
  }
  parts.push(selector.slice(start))
  for (const raw of parts) {
    const part = raw.trim()
    if (part === '') {
      if (parts.length === 1) continue
      throw new Refused(`the selector ${JSON.stringify(selector)} does not parse`)
    }
    let match: RegExpExecArray | null
    const key = (value: string): string => {
      if (!LABEL_KEY.test(value)) throw new Refused(`the selector ${JSON.stringify(selector)} does not parse: ${JSON.stringify(value)} is not a label key`)
      return value
    }
    const value = (value: string): string => {
      if (!LABEL_VALUE.test(value)) throw new Refused(`the selector ${JSON.stringify(selector)} does not parse: ${JSON.stringify(value)} is not a label value`)
      return value
    }
    if ((match = /^!\s*([^\s=!(),]+)$/.exec(part))) requirements.push({ key: key(match[1]!), op: '!exists', values: [] })
    else if ((match = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(part)))
      requirements.push({ key: key(match[1]!), op: match[2] === '!=' ? 'notin' : 'in', values: [value(match[3]!)] })
    else if ((match = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part)))
      requirements.push({ key: key(match[1]!), op: match[2] as 'in' | 'notin', values: match[3]!.split(',').map((item) => value(item.trim())) })
    else if ((match = /^([^\s=!(),]+)$/.exec(part))) requirements.push({ key: key(match[1]!), op: 'exists', values: [] })
    else throw new Undecidable(`the selector ${JSON.stringify(selector)} is not one chaingate reads`)
  }
  return requirements
}

function matchesRequirements(requirements: Requirement[], labels: Map<string, string>): boolean {
  return requirements.every(({ key, op, values }) => {
    const has = labels.has(key)
    if (op === 'exists') return has
    if (op === '!exists') return !has
    if (op === 'in') return has && values.includes(labels.get(key)!)
    return !has || !values.includes(labels.get(key)!)
  })
}

/** kustomize's `Select`: the resources a target picks (original or current name and namespace; current kind and labels). */
export function compileSelector(selector: Selector): (resource: Resource) => boolean {
  const regex = (value: string | undefined): RegExp | undefined => (value ? selectorRegex(value) : undefined)
  const [group, version, kind, name, namespace] = [selector.group, selector.version, selector.kind, selector.name, selector.namespace].map(regex)
  const labels = selector.labelSelector ? parseLabelSelector(selector.labelSelector) : undefined
  const annotations = selector.annotationSelector ? parseLabelSelector(selector.annotationSelector) : undefined
  return (resource) => {
    const current = idOf(resource.root)
    const original = resource.prev[0] ?? current
    if (namespace && !namespace.test(effectiveNamespace(original)) && !namespace.test(effectiveNamespace(current))) return false
    if (name && !name.test(original.name) && !name.test(current.name)) return false
    if (group && !group.test(current.group)) return false
    if (version && !version.test(current.version)) return false
    if (kind && !kind.test(current.kind)) return false
    const metadata = get(resource.root, 'metadata')
    if (labels && !matchesRequirements(labels, stringMap(get(metadata, 'labels')))) return false
    if (annotations && !matchesRequirements(annotations, stringMap(get(metadata, 'annotations')))) return false
    return true
  }
}

// ------------------------------------------------------------------------------------------------- strategic merge

/** Where each built-in workload's pod spec is, for the kinds of kustomize's schema (Kubernetes 1.21.2). */
const POD_SPECS: Record<string, string> = {
  'v1/Pod': 'spec',
  'v1/PodTemplate': 'template/spec',
  'v1/ReplicationController': 'spec/template/spec',
  'apps/v1/Deployment': 'spec/template/spec',
  'apps/v1/StatefulSet': 'spec/template/spec',
  'apps/v1/DaemonSet': 'spec/template/spec',
  'apps/v1/ReplicaSet': 'spec/template/spec',
  'apps/v1beta1/Deployment': 'spec/template/spec',
  'apps/v1beta1/StatefulSet': 'spec/template/spec',
  'apps/v1beta2/Deployment': 'spec/template/spec',
  'apps/v1beta2/StatefulSet': 'spec/template/spec',
  'apps/v1beta2/DaemonSet': 'spec/template/spec',
  'apps/v1beta2/ReplicaSet': 'spec/template/spec',
  'extensions/v1beta1/Deployment': 'spec/template/spec',
  'extensions/v1beta1/DaemonSet': 'spec/template/spec',
  'extensions/v1beta1/ReplicaSet': 'spec/template/spec',
  'batch/v1/Job': 'spec/template/spec',
  'batch/v1/CronJob': 'spec/jobTemplate/spec/template/spec',
  'batch/v1beta1/CronJob': 'spec/jobTemplate/spec/template/spec'
}
const KEYED_LISTS = ['containers', 'initContainers', 'ephemeralContainers', 'volumes']

/** The paths (`spec/template/spec/containers`) of the lists merged by `name` in a resource of this apiVersion and kind. */
function keyedLists(root: Node | null): Set<string> {
  const apiVersion = text(get(root, 'apiVersion'))
  const at = POD_SPECS[`${apiVersion}/${text(get(root, 'kind'))}`]
  return new Set(at ? KEYED_LISTS.map((list) => `${at}/${list}`) : [])
}

type Directive = 'merge' | 'delete' | 'replace'
const DIRECTIVE = '$patch'

function mapDirective(patch: YAMLMap): Directive {
  const value = get(patch, DIRECTIVE)
  if (value === undefined) return 'merge'
  const written = text(value)
  if (written === 'merge' || written === 'delete' || written === 'replace') return written
  throw new Refused(`unknown patch strategy ${JSON.stringify(written)}`)
}

/** A patch's mapping without its `$patch` key (a copy), others of kustomize's `$` keys refused as not read. */
function elided(patch: YAMLMap): YAMLMap {
  const copy = new YAMLMap(patch.range, patch.flow)
  for (const pair of patch.items) {
    const key = keyOf(pair)
    if (key === DIRECTIVE) continue
    if (key?.startsWith('$')) throw new Undecidable(`the patch directive ${key} is not applied by chaingate`)
    copy.items.push(pair)
  }
  return copy
}

/** What a patch adds where the resource has nothing: a copy, `$patch` keys dropped and `$patch: delete` items removed (as merging it with itself does). */
function added(node: Node | null): Node | null {
  const copy = clone(node)
  const clean = (item: Node | null): Node | null => {
    if (isMap(item)) {
      if (mapDirective(item) === 'delete') return null
      const out = elided(item)
      for (const pair of out.items) pair.value = clean(pair.value)
      out.items = out.items.filter((pair) => pair.value !== null || !isMap(get(item, keyOf(pair)!)))
      return out
    }
    if (isSeq(item)) {
      const seq = new YAMLSeq(item.range, item.flow)
      for (const element of item.items) {
        if (isMap(element) && element.items.length === 1 && keyOf(element.items[0]!) === DIRECTIVE) continue
        const cleaned = clean(element)
        // An item `$patch: delete` removes is left out; a null item stays.
        if (cleaned !== null || element === null) seq.items.push(cleaned)
      }
      return seq
    }
    return item
  }
  return clean(copy)
}

/** The merged value of a field, or undefined when the field is cleared. */
function mergeValue(dest: Node | null | undefined, patch: Node | null, path: string, lists: Set<string>): Node | null | undefined {
  if (isNull(patch)) return undefined
  if (isScalar(patch)) {
    if (dest !== undefined && !isNull(dest) && !isScalar(dest))
      throw new Refused(`${path || 'the resource'} is not a scalar in the resource, but a scalar in the patch`)
    return patch
  }
  if (isMap(patch)) {
    if (dest === undefined || isNull(dest)) return mapDirective(patch) === 'delete' ? undefined : added(patch)
    if (!isMap(dest)) throw new Refused(`${path || 'the resource'} is not a mapping in the resource, but a mapping in the patch`)
    return mergeMap(dest, patch, path, lists)
  }
  if (isSeq(patch)) {
    if (dest !== undefined && !isNull(dest) && !isSeq(dest)) throw new Refused(`${path} is not a list in the resource, but a list in the patch`)
    if (!lists.has(path)) return added(patch)
    if (dest === undefined || isNull(dest)) return added(patch)
    return mergeList(dest as YAMLSeq, patch, path, lists)
  }
  throw new Undecidable(`${path}: an alias chaingate did not expand`)
}

function mergeMap(dest: YAMLMap, patch: YAMLMap, path: string, lists: Set<string>): YAMLMap | undefined {
  const directive = mapDirective(patch)
  if (directive === 'delete') return undefined
  if (directive === 'replace') return added(patch) as YAMLMap
  for (const pair of elided(patch).items) {
    const key = keyOf(pair)
    if (key === undefined) throw new Undecidable(`${path}: a key that is not a scalar`)
    const merged = mergeValue(get(dest, key), pair.value, path ? `${path}/${key}` : key, lists)
    if (merged === undefined) remove(dest, key)
    else set(dest, key, merged)
  }
  return dest
}

/** A list merged by its items' `name`: the patch's items first (kustomize's prepend direction), then the resource's others. */
function mergeList(dest: YAMLSeq, patch: YAMLSeq, path: string, lists: Set<string>): YAMLSeq | undefined {
  let items = patch.items
  // A `$patch` item alone in its mapping is the list's directive.
  const directiveItem = items.find((item) => isMap(item) && item.items.length === 1 && keyOf(item.items[0]!) === DIRECTIVE) as YAMLMap | undefined
  if (directiveItem) {
    const directive = mapDirective(directiveItem)
    items = items.filter((item) => item !== directiveItem)
    if (directive === 'delete') return undefined
    if (directive === 'replace') {
      const seq = new YAMLSeq(patch.range, patch.flow)
      seq.items = items
      return added(seq) as YAMLSeq
    }
  }
  const nameOf = (item: Node | null): string => {
    const name = text(get(item, 'name'))
    if (!isMap(item) || name === '') throw new Undecidable(`${path}: an item without a name, which chaingate does not merge`)
    return name
  }
  const order: string[] = []
  for (const item of [...items, ...dest.items]) if (!order.includes(nameOf(item))) order.push(nameOf(item))
  const result = new YAMLSeq(dest.range, dest.flow)
  for (const name of order) {
    const own = dest.items.find((item) => nameOf(item) === name) as YAMLMap | undefined
    const change = items.find((item) => nameOf(item) === name) as YAMLMap | undefined
    const merged =
      change === undefined
        ? own
        : own === undefined
          ? mapDirective(change) === 'delete'
            ? undefined
            : added(change)
          : mergeMap(own, change, `${path}/${name}`, lists)
    if (merged === undefined || (isMap(merged) && merged.items.length === 0)) continue
    if (isMap(merged) && get(merged, 'name') === undefined) set(merged, 'name', new Scalar(name, 'PLAIN', merged.range[0], merged.range[0]))
    result.items.push(merged as Node)
  }
  return result.items.length === 0 ? undefined : result
}

/**
 * A strategic-merge patch applied to a resource as kustomize's `ApplySmPatch` does: its name, namespace and
 * kind kept; null when the patch deletes it.
 */
export function applyStrategicMerge(resource: Resource, patch: YAMLMap): YAMLMap | null {
  const before = idOf(resource.root)
  // kustomize gives a targeted patch the resource's apiVersion and kind before merging it.
  const apiVersion = get(resource.root, 'apiVersion')
  const merged = mergeMap(resource.root, patch, '', keyedLists(resource.root))
  if (merged === undefined || merged.items.length === 0) return null
  const metadata = get(merged, 'metadata')
  if (apiVersion !== undefined) set(merged, 'apiVersion', apiVersion)
  set(merged, 'kind', new Scalar(before.kind, 'PLAIN', 0, 0))
  if (isMap(metadata)) {
    set(metadata, 'name', new Scalar(before.name, 'PLAIN', 0, 0))
    if (before.namespace) set(metadata, 'namespace', new Scalar(before.namespace, 'PLAIN', 0, 0))
    else remove(metadata, 'namespace')
  }
  return merged
}

// ------------------------------------------------------------------------------------------------- JSON 6902

export interface Operation {
  op: string
  path?: string
  from?: string
  value?: Node | null
  /** The operation's mapping (where it is written). */
  node: Node
}

/** The operations of a JSON 6902 patch (a list of mappings). */
export function operations(list: YAMLSeq): Operation[] {
  return list.items.map((item) => {
    if (!isMap(item)) throw new Refused('a JSON patch operation is not a mapping')
    const op = text(get(item, 'op'))
    const path = get(item, 'path')
    const from = get(item, 'from')
    const value = get(item, 'value')
    return {
      op,
      node: item,
      ...(path !== undefined ? { path: text(path) } : {}),
      ...(from !== undefined ? { from: text(from) } : {}),
      ...(value !== undefined ? { value } : {})
    }
  })
}

type Container = { map: YAMLMap } | { seq: YAMLSeq }

const decode = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~')

/** evanphx's findObject: the container of the path's last token (its first token, before the first `/`, skipped). */
function findObject(root: Node, path: string): { container: Container; key: string } | null {
  const split = path.split('/')
  if (split.length < 2) return null
  let node: Node | null | undefined = root
  for (const part of split.slice(1, -1)) {
    const next: Node | null | undefined = isSeq(node) ? arrayGet(node, decode(part)) : isMap(node) ? get(node, decode(part)) : undefined
    if (next === undefined || next === null || isScalar(next)) return null
    node = next
  }
  if (isSeq(node)) return { container: { seq: node }, key: decode(split[split.length - 1]!) }
  if (isMap(node)) return { container: { map: node }, key: decode(split[split.length - 1]!) }
  return null
}

function index(key: string, size: number): number {
  if (!/^-?\d+$/.test(key)) throw new Refused(`${JSON.stringify(key)} is not an array index`)
  let at = Number(key)
  if (at < 0) {
    if (at < -size) throw new Refused(`invalid index ${key}`)
    at += size
  }
  return at
}

function arrayGet(seq: YAMLSeq, key: string): Node | null | undefined {
  if (!/^-?\d+$/.test(key)) return undefined
  let at = Number(key)
  if (at < 0) {
    if (at < -seq.items.length) return undefined
    at += seq.items.length
  }
  return at < seq.items.length ? seq.items[at] : undefined
}

function containerGet(container: Container, key: string, what: string): Node | null {
  if ('map' in container) {
    const value = get(container.map, key)
    return value === undefined ? null : value
  }
  const at = index(key, container.seq.items.length)
  if (at >= container.seq.items.length) throw new Refused(`${what}: invalid index ${key}`)
  return container.seq.items[at]!
}

function containerAdd(container: Container, key: string, value: Node | null): void {
  if ('map' in container) return set(container.map, key, value)
  if (key === '-') {
    container.seq.items.push(value)
    return
  }
  const at = index(key, container.seq.items.length + 1)
  if (at > container.seq.items.length) throw new Refused(`invalid index ${key}`)
  container.seq.items.splice(at, 0, value)
}

function containerRemove(container: Container, key: string): void {
  if ('map' in container) {
    if (!remove(container.map, key)) throw new Refused(`unable to remove nonexistent key: ${key}`)
    return
  }
  const at = index(key, container.seq.items.length)
  if (at >= container.seq.items.length) throw new Refused(`invalid index ${key}`)
  container.seq.items.splice(at, 1)
}

function equal(a: Node | null, b: Node | null): boolean {
  return JSON.stringify(canonical(toJS(a))) === JSON.stringify(canonical(toJS(b)))
}
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
    )
  return value
}

/** The operations applied in order to the resource (a copy of each value written); a failed operation is kustomize's error. */
export function applyJsonPatch(resource: Resource, ops: Operation[]): void {
  const root = resource.root
  for (const { op, path, from, value } of ops) {
    const where = (written: string | undefined, what: string): { container: Container; key: string } => {
      if (written === undefined) throw new Refused(`${op} operation without ${what}`)
      if (written === '') throw new Undecidable(`a ${op} of the whole resource is not applied by chaingate`)
      const found = findObject(root, written)
      if (!found) throw new Refused(`${op} operation does not apply: the resource is missing path ${written}`)
      return found
    }
    switch (op) {
      case 'add': {
        const { container, key } = where(path, 'path')
        containerAdd(container, key, clone(value ?? null))
        break
      }
      case 'remove': {
        const { container, key } = where(path, 'path')
        containerRemove(container, key)
        break
      }
      case 'replace': {
        const { container, key } = where(path, 'path')
        if ('seq' in container) {
          const at = index(key, container.seq.items.length)
          if (at >= container.seq.items.length) throw new Refused(`replace operation does not apply: the resource is missing path ${path}`)
          container.seq.items[at] = clone(value ?? null)
        } else set(container.map, key, clone(value ?? null))
        break
      }
      case 'move':
      case 'copy': {
        const source = where(from, 'from')
        const moved = containerGet(source.container, source.key, `${op} from ${from}`)
        if ('map' in source.container && get(source.container.map, source.key) === undefined && op === 'copy')
          throw new Refused(`copy operation does not apply: the resource is missing path ${from}`)
        if (op === 'move') containerRemove(source.container, source.key)
        const { container, key } = where(path, 'path')
        containerAdd(container, key, op === 'copy' ? clone(moved) : moved)
        break
      }
      case 'test': {
        const { container, key } = where(path, 'path')
        const found = containerGet(container, key, `test of ${path}`)
        if (!equal(found, value ?? null)) throw new Refused(`testing value ${path} failed`)
        break
      }
      default:
        throw new Refused(`unexpected kind: ${op}`)
    }
  }
}
