import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  KUSTOMIZATION_NAMES,
  asSeq,
  entries,
  entry,
  isKustomizationName,
  isScalar,
  kubernetesImages,
  locate,
  parseImageRef,
  parseYaml,
  scalarText,
  unquotedRange,
  workspacePath
} from "./chunk-O3H7VSDC.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sources/kustomize.ts
import path from "node:path";
var MAX_BUILDS = 5e3;
function splitImage(text) {
  const slash = Math.max(text.indexOf("/"), 0);
  const at = text.indexOf("@", slash);
  const colon = text.indexOf(":", slash);
  if (at >= 0 && (colon < 0 || at < colon)) return { name: text.slice(0, at), tag: "", digest: text.slice(at + 1) };
  if (colon < 0) return { name: text, tag: "", digest: "" };
  return { name: text.slice(0, colon), tag: text.slice(colon + 1, at >= 0 ? at : void 0), digest: at >= 0 ? text.slice(at + 1) : "" };
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
function kustomizeImages(files, read, ignored = () => false, roots) {
  const problems = [];
  const listed = /* @__PURE__ */ new Set();
  const loaded = /* @__PURE__ */ new Map();
  const manifests = /* @__PURE__ */ new Map();
  const problem = (where, message, node, file) => {
    problems.push({ path: where, message, kind: "kustomize", ...node && file ? { location: locate(file, node) } : {} });
  };
  const load = (relative) => {
    if (loaded.has(relative)) return loaded.get(relative);
    loaded.set(relative, null);
    const text = read(relative);
    if (!text.ok) {
      problem(relative, `cannot read the kustomization: ${text.reason}`);
      return null;
    }
    const parsed = parseYaml(relative, text.text);
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
    for (const [index, item] of (asSeq(doc, entry(doc, doc.contents, "images")?.value)?.items ?? []).entries()) {
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
          `images[${index}].${refused} is not a string (write it in quotes): kustomize refuses this kustomization, so the images it deploys are not known`,
          node,
          parsed.file
        );
        continue;
      }
      const text2 = (key) => scalarText(doc, fields.get(key)?.value);
      const decisive = ["digest", "newTag", "tagSuffix", "newName", "name"].map((key) => fields.get(key)?.value).find((node) => node);
      images2.push({
        name,
        index,
        location: locate(parsed.file, unquotedRange(decisive)),
        ...text2("newName") ? { newName: text2("newName") } : {},
        ...text2("newTag") ? { newTag: text2("newTag") } : {},
        ...text2("digest") ? { digest: text2("digest") } : {},
        ...text2("tagSuffix") ? { tagSuffix: text2("tagSuffix") } : {}
      });
    }
    const field = (key) => entry(doc, doc.contents, key);
    const helmCharts = field("helmCharts");
    if (helmCharts?.value && (asSeq(doc, helmCharts.value)?.items.length ?? 0) > 0)
      problem(relative, "helmCharts are not inflated: the images those charts deploy are not known", helmCharts.keyNode, parsed.file);
    for (const key of ["patches", "patchesStrategicMerge", "patchesJson6902"]) {
      for (const item of asSeq(doc, field(key)?.value)?.items ?? []) {
        const inline = scalarText(doc, entry(doc, item, "patch")?.value) ?? (key === "patchesStrategicMerge" && scalarText(doc, item)?.includes("\n") ? scalarText(doc, item) : void 0);
        const named = inline === void 0 ? scalarText(doc, entry(doc, item, "path")?.value) ?? scalarText(doc, item) : void 0;
        let patch = inline;
        if (named !== void 0) {
          const where = localPath({ path: relative, file: parsed.file }, { text: named.trim(), node: item }, "patch");
          const got = where === null ? null : read(where);
          if (where !== null) listed.add(where);
          if (got && !got.ok)
            problem(relative, `patch ${named.trim()} cannot be read (${got.reason}): whether it changes images is not known`, item, parsed.file);
          patch = got?.ok ? got.text : void 0;
        }
        if (patch !== void 0 && /\bimage\b/.test(patch))
          problem(
            relative,
            `a patch in ${key} changes container images, which chaingate does not apply: the images reported for this kustomization may not be the ones it deploys`,
            item,
            parsed.file
          );
      }
    }
    const kustomization = {
      path: relative,
      file: parsed.file,
      resources: [...list("resources"), ...list("bases")],
      components: list("components"),
      images: images2
    };
    loaded.set(relative, kustomization);
    return kustomization;
  };
  const localPath = (from, item, what) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item.text) || /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(item.text) || item.text.includes("?ref=")) {
      problem(from.path, `remote ${what} ${item.text} is not fetched: the images it deploys are not known`, item.node, from.file);
      return null;
    }
    const joined = workspacePath(path.posix.dirname(from.path), item.text);
    if (joined === void 0) {
      problem(from.path, `${what} ${item.text} is outside the workspace: not read`, item.node, from.file);
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
  const imagesOf = (relative) => {
    let found = manifests.get(relative);
    if (!found) {
      const text = read(relative);
      if (!text.ok) {
        problem(relative, `cannot read: ${text.reason}`);
        found = [];
      } else {
        const result = kubernetesImages(relative, text.text);
        problems.push(...result.problems.map((item) => ({ ...item, kind: "kubernetes" })));
        found = result.images.map((original, index) => ({ original, field: result.fields[index] }));
      }
      manifests.set(relative, found);
    }
    return found;
  };
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
        into.push(...imagesOf(target.manifest).map((image) => ({ ...image, current: image.original.text })));
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
    for (const override of kustomization.images) {
      for (const flowing of into) {
        const list = flowing.field?.slice(flowing.field.lastIndexOf("/") + 1);
        const volume = VOLUME_FIELD_SPECS.has(flowing.field ?? "");
        if (list !== "containers" && list !== "initContainers" && !volume) continue;
        let changed = applyOverride(flowing.current, override);
        if (changed !== null && FIELD_SPECS.has(flowing.field)) changed = applyOverride(changed, override) ?? changed;
        if (changed === null || changed === flowing.current) continue;
        flowing.current = changed;
        flowing.change = { ...override, path: relative };
      }
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
  for (const [root, flowing] of deployed) {
    if (listed.has(root)) continue;
    for (const { original, current, change } of flowing) {
      const at = original.location ? `${original.location.path}:${original.location.startLine}` : "";
      const image = change ? {
        kind: "kustomize",
        context: `${original.context} (${at}, ${original.text}) set by images[${change.index}] of ${change.path}`,
        location: change.location,
        text: current
      } : original;
      if (change) {
        const parsed = parseImageRef(current);
        if (parsed.ok) image.ref = parsed.ref;
        else image.unknown = `not a valid image reference: ${parsed.reason}`;
      }
      const key = `${image.location?.path}:${image.location?.startLine}:${image.location?.startColumn} ${image.context} ${image.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      images.push(image);
    }
  }
  const once = new Map(problems.map((item) => [`${item.path}:${item.location?.startLine ?? 0} ${item.message}`, item]));
  return { images, problems: [...once.values()], listed };
}
export {
  applyOverride,
  kustomizeImages
};
