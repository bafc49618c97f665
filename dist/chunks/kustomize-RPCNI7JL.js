import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  linearRegExp
} from "./chunk-T2RIOZ4C.js";
import {
  Alias,
  KUSTOMIZATION_NAMES,
  MAX_ALIAS_NODES,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  allScalars,
  asSeq,
  entries,
  entry,
  expandedSize,
  isKustomizationName,
  isMap,
  isScalar,
  isSeq,
  locate,
  manifestDocuments,
  manifestImageSource,
  parseImageRef,
  parseYaml,
  resourceImages,
  scalarText,
  toJS,
  unquotedRange,
  workspacePath
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sources/kustomize.ts
import path from "node:path";

// src/images/sources/kustomize-patch.ts
var Undecidable = class extends Error {
};
var Refused = class extends Error {
};
function clone(node) {
  if (node === null) return null;
  if (node instanceof Alias) return clone(node.target);
  if (isScalar(node)) return node;
  if (isSeq(node)) {
    const seq = new YAMLSeq(node.range, node.flow);
    seq.items = node.items.map(clone);
    return seq;
  }
  const map = new YAMLMap(node.range, node.flow);
  map.items = node.items.map((pair) => new Pair(clone(pair.key), clone(pair.value)));
  return map;
}
var keyOf = (pair) => isScalar(pair.key) ? String(pair.key.value) : void 0;
function get(map, key) {
  if (!isMap(map)) return void 0;
  return map.items.find((pair) => keyOf(pair) === key)?.value;
}
function set(map, key, value) {
  const pair = map.items.find((item) => keyOf(item) === key);
  if (pair) pair.value = value;
  else map.items.push(new Pair(new Scalar(key, "PLAIN", map.range[0], map.range[0]), value));
}
function remove(map, key) {
  const at = map.items.findIndex((pair) => keyOf(pair) === key);
  if (at >= 0) map.items.splice(at, 1);
  return at >= 0;
}
var text = (node) => isScalar(node) && node.value !== null && node.value !== void 0 ? String(node.value) : "";
var isNull = (node) => node === null || isScalar(node) && node.value === null;
function stringMap(node) {
  const out = /* @__PURE__ */ new Map();
  if (isMap(node)) {
    for (const pair of node.items) if (keyOf(pair) !== void 0) out.set(keyOf(pair), text(pair.value));
  }
  return out;
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "APIService",
  "CertificateSigningRequest",
  "ClusterRole",
  "ClusterRoleBinding",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "FlowSchema",
  "IngressClass",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "RuntimeClass",
  "StorageClass",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment"
]);
function idOf(root) {
  const apiVersion = text(get(root, "apiVersion"));
  const slash = apiVersion.indexOf("/");
  const metadata = get(root, "metadata");
  return {
    group: slash >= 0 ? apiVersion.slice(0, slash) : "",
    version: slash >= 0 ? apiVersion.slice(slash + 1) : apiVersion,
    kind: text(get(root, "kind")),
    name: text(get(metadata, "name")),
    namespace: text(get(metadata, "namespace"))
  };
}
var isClusterScoped = (kind) => CLUSTER_SCOPED.has(kind);
function effectiveNamespace(id) {
  if (isClusterScoped(id.kind)) return "_non_namespaceable_";
  return id.namespace === "" ? "default" : id.namespace;
}
function sameId(a, b) {
  return a.group === b.group && a.version === b.version && a.kind === b.kind && a.name === b.name && effectiveNamespace(a) === effectiveNamespace(b);
}
function idText(id) {
  return `${id.group ? `${id.group}/` : ""}${id.version}/${id.kind}/${id.namespace ? `${id.namespace}/` : ""}${id.name}`;
}
function selectorRegex(pattern) {
  let quantifiers = 0;
  let depth = 0;
  let out = "";
  for (let at = 0; at < pattern.length; at += 1) {
    const c = pattern[at];
    if (c === "\\") {
      const next = pattern[at + 1];
      if (next === void 0 || /[A-Za-z0-9]/.test(next)) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses an escape chaingate does not read`);
      out += `\\${next}`;
      at += 1;
    } else if (c === "[") {
      const end = pattern.indexOf("]", at + 2);
      const body = end < 0 ? "" : pattern.slice(at + 1, end);
      if (end < 0 || !/^\^?[A-Za-z0-9._-]+$/.test(body) || /\[:/.test(body))
        throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a character class chaingate does not read`);
      out += `[${body.replace(/[.]/g, "\\.")}]`;
      at = end;
    } else if (c === "(") {
      if (pattern[at + 1] === "?") {
        if (pattern[at + 2] !== ":") throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a group chaingate does not read`);
        at += 2;
      }
      depth += 1;
      out += "(?:";
    } else if (c === ")") {
      if ((depth -= 1) < 0) throw new Refused(`the pattern ${JSON.stringify(pattern)} does not compile`);
      if (/[*+?{]/.test(pattern[at + 1] ?? "")) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} quantifies a group, which chaingate does not run`);
      out += ")";
    } else if (c === "*" || c === "+" || c === "?") {
      const previous = out[out.length - 1];
      if (previous === void 0 || previous === "|" || previous === "(" || previous === ":" || /[*+?]/.test(previous))
        throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses a quantifier chaingate does not read`);
      if ((quantifiers += 1) > 8) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} has more quantifiers than chaingate runs`);
      out += c;
    } else if (c === "{" || c === "}" || c === "^" || c === "$") {
      throw new Undecidable(`the pattern ${JSON.stringify(pattern)} uses ${c}, which chaingate does not read in a selector`);
    } else out += c === "." || c === "|" ? c : c.replace(/[/]/g, "\\/");
  }
  if (depth !== 0) throw new Refused(`the pattern ${JSON.stringify(pattern)} does not compile`);
  try {
    RegExp(`^(?:${out})$`);
  } catch {
    throw new Undecidable(`the pattern ${JSON.stringify(pattern)} is not one chaingate reads`);
  }
  const linear = linearRegExp(`^(?:${out})$`);
  if (!linear) throw new Undecidable(`the pattern ${JSON.stringify(pattern)} cannot be run in linear time by this Node, so chaingate does not run it`);
  return linear;
}
var LABEL_KEY = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
var LABEL_VALUE = /^(?:[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
function parseLabelSelector(selector) {
  const requirements = [];
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < selector.length; at += 1) {
    if (selector[at] === "(") depth += 1;
    else if (selector[at] === ")") depth -= 1;
    else if (selector[at] === "," && depth === 0) {
      parts.push(selector.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(selector.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") {
      if (parts.length === 1) continue;
      throw new Refused(`the selector ${JSON.stringify(selector)} does not parse`);
    }
    let match;
    const key = (value2) => {
      if (!LABEL_KEY.test(value2)) throw new Refused(`the selector ${JSON.stringify(selector)} does not parse: ${JSON.stringify(value2)} is not a label key`);
      return value2;
    };
    const value = (value2) => {
      if (!LABEL_VALUE.test(value2)) throw new Refused(`the selector ${JSON.stringify(selector)} does not parse: ${JSON.stringify(value2)} is not a label value`);
      return value2;
    };
    if (match = /^!\s*([^\s=!(),]+)$/.exec(part)) requirements.push({ key: key(match[1]), op: "!exists", values: [] });
    else if (match = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(part))
      requirements.push({ key: key(match[1]), op: match[2] === "!=" ? "notin" : "in", values: [value(match[3])] });
    else if (match = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part))
      requirements.push({ key: key(match[1]), op: match[2], values: match[3].split(",").map((item) => value(item.trim())) });
    else if (match = /^([^\s=!(),]+)$/.exec(part)) requirements.push({ key: key(match[1]), op: "exists", values: [] });
    else throw new Undecidable(`the selector ${JSON.stringify(selector)} is not one chaingate reads`);
  }
  return requirements;
}
function matchesRequirements(requirements, labels) {
  return requirements.every(({ key, op, values }) => {
    const has = labels.has(key);
    if (op === "exists") return has;
    if (op === "!exists") return !has;
    if (op === "in") return has && values.includes(labels.get(key));
    return !has || !values.includes(labels.get(key));
  });
}
function compileSelector(selector) {
  const regex = (value) => value ? selectorRegex(value) : void 0;
  const [group, version, kind, name, namespace] = [selector.group, selector.version, selector.kind, selector.name, selector.namespace].map(regex);
  const labels = selector.labelSelector ? parseLabelSelector(selector.labelSelector) : void 0;
  const annotations = selector.annotationSelector ? parseLabelSelector(selector.annotationSelector) : void 0;
  return (resource) => {
    const current = idOf(resource.root);
    const original = resource.prev[0] ?? current;
    if (namespace && !namespace.test(effectiveNamespace(original)) && !namespace.test(effectiveNamespace(current))) return false;
    if (name && !name.test(original.name) && !name.test(current.name)) return false;
    if (group && !group.test(current.group)) return false;
    if (version && !version.test(current.version)) return false;
    if (kind && !kind.test(current.kind)) return false;
    const metadata = get(resource.root, "metadata");
    if (labels && !matchesRequirements(labels, stringMap(get(metadata, "labels")))) return false;
    if (annotations && !matchesRequirements(annotations, stringMap(get(metadata, "annotations")))) return false;
    return true;
  };
}
var POD_SPECS = {
  "v1/Pod": "spec",
  "v1/PodTemplate": "template/spec",
  "v1/ReplicationController": "spec/template/spec",
  "apps/v1/Deployment": "spec/template/spec",
  "apps/v1/StatefulSet": "spec/template/spec",
  "apps/v1/DaemonSet": "spec/template/spec",
  "apps/v1/ReplicaSet": "spec/template/spec",
  "apps/v1beta1/Deployment": "spec/template/spec",
  "apps/v1beta1/StatefulSet": "spec/template/spec",
  "apps/v1beta2/Deployment": "spec/template/spec",
  "apps/v1beta2/StatefulSet": "spec/template/spec",
  "apps/v1beta2/DaemonSet": "spec/template/spec",
  "apps/v1beta2/ReplicaSet": "spec/template/spec",
  "extensions/v1beta1/Deployment": "spec/template/spec",
  "extensions/v1beta1/DaemonSet": "spec/template/spec",
  "extensions/v1beta1/ReplicaSet": "spec/template/spec",
  "batch/v1/Job": "spec/template/spec",
  "batch/v1/CronJob": "spec/jobTemplate/spec/template/spec",
  "batch/v1beta1/CronJob": "spec/jobTemplate/spec/template/spec"
};
var KEYED_LISTS = ["containers", "initContainers", "ephemeralContainers", "volumes"];
function keyedLists(root) {
  const apiVersion = text(get(root, "apiVersion"));
  const at = POD_SPECS[`${apiVersion}/${text(get(root, "kind"))}`];
  return new Set(at ? KEYED_LISTS.map((list) => `${at}/${list}`) : []);
}
var DIRECTIVE = "$patch";
function mapDirective(patch) {
  const value = get(patch, DIRECTIVE);
  if (value === void 0) return "merge";
  const written = text(value);
  if (written === "merge" || written === "delete" || written === "replace") return written;
  throw new Refused(`unknown patch strategy ${JSON.stringify(written)}`);
}
function elided(patch) {
  const copy = new YAMLMap(patch.range, patch.flow);
  for (const pair of patch.items) {
    const key = keyOf(pair);
    if (key === DIRECTIVE) continue;
    if (key?.startsWith("$")) throw new Undecidable(`the patch directive ${key} is not applied by chaingate`);
    copy.items.push(pair);
  }
  return copy;
}
function added(node) {
  const copy = clone(node);
  const clean = (item) => {
    if (isMap(item)) {
      if (mapDirective(item) === "delete") return null;
      const out = elided(item);
      for (const pair of out.items) pair.value = clean(pair.value);
      out.items = out.items.filter((pair) => pair.value !== null || !isMap(get(item, keyOf(pair))));
      return out;
    }
    if (isSeq(item)) {
      const seq = new YAMLSeq(item.range, item.flow);
      for (const element of item.items) {
        if (isMap(element) && element.items.length === 1 && keyOf(element.items[0]) === DIRECTIVE) continue;
        const cleaned = clean(element);
        if (cleaned !== null || element === null) seq.items.push(cleaned);
      }
      return seq;
    }
    return item;
  };
  return clean(copy);
}
function mergeValue(dest, patch, path2, lists) {
  if (isNull(patch)) return void 0;
  if (isScalar(patch)) {
    if (dest !== void 0 && !isNull(dest) && !isScalar(dest))
      throw new Refused(`${path2 || "the resource"} is not a scalar in the resource, but a scalar in the patch`);
    return patch;
  }
  if (isMap(patch)) {
    if (dest === void 0 || isNull(dest)) return mapDirective(patch) === "delete" ? void 0 : added(patch);
    if (!isMap(dest)) throw new Refused(`${path2 || "the resource"} is not a mapping in the resource, but a mapping in the patch`);
    return mergeMap(dest, patch, path2, lists);
  }
  if (isSeq(patch)) {
    if (dest !== void 0 && !isNull(dest) && !isSeq(dest)) throw new Refused(`${path2} is not a list in the resource, but a list in the patch`);
    if (!lists.has(path2)) return added(patch);
    if (dest === void 0 || isNull(dest)) return added(patch);
    return mergeList(dest, patch, path2, lists);
  }
  throw new Undecidable(`${path2}: an alias chaingate did not expand`);
}
function mergeMap(dest, patch, path2, lists) {
  const directive = mapDirective(patch);
  if (directive === "delete") return void 0;
  if (directive === "replace") return added(patch);
  for (const pair of elided(patch).items) {
    const key = keyOf(pair);
    if (key === void 0) throw new Undecidable(`${path2}: a key that is not a scalar`);
    const merged = mergeValue(get(dest, key), pair.value, path2 ? `${path2}/${key}` : key, lists);
    if (merged === void 0) remove(dest, key);
    else set(dest, key, merged);
  }
  return dest;
}
function mergeList(dest, patch, path2, lists) {
  let items = patch.items;
  const directiveItem = items.find((item) => isMap(item) && item.items.length === 1 && keyOf(item.items[0]) === DIRECTIVE);
  if (directiveItem) {
    const directive = mapDirective(directiveItem);
    items = items.filter((item) => item !== directiveItem);
    if (directive === "delete") return void 0;
    if (directive === "replace") {
      const seq = new YAMLSeq(patch.range, patch.flow);
      seq.items = items;
      return added(seq);
    }
  }
  const nameOf = (item) => {
    const name = text(get(item, "name"));
    if (!isMap(item) || name === "") throw new Undecidable(`${path2}: an item without a name, which chaingate does not merge`);
    return name;
  };
  const order = [];
  for (const item of [...items, ...dest.items]) if (!order.includes(nameOf(item))) order.push(nameOf(item));
  const result = new YAMLSeq(dest.range, dest.flow);
  for (const name of order) {
    const own = dest.items.find((item) => nameOf(item) === name);
    const change = items.find((item) => nameOf(item) === name);
    const merged = change === void 0 ? own : own === void 0 ? mapDirective(change) === "delete" ? void 0 : added(change) : mergeMap(own, change, `${path2}/${name}`, lists);
    if (merged === void 0 || isMap(merged) && merged.items.length === 0) continue;
    if (isMap(merged) && get(merged, "name") === void 0) set(merged, "name", new Scalar(name, "PLAIN", merged.range[0], merged.range[0]));
    result.items.push(merged);
  }
  return result.items.length === 0 ? void 0 : result;
}
function applyStrategicMerge(resource, patch) {
  const before = idOf(resource.root);
  const apiVersion = get(resource.root, "apiVersion");
  const merged = mergeMap(resource.root, patch, "", keyedLists(resource.root));
  if (merged === void 0 || merged.items.length === 0) return null;
  const metadata = get(merged, "metadata");
  if (apiVersion !== void 0) set(merged, "apiVersion", apiVersion);
  set(merged, "kind", new Scalar(before.kind, "PLAIN", 0, 0));
  if (isMap(metadata)) {
    set(metadata, "name", new Scalar(before.name, "PLAIN", 0, 0));
    if (before.namespace) set(metadata, "namespace", new Scalar(before.namespace, "PLAIN", 0, 0));
    else remove(metadata, "namespace");
  }
  return merged;
}
function operations(list) {
  return list.items.map((item) => {
    if (!isMap(item)) throw new Refused("a JSON patch operation is not a mapping");
    const op = text(get(item, "op"));
    const path2 = get(item, "path");
    const from = get(item, "from");
    const value = get(item, "value");
    return {
      op,
      node: item,
      ...path2 !== void 0 ? { path: text(path2) } : {},
      ...from !== void 0 ? { from: text(from) } : {},
      ...value !== void 0 ? { value } : {}
    };
  });
}
var decode = (token) => token.replace(/~1/g, "/").replace(/~0/g, "~");
function findObject(root, path2) {
  const split = path2.split("/");
  if (split.length < 2) return null;
  let node = root;
  for (const part of split.slice(1, -1)) {
    const next = isSeq(node) ? arrayGet(node, decode(part)) : isMap(node) ? get(node, decode(part)) : void 0;
    if (next === void 0 || next === null || isScalar(next)) return null;
    node = next;
  }
  if (isSeq(node)) return { container: { seq: node }, key: decode(split[split.length - 1]) };
  if (isMap(node)) return { container: { map: node }, key: decode(split[split.length - 1]) };
  return null;
}
function index(key, size) {
  if (!/^-?\d+$/.test(key)) throw new Refused(`${JSON.stringify(key)} is not an array index`);
  let at = Number(key);
  if (at < 0) {
    if (at < -size) throw new Refused(`invalid index ${key}`);
    at += size;
  }
  return at;
}
function arrayGet(seq, key) {
  if (!/^-?\d+$/.test(key)) return void 0;
  let at = Number(key);
  if (at < 0) {
    if (at < -seq.items.length) return void 0;
    at += seq.items.length;
  }
  return at < seq.items.length ? seq.items[at] : void 0;
}
function containerGet(container, key, what) {
  if ("map" in container) {
    const value = get(container.map, key);
    return value === void 0 ? null : value;
  }
  const at = index(key, container.seq.items.length);
  if (at >= container.seq.items.length) throw new Refused(`${what}: invalid index ${key}`);
  return container.seq.items[at];
}
function containerAdd(container, key, value) {
  if ("map" in container) return set(container.map, key, value);
  if (key === "-") {
    container.seq.items.push(value);
    return;
  }
  const at = index(key, container.seq.items.length + 1);
  if (at > container.seq.items.length) throw new Refused(`invalid index ${key}`);
  container.seq.items.splice(at, 0, value);
}
function containerRemove(container, key) {
  if ("map" in container) {
    if (!remove(container.map, key)) throw new Refused(`unable to remove nonexistent key: ${key}`);
    return;
  }
  const at = index(key, container.seq.items.length);
  if (at >= container.seq.items.length) throw new Refused(`invalid index ${key}`);
  container.seq.items.splice(at, 1);
}
function equal(a, b) {
  return JSON.stringify(canonical(toJS(a))) === JSON.stringify(canonical(toJS(b)));
}
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value).sort().map((key) => [key, canonical(value[key])])
    );
  return value;
}
function applyJsonPatch(resource, ops) {
  const root = resource.root;
  for (const { op, path: path2, from, value } of ops) {
    const where = (written, what) => {
      if (written === void 0) throw new Refused(`${op} operation without ${what}`);
      if (written === "") throw new Undecidable(`a ${op} of the whole resource is not applied by chaingate`);
      const found = findObject(root, written);
      if (!found) throw new Refused(`${op} operation does not apply: the resource is missing path ${written}`);
      return found;
    };
    switch (op) {
      case "add": {
        const { container, key } = where(path2, "path");
        containerAdd(container, key, clone(value ?? null));
        break;
      }
      case "remove": {
        const { container, key } = where(path2, "path");
        containerRemove(container, key);
        break;
      }
      case "replace": {
        const { container, key } = where(path2, "path");
        if ("seq" in container) {
          const at = index(key, container.seq.items.length);
          if (at >= container.seq.items.length) throw new Refused(`replace operation does not apply: the resource is missing path ${path2}`);
          container.seq.items[at] = clone(value ?? null);
        } else set(container.map, key, clone(value ?? null));
        break;
      }
      case "move":
      case "copy": {
        const source = where(from, "from");
        const moved = containerGet(source.container, source.key, `${op} from ${from}`);
        if ("map" in source.container && get(source.container.map, source.key) === void 0 && op === "copy")
          throw new Refused(`copy operation does not apply: the resource is missing path ${from}`);
        if (op === "move") containerRemove(source.container, source.key);
        const { container, key } = where(path2, "path");
        containerAdd(container, key, op === "copy" ? clone(moved) : moved);
        break;
      }
      case "test": {
        const { container, key } = where(path2, "path");
        const found = containerGet(container, key, `test of ${path2}`);
        if (!equal(found, value ?? null)) throw new Refused(`testing value ${path2} failed`);
        break;
      }
      default:
        throw new Refused(`unexpected kind: ${op}`);
    }
  }
}

// src/images/sources/kustomize.ts
var MAX_BUILDS = 5e3;
function splitImage(text2) {
  const slash = Math.max(text2.indexOf("/"), 0);
  const at = text2.indexOf("@", slash);
  const colon = text2.indexOf(":", slash);
  if (at >= 0 && (colon < 0 || at < colon)) return { name: text2.slice(0, at), tag: "", digest: text2.slice(at + 1) };
  if (colon < 0) return { name: text2, tag: "", digest: "" };
  return { name: text2.slice(0, colon), tag: text2.slice(colon + 1, at >= 0 ? at : void 0), digest: at >= 0 ? text2.slice(at + 1) : "" };
}
var TAIL = "(?::[a-zA-Z0-9_.{}-]*)?(?:@[a-zA-Z0-9]+(?:[.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{}-]*)?$";
function matches(image, name) {
  return new RegExp(`^${name.replace(/[\\^$*+?()[\]{}|]/g, "\\$&")}${TAIL}`).test(image);
}
function applyOverride(image, override) {
  if (!matches(image, override.name)) return null;
  const split = splitImage(image);
  let { tag, digest } = split;
  if (override.newTag || override.digest) {
    tag = override.newTag ?? "";
    digest = override.digest ?? "";
  } else if (override.tagSuffix) {
    tag += override.tagSuffix;
    digest = "";
  }
  return `${override.newName || split.name}${tag ? `:${tag}` : ""}${digest ? `@${digest}` : ""}`;
}
var FIELD_SPECS = /* @__PURE__ */ new Set(["spec/containers", "spec/initContainers", "spec/template/spec/containers", "spec/template/spec/initContainers"]);
var VOLUME_FIELD_SPECS = /* @__PURE__ */ new Set(["spec/volumes", "spec/template/spec/volumes", "spec/jobTemplate/spec/template/spec/volumes"]);
function mayChangeImages(text2) {
  return text2 === void 0 || /image|ontainers|volumes|\$patch|template/i.test(text2) || /\/spec(?![\w/-])/.test(text2) || /["']?(?:path|from)["']?\s*:\s*(?:""|''|\/?\s*(?:[,}\]]|$))/m.test(text2) || /\bspec["']?\s*:\s*(?:null|~)\s*(?:[,}]|$)/m.test(text2);
}
function selectorOf(node) {
  const selector = {};
  if (!isMap(node)) throw new Refused("target is not a mapping");
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!["group", "version", "kind", "name", "namespace", "labelSelector", "annotationSelector"].includes(key))
      throw new Undecidable(`target field ${JSON.stringify(key)} is not read by chaingate`);
    if (!isScalar(pair.value) && pair.value !== null) throw new Refused(`target.${key} is not a string`);
    const value = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : "";
    if (value) selector[key] = value;
  }
  return selector;
}
function kustomizeImages(files, read, ignored = () => false, roots) {
  const problems = [];
  const listed = /* @__PURE__ */ new Set();
  const loaded = /* @__PURE__ */ new Map();
  const manifests = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new WeakMap();
  const overrides = /* @__PURE__ */ new WeakMap();
  const problem = (where, message, node, file) => {
    problems.push({ path: where, message, kind: "kustomize", ...node && file ? { location: locate(file, unquotedRange(node)) } : {} });
  };
  const register = (root, where, by) => {
    const origin = { ...where && "lineCounter" in where ? { file: where } : { location: where }, ...by ? { by } : {} };
    for (const scalar of allScalars(root)) origins.set(scalar, origin);
  };
  const locationOf = (node) => {
    const origin = origins.get(node);
    return origin?.location ?? (origin?.file ? locate(origin.file, unquotedRange(node)) : void 0);
  };
  const parsePatch = (text2, label, where) => {
    let documents;
    if ("file" in where) {
      const parsed = manifestDocuments(where.file, text2);
      if (parsed.problems.length > 0) return { refused: `the patch does not parse: ${parsed.problems[0].message}` };
      documents = parsed.documents.map(({ doc, file }) => {
        register(doc.contents, file, label);
        return doc.contents;
      });
    } else {
      const value = manifestDocuments(where.kustomization.path, text2);
      if (value.problems.length > 0) return { refused: `the patch does not parse: ${value.problems[0].message}` };
      documents = value.documents.map(({ doc }) => doc.contents);
      const { scalar, kustomization } = where;
      let placed = false;
      if (scalar.type === "BLOCK_LITERAL") {
        const from = kustomization.text.indexOf("\n", scalar.start) + 1;
        const lines = kustomization.text.slice(0, from).split("\n").length - 1;
        const inPlace = "\n".repeat(lines) + kustomization.text.slice(from, scalar.end);
        const parsed = manifestDocuments(kustomization.path, inPlace);
        if (parsed.problems.length === 0 && JSON.stringify(parsed.documents.map(({ doc }) => toJS(doc.contents))) === JSON.stringify(documents.map((root) => toJS(root)))) {
          documents = parsed.documents.map(({ doc, file }) => {
            register(doc.contents, file, label);
            return doc.contents;
          });
          placed = true;
        }
      }
      if (!placed) {
        const at = locate(kustomization, unquotedRange(scalar));
        for (const root of documents) register(root, at, label);
      }
    }
    const roots2 = documents.filter((root) => root !== null);
    if (roots2.length === 0) return { refused: "the patch is empty" };
    if (roots2.length === 1 && isSeq(roots2[0])) return { body: { ops: operations(roots2[0]) } };
    if (!roots2.every((root) => isMap(root))) return { refused: "unable to parse the patch as a strategic-merge or JSON patch" };
    return { body: { smp: roots2 } };
  };
  const load = (relative) => {
    if (loaded.has(relative)) return loaded.get(relative);
    loaded.set(relative, null);
    const text2 = read(relative);
    if (!text2.ok) {
      problem(relative, `cannot read the kustomization: ${text2.reason}`);
      return null;
    }
    const parsed = parseYaml(relative, text2.text);
    if (!parsed.ok) {
      const { line, column, message } = parsed.failure;
      problems.push({
        path: relative,
        kind: "kustomize",
        message: `kustomization does not parse: ${message}`,
        location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
      });
      return null;
    }
    const { doc } = parsed.file;
    const list = (key) => (asSeq(doc, entry(doc, doc.contents, key)?.value)?.items ?? []).flatMap((node) => {
      const value = scalarText(doc, node);
      return value && node ? [{ text: value.trim(), node }] : [];
    });
    const images2 = [];
    for (const [index2, item] of (asSeq(doc, entry(doc, doc.contents, "images")?.value)?.items ?? []).entries()) {
      const fields = new Map(entries(doc, item).map((field2) => [field2.key, field2]));
      const name = scalarText(doc, fields.get("name")?.value);
      if (!name) continue;
      const refused = ["newName", "newTag", "digest", "tagSuffix"].find((key) => {
        const node = fields.get(key)?.value;
        return isScalar(node) && (typeof node.value === "number" || typeof node.value === "boolean");
      });
      if (refused) {
        const node = fields.get(refused).value;
        problem(
          relative,
          `images[${index2}].${refused} is not a string (write it in quotes): kustomize refuses this kustomization, so the images it deploys are not known`,
          node,
          parsed.file
        );
        continue;
      }
      const text3 = (key) => scalarText(doc, fields.get(key)?.value);
      const decisive = ["digest", "newTag", "tagSuffix", "newName", "name"].map((key) => fields.get(key)?.value).find((node) => node);
      images2.push({
        name,
        index: index2,
        location: locate(parsed.file, unquotedRange(decisive)),
        ...text3("newName") ? { newName: text3("newName") } : {},
        ...text3("newTag") ? { newTag: text3("newTag") } : {},
        ...text3("digest") ? { digest: text3("digest") } : {},
        ...text3("tagSuffix") ? { tagSuffix: text3("tagSuffix") } : {}
      });
    }
    const field = (key) => entry(doc, doc.contents, key);
    const helmCharts = field("helmCharts");
    if (helmCharts?.value && (asSeq(doc, helmCharts.value)?.items.length ?? 0) > 0)
      problem(relative, "helmCharts are not inflated: the images those charts deploy are not known", helmCharts.keyNode, parsed.file);
    const unapplied = [];
    for (const key of ["replacements", "transformers", "generators"]) {
      for (const item of asSeq(doc, field(key)?.value)?.items ?? []) {
        if (!item) continue;
        const named = isScalar(item) ? scalarText(doc, item)?.trim() : scalarText(doc, entry(doc, item, "path")?.value)?.trim();
        let text3 = named === void 0 ? JSON.stringify(toJS(item)) : void 0;
        if (named !== void 0 && !named.includes("\n")) {
          const where = localPath({ path: relative, file: parsed.file }, { text: named, node: item }, key, false);
          const got = where === null ? void 0 : read(where);
          if (where !== null) listed.add(where);
          text3 = got?.ok ? got.text : void 0;
        } else if (named !== void 0) text3 = named;
        unapplied.push({ key, node: item, ...text3 !== void 0 ? { text: text3 } : {} });
      }
    }
    const patches = [];
    const json6902 = [];
    for (const key of ["patchesStrategicMerge", "patches", "patchesJson6902"]) {
      for (const [index2, item] of (asSeq(doc, field(key)?.value)?.items ?? []).entries()) {
        if (!item) continue;
        const label = `${key}[${index2}] of ${relative}`;
        const patch = { node: item, label };
        (key === "patchesJson6902" ? json6902 : patches).push(patch);
        try {
          let inline;
          let named;
          if (key === "patchesStrategicMerge") {
            const written = scalarText(doc, item);
            if (written === void 0 || !isScalar(item)) throw new Refused("the entry is not a string");
            if (written.includes("\n") || /^\s*\{/.test(written)) inline = item;
            else named = written.trim();
          } else {
            if (!isMap(item)) throw new Refused("the entry is not a mapping");
            const fields = new Map(entries(doc, item).map((one) => [one.key, one.value]));
            if (fields.has("target")) patch.target = selectorOf(fields.get("target"));
            else if (key === "patchesJson6902") throw new Refused("a patchesJson6902 entry must have a target");
            if (key === "patchesJson6902" && !patch.target?.name) throw new Refused("a patchesJson6902 target must have a name");
            const value = fields.get("patch");
            const file = scalarText(doc, fields.get("path"));
            if (isScalar(value) && value.value !== null && String(value.value).trim() !== "") inline = value;
            if (file && inline) throw new Refused("patch and path cannot both be set");
            if (!file && !inline) throw new Refused("one of patch and path must be set");
            named = file?.trim();
          }
          const options = isMap(item) ? get(item, "options") : void 0;
          if (inline) {
            patch.text = String(inline.value).trim();
            Object.assign(patch, parsePatch(patch.text, label, { scalar: inline, kustomization: parsed.file }));
          } else if (named !== void 0) {
            const where = localPath({ path: relative, file: parsed.file }, { text: named, node: item }, "patch", false);
            if (where === null) throw new Undecidable(`patch ${named} is not read (remote or outside the workspace)`);
            listed.add(where);
            const got = read(where);
            if (!got.ok) throw new Undecidable(`patch ${named} cannot be read (${got.reason})`);
            patch.text = got.text;
            patch.label = `${where} (${label})`;
            Object.assign(patch, parsePatch(got.text, patch.label, { file: where }));
          }
          if (isMap(options) && ["allowNameChange", "allowKindChange"].some((option) => isScalar(get(options, option)) && get(options, option).value === true))
            throw new Undecidable("options allowNameChange / allowKindChange are not applied by chaingate");
          if (key === "patchesJson6902" && patch.body && !("ops" in patch.body)) throw new Refused("a patchesJson6902 patch must be a list of operations");
          if (key === "patchesStrategicMerge" && patch.body && !("smp" in patch.body)) throw new Refused("a patchesStrategicMerge patch must be resources");
          if (patch.body && "smp" in patch.body) {
            for (const resource of patch.body.smp)
              if (!idOf(resource).kind || !idOf(resource).name) throw new Refused("a strategic-merge patch must have a kind and a metadata.name");
          }
          if (patch.body && "smp" in patch.body && patch.target && patch.body.smp.length > 1)
            throw new Refused("several strategic-merge patches in one entry cannot have a target");
        } catch (error) {
          if (error instanceof Undecidable) patch.undecidable = error.message;
          else if (error instanceof Refused) patch.refused = error.message;
          else throw error;
        }
      }
    }
    const scalar = (key) => scalarText(doc, field(key)?.value)?.trim() || void 0;
    const pairs = (key) => new Map(entries(doc, field(key)?.value).flatMap((one) => scalarText(doc, one.value) !== void 0 ? [[one.key, scalarText(doc, one.value)]] : []));
    const labels = pairs("commonLabels");
    for (const item of asSeq(doc, field("labels")?.value)?.items ?? [])
      for (const one of entries(doc, entry(doc, item, "pairs")?.value)) labels.set(one.key, scalarText(doc, one.value) ?? "");
    const kustomization = {
      path: relative,
      file: parsed.file,
      resources: [...list("resources"), ...list("bases")],
      components: list("components"),
      images: images2,
      patches,
      json6902,
      labels,
      annotations: pairs("commonAnnotations"),
      unapplied,
      openapi: field("openapi") !== void 0,
      ...scalar("namespace") ? { namespace: scalar("namespace") } : {},
      ...scalar("namePrefix") ? { namePrefix: scalar("namePrefix") } : {},
      ...scalar("nameSuffix") ? { nameSuffix: scalar("nameSuffix") } : {}
    };
    loaded.set(relative, kustomization);
    return kustomization;
  };
  const localPath = (from, item, what, report = true) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item.text) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(item.text) || item.text.includes("?ref=")) {
      if (report) problem(from.path, `remote ${what} ${item.text} is not fetched: the images it deploys are not known`, item.node, from.file);
      return null;
    }
    const joined = workspacePath(path.posix.dirname(from.path), item.text);
    if (joined === void 0) {
      if (report) problem(from.path, `${what} ${item.text} is outside the workspace: not read`, item.node, from.file);
      return null;
    }
    return joined.replace(/\/$/, "");
  };
  const resolve = (from, item) => {
    const file = from.file;
    const joined = localPath(from, item, "resource");
    if (joined === null) return null;
    if (files.has(joined)) return isKustomizationName(joined) ? { kustomization: joined } : { manifest: joined };
    const prefix = joined === "." ? "" : `${joined}/`;
    const own = KUSTOMIZATION_NAMES.map((name) => prefix + name).find((candidate) => files.has(candidate));
    if (own) return { kustomization: own };
    problem(
      from.path,
      `resource ${item.text} is not in the workspace${[...files].some((f) => f.startsWith(prefix)) ? " (a directory without a kustomization)" : ""}`,
      item.node,
      file
    );
    return null;
  };
  const resourcesOf = (relative) => {
    let found = manifests.get(relative);
    if (!found) {
      found = [];
      const text2 = read(relative);
      if (!text2.ok) problem(relative, `cannot read: ${text2.reason}`);
      else {
        const parsed = manifestDocuments(relative, text2.text);
        problems.push(...parsed.problems.map((item) => ({ ...item, kind: "kubernetes" })));
        for (const { doc, file } of parsed.documents) {
          const limit = doc.nodes + MAX_ALIAS_NODES;
          if (doc.aliases > 0 && expandedSize(doc.contents, limit) > limit) {
            problems.push({
              path: relative,
              message: `aliases add more than ${MAX_ALIAS_NODES} nodes to a document: refusing a possible alias bomb, its images are not known`,
              kind: "kubernetes"
            });
            continue;
          }
          register(doc.contents, file);
          const root = clone(doc.contents);
          const kind = isMap(root) ? idOf(root).kind : "";
          const items = get(root, "items");
          if (kind.endsWith("List") && isSeq(items)) found.push(...items.items.filter((item) => isMap(item)));
          else if (isMap(root)) found.push(root);
        }
      }
      manifests.set(relative, found);
    }
    return found;
  };
  const applyPatch = (from, patch, into) => {
    let targets = into;
    const fail = (reason, refused) => {
      if (!refused && !mayChangeImages(patch.text)) return;
      problem(
        from.path,
        refused ? `${patch.label} makes kustomize build fail (${reason}): the images this kustomization deploys are not known` : `${patch.label} is not applied by chaingate (${reason}): the images it may change are not known`,
        patch.node,
        from.file
      );
      const why = refused ? `${patch.label} makes kustomize build fail (${reason})` : `${patch.label} may change it and is not applied by chaingate (${reason})`;
      for (const resource of targets) resource.unknown ??= why;
    };
    if (patch.undecidable !== void 0 || patch.refused !== void 0 || !patch.body) {
      try {
        if (patch.target) targets = into.filter(compileSelector(patch.target));
      } catch (error) {
        if (!(error instanceof Undecidable) && !(error instanceof Refused)) throw error;
      }
      fail(patch.undecidable ?? patch.refused ?? "not read", patch.refused !== void 0);
      return;
    }
    try {
      if (patch.target) targets = into.filter(compileSelector(patch.target));
      const apply = (resource, smp) => {
        if (from.openapi && idOf(resource.root).group.includes("."))
          throw new Undecidable(`the kustomization's openapi schema decides how ${idText(idOf(resource.root))} is merged, which chaingate does not read`);
        const merged = applyStrategicMerge(resource, smp);
        if (merged === null) into.splice(into.indexOf(resource), 1);
        else resource.root = merged;
      };
      if ("ops" in patch.body) {
        if (!patch.target) throw new Refused("a JSON patch must have a target");
        for (const resource of targets) {
          try {
            applyJsonPatch(resource, patch.body.ops);
          } catch (error) {
            if (!(error instanceof Refused) && !(error instanceof Undecidable)) throw error;
            targets = [resource];
            throw error;
          }
        }
      } else if (patch.target) {
        for (const resource of [...targets]) apply(resource, patch.body.smp[0]);
      } else {
        for (const smp of patch.body.smp) {
          const id = idOf(smp);
          const matching = into.filter((resource) => [...resource.prev, idOf(resource.root)].some((other) => sameId(other, id)));
          if (matching.length !== 1) throw new Refused(`${matching.length === 0 ? "no resource matches" : "several resources match"} ${idText(id)}`);
          targets = matching;
          apply(matching[0], smp);
        }
      }
    } catch (error) {
      if (error instanceof Undecidable) fail(error.message, false);
      else if (error instanceof Refused) fail(error.message, true);
      else throw error;
    }
  };
  const renameAndLabel = (from, into) => {
    for (const resource of into) {
      const id = idOf(resource.root);
      const metadata = get(resource.root, "metadata");
      if (!isMap(metadata)) continue;
      const setField = (key, value) => {
        const pair = metadata.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair) pair.value = value;
        else metadata.items.push(new Pair(new Scalar(key, "PLAIN", 0, 0), value));
      };
      if (from.namespace && !isClusterScoped(id.kind)) {
        resource.prev.push(idOf(resource.root));
        setField("namespace", new Scalar(from.namespace, "PLAIN", 0, 0));
      }
      const skip = ["CustomResourceDefinition", "APIService", "Namespace"].includes((resource.prev[0] ?? id).kind);
      if (!skip && from.namePrefix) {
        resource.prev.push(idOf(resource.root));
        setField("name", new Scalar(from.namePrefix + idOf(resource.root).name, "PLAIN", 0, 0));
      }
      if (!skip && from.nameSuffix) {
        resource.prev.push(idOf(resource.root));
        setField("name", new Scalar(idOf(resource.root).name + from.nameSuffix, "PLAIN", 0, 0));
      }
      for (const [key, values] of [
        ["labels", from.labels],
        ["annotations", from.annotations]
      ]) {
        if (values.size === 0) continue;
        let map = get(metadata, key);
        if (!isMap(map)) {
          map = new YAMLMap(metadata.range, false);
          setField(key, map);
        }
        for (const [name, value] of values) {
          const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
          const scalar = new Scalar(value, "PLAIN", 0, 0);
          if (pair) pair.value = scalar;
          else map.items.push(new Pair(new Scalar(name, "PLAIN", 0, 0), scalar));
        }
      }
    }
  };
  const applyImages = (from, into) => {
    for (const override of from.images) {
      for (const resource of into) {
        for (const found of resourceImages(resource.root, locateNode)) {
          const list = found.field?.slice(found.field.lastIndexOf("/") + 1);
          const volume = VOLUME_FIELD_SPECS.has(found.field ?? "");
          if (list !== "containers" && list !== "initContainers" && !volume) continue;
          let changed = applyOverride(found.image, override);
          if (changed !== null && FIELD_SPECS.has(found.field)) changed = applyOverride(changed, override) ?? changed;
          if (changed === null || changed === found.image) continue;
          const scalar = new Scalar(changed, "PLAIN", 0, 0);
          overrides.set(scalar, { override: { ...override, path: from.path }, before: overrides.get(found.node)?.before ?? found.node });
          origins.set(scalar, { location: override.location });
          found.pair.value = scalar;
        }
      }
    }
  };
  const locateNode = (node) => locationOf(node) ?? { path: "", startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };
  let builds = 0;
  const build = (relative, into, stack) => {
    if ((builds += 1) > MAX_BUILDS) {
      problem(relative, `more than ${MAX_BUILDS} kustomization builds: the rest are not read`);
      return;
    }
    if (stack.includes(relative)) {
      const cycle = stack.slice(stack.indexOf(relative));
      const first = cycle.indexOf([...cycle].sort()[0]);
      const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
      problem(ordered[0], `kustomizations list each other in a cycle: ${[...ordered, ordered[0]].join(" -> ")}`);
      return;
    }
    const kustomization = load(relative);
    if (!kustomization) return;
    for (const item of kustomization.resources) {
      const target = resolve(kustomization, item);
      if (!target) continue;
      if ("manifest" in target) {
        listed.add(target.manifest);
        for (const root of resourcesOf(target.manifest)) into.push({ root: clone(root), prev: [], path: target.manifest });
      } else {
        listed.add(target.kustomization);
        const own = [];
        build(target.kustomization, own, [...stack, relative]);
        into.push(...own);
      }
    }
    for (const item of kustomization.components) {
      const target = resolve(kustomization, item);
      if (!target || !("kustomization" in target)) continue;
      listed.add(target.kustomization);
      build(target.kustomization, into, [...stack, relative]);
    }
    for (const patch of kustomization.patches) applyPatch(kustomization, patch, into);
    renameAndLabel(kustomization, into);
    for (const patch of kustomization.json6902) applyPatch(kustomization, patch, into);
    applyImages(kustomization, into);
    for (const { key, node, text: text2 } of kustomization.unapplied) {
      if (key !== "generators" && !mayChangeImages(text2)) continue;
      const what = key === "generators" ? "the resources it generates are not known" : "the images it may change are not known";
      problem(relative, `${key} are not run by chaingate: ${what}`, node, kustomization.file);
      if (key !== "generators") for (const resource of into) resource.unknown ??= `${key} of ${relative} may change it and are not run by chaingate`;
    }
  };
  const kustomizations = roots ? [...roots] : [...files].filter((relative) => isKustomizationName(relative) && !ignored(relative));
  const deployed = /* @__PURE__ */ new Map();
  for (const relative of kustomizations) {
    const into = [];
    build(relative, into, []);
    deployed.set(relative, into);
  }
  const images = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [root, resources] of deployed) {
    if (listed.has(root)) continue;
    for (const resource of resources) {
      for (const found of resourceImages(resource.root, locateNode)) {
        const written = manifestImageSource(found);
        const change = overrides.get(found.node);
        const by = origins.get(found.node)?.by;
        let image = written;
        if (change) {
          const before = locationOf(change.before);
          const at = before ? `${before.path}:${before.startLine}` : "";
          const beforeText = isScalar(change.before) ? String(change.before.value).trim() : "";
          image = {
            kind: "kustomize",
            context: `${written.context} (${at}, ${beforeText}) set by images[${change.override.index}] of ${change.override.path}`,
            location: change.override.location,
            text: written.text
          };
          const parsed = parseImageRef(written.text);
          if (parsed.ok) image.ref = parsed.ref;
          else image.unknown = `not a valid image reference: ${parsed.reason}`;
        } else if (by) image = { ...written, kind: "kustomize", context: `${written.context} set by ${by}` };
        if (resource.unknown) {
          delete image.ref;
          image.unknown = resource.unknown;
        }
        const key = `${image.location?.path}:${image.location?.startLine}:${image.location?.startColumn} ${image.context} ${image.text} ${image.unknown ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        images.push(image);
      }
    }
  }
  const once = new Map(problems.map((item) => [`${item.path}:${item.location?.startLine ?? 0} ${item.message}`, item]));
  return { images, problems: [...once.values()], listed };
}
export {
  applyOverride,
  kustomizeImages,
  mayChangeImages
};
