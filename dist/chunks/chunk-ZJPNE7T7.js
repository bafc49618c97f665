import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq
} from "./chunk-S4MNMSRP.js";

// src/workspace/yaml-nodes.ts
function nodeAtPath(doc, segments) {
  let node = deref(doc, doc.contents);
  for (const segment of segments) {
    let next = null;
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value ?? null;
    else if (isSeq(node) && typeof segment === "number") next = node.items[segment] ?? null;
    next = deref(doc, next);
    if (!next) break;
    node = next;
  }
  return node;
}
function deref(_doc, node) {
  if (isAlias(node)) return node.resolve();
  return isNode(node) ? node : null;
}
function asMap(doc, node) {
  const resolved = deref(doc, node);
  return isMap(resolved) ? resolved : null;
}
function asSeq(doc, node) {
  const resolved = deref(doc, node);
  return isSeq(resolved) ? resolved : null;
}
function entry(doc, node, key) {
  const map = asMap(doc, node);
  if (!map) return void 0;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return { key, keyNode: pair.key, value: deref(doc, pair.value), pair };
  }
  return void 0;
}
function scalarText(doc, node) {
  const resolved = deref(doc, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === void 0) return void 0;
  return String(resolved.value);
}

export {
  nodeAtPath,
  deref,
  asMap,
  asSeq,
  entry,
  scalarText
};
