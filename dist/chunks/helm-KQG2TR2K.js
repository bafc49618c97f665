import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asMap,
  asSeq,
  deref,
  entries,
  entry,
  isScalar,
  locate,
  parseImageRef,
  parseYaml,
  scalarText,
  startsWithRegistry,
  unquotedRange,
  workspacePath
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sources/helm.ts
import path from "node:path";
var MAX_DEPTH = 32;
var IMAGE_KEY = /^(?:image|[a-z][A-Za-z0-9]*Image)$/;
var MAX_SUBCHART_DEPTH = 8;
var TEMPLATE_FILE = /\.(?:ya?ml|tpl)$/;
var V_APP_VERSION = /printf?\s+"v(?:%s)?"\s+\(?\s*\$?\.Chart\.AppVersion|\bv\{\{-?\s*\$?\.Chart\.AppVersion/;
var PLAIN_APP_VERSION = /default\s+\(?\s*\$?\.Chart\.AppVersion/;
var LITERAL_IMAGE = /^\s*(?:-\s+)?image:\s*["']?([A-Za-z0-9][\w.\-/:@]*)["']?\s*(?:#.*)?$/;
function exact(doc, from, segments) {
  let node = deref(doc, from);
  for (const segment of segments) {
    if (typeof segment === "number") node = asSeq(doc, node)?.items[segment];
    else node = entry(doc, node, segment)?.value ?? null;
    node = deref(doc, node);
    if (!node) return null;
  }
  return node;
}
function lookup(layers, segments) {
  for (const layer of layers) {
    const node = exact(layer.file.doc, layer.file.doc.contents, segments[0] === "global" ? segments : [...layer.at, ...segments]);
    if (node) return { node, layer };
  }
  return void 0;
}
function text(layers, segments) {
  const found = lookup(layers, segments);
  if (!found) return void 0;
  const scalar = deref(found.layer.file.doc, found.node);
  const value = isScalar(scalar) && typeof scalar.value === "number" ? goFloat(scalar.value) : scalarText(found.layer.file.doc, found.node)?.trim();
  return value !== void 0 ? { value, node: found.node, layer: found.layer } : void 0;
}
function bool(layers, segments) {
  const found = lookup(layers, segments);
  const scalar = found ? deref(found.layer.file.doc, found.node) : null;
  return isScalar(scalar) && typeof scalar.value === "boolean" ? scalar.value : void 0;
}
function goFloat(value) {
  if (!Number.isFinite(value)) return value > 0 ? "+Inf" : value < 0 ? "-Inf" : "NaN";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, exponent] = value.toExponential().split("e");
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return String(value);
}
function loadChart(folder, files, problems, depth) {
  const join = (name) => folder === "." ? name : `${folder}/${name}`;
  const chartText = files.read(join("Chart.yaml"));
  if (chartText === void 0) return void 0;
  const unparsed = (file, what, failure) => {
    problems.push({
      path: file,
      kind: "helm-values",
      message: `${what}: ${failure.message}`,
      location: { path: file, startLine: failure.line, startColumn: failure.column, endLine: failure.line, endColumn: failure.column }
    });
  };
  const meta = parseYaml(join("Chart.yaml"), chartText);
  if (!meta.ok) unparsed(join("Chart.yaml"), "Chart.yaml does not parse (the chart's dependencies and appVersion are not known)", meta.failure);
  const metaDoc = meta.ok ? meta.file.doc : void 0;
  const field = (node, key) => metaDoc ? scalarText(metaDoc, entry(metaDoc, node, key)?.value)?.trim() : void 0;
  const valuesPath2 = [join("values.yaml"), join("values.yml")].find((candidate) => files.read(candidate) !== void 0);
  let values;
  if (valuesPath2) {
    const parsed = parseYaml(valuesPath2, files.read(valuesPath2));
    if (parsed.ok) values = parsed.file;
    else unparsed(valuesPath2, "chart values do not parse", parsed.failure);
  }
  const chart = {
    folder,
    name: field(metaDoc?.contents, "name") ?? folder,
    library: field(metaDoc?.contents, "type") === "library",
    ...values ? { values } : {},
    ...readTemplates(folder, files),
    dependencies: []
  };
  const appVersion = field(metaDoc?.contents, "appVersion");
  if (appVersion) chart.appVersion = appVersion;
  let listed = metaDoc ? asSeq(metaDoc, entry(metaDoc, metaDoc.contents, "dependencies")?.value) : null;
  let listFile = meta.ok ? meta.file : void 0;
  const requirements = files.read(join("requirements.yaml"));
  if (!listed && requirements !== void 0) {
    const parsed = parseYaml(join("requirements.yaml"), requirements);
    if (parsed.ok) {
      listFile = parsed.file;
      listed = asSeq(listFile.doc, entry(listFile.doc, listFile.doc.contents, "dependencies")?.value);
    } else unparsed(join("requirements.yaml"), "requirements.yaml does not parse (the chart's dependencies are not known)", parsed.failure);
  }
  const listDoc = listFile?.doc;
  const vendored = depth < MAX_SUBCHART_DEPTH ? subchartFolders(folder, files).map((sub) => loadChart(sub, files, problems, depth + 1)) : [];
  const used = /* @__PURE__ */ new Set();
  for (const item of listed?.items ?? []) {
    const at = (key) => listDoc ? scalarText(listDoc, entry(listDoc, item, key)?.value)?.trim() : void 0;
    const name = at("name");
    if (!name) continue;
    let sub = vendored.find((candidate) => candidate?.name === name);
    if (sub) used.add(sub);
    const repository = at("repository") ?? "";
    const local = repository.startsWith("file://") ? workspacePath(folder, repository.slice("file://".length)) : void 0;
    if (!sub && local !== void 0 && depth < MAX_SUBCHART_DEPTH) sub = loadChart(local, files, problems, depth + 1);
    const tags = listDoc ? (asSeq(listDoc, entry(listDoc, item, "tags")?.value)?.items ?? []).map((tag) => scalarText(listDoc, tag) ?? "") : [];
    const condition = at("condition");
    const nameNode = listDoc ? entry(listDoc, item, "name")?.value : void 0;
    const archives = `${join("charts")}/${name}-`;
    const archive = sub ? void 0 : files.paths.find((file) => file.startsWith(archives) && /^\d[^/]*\.tgz$/.test(file.slice(archives.length)));
    chart.dependencies.push({
      key: at("alias") || name,
      name,
      tags,
      source: `${at("version") ?? "any version"} from ${repository || "no repository"}`,
      ...listFile && nameNode ? { location: locate(listFile, unquotedRange(nameNode)) } : {},
      ...condition ? { condition } : {},
      ...archive ? { archive } : {},
      ...sub ? { chart: sub } : {}
    });
  }
  for (const sub of vendored) if (sub && !used.has(sub)) chart.dependencies.push({ key: sub.name, name: sub.name, tags: [], source: "vendored", chart: sub });
  return chart;
}
var libraryNames = /* @__PURE__ */ new WeakMap();
function libraries(files) {
  let names = libraryNames.get(files.paths);
  if (names) return names;
  names = /* @__PURE__ */ new Set();
  for (const file of files.paths) {
    if (!/(?:^|\/)Chart\.yaml$/.test(file)) continue;
    const body = files.read(file);
    if (body === void 0 || !/^type\s*:\s*["']?library\b/m.test(body)) continue;
    const name = /^name\s*:\s*["']?([^"'\s#]+)/m.exec(body)?.[1];
    if (name) names.add(name);
  }
  libraryNames.set(files.paths, names);
  return names;
}
function subchartFolders(folder, files) {
  const prefix = folder === "." ? "charts/" : `${folder}/charts/`;
  const found = /* @__PURE__ */ new Set();
  for (const file of files.paths) {
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length).split("/");
    if (rest.length === 2 && rest[1] === "Chart.yaml") found.add(`${prefix}${rest[0]}`);
    else if (rest.length === 3 && rest[0].endsWith(".tgz") && rest[2] === "Chart.yaml") found.add(`${prefix}${rest[0]}/${rest[1]}`);
  }
  return [...found].sort();
}
function readTemplates(folder, files) {
  const prefix = folder === "." ? "templates/" : `${folder}/templates/`;
  let prefixed = false;
  let plain = false;
  const literal = [];
  for (const file of files.paths) {
    if (!file.startsWith(prefix) || !TEMPLATE_FILE.test(file)) continue;
    const body = files.read(file);
    if (body === void 0) continue;
    if (/\.ya?ml$/.test(file) && body.includes("image")) {
      body.split("\n").forEach((line, index) => {
        const match = LITERAL_IMAGE.exec(line);
        if (match && match[1] !== "auto") literal.push({ path: file, line: index + 1, column: line.indexOf(match[1]) + 1, image: match[1] });
      });
    }
    if (!body.includes("AppVersion")) continue;
    prefixed ||= V_APP_VERSION.test(body);
    plain ||= PLAIN_APP_VERSION.test(body);
  }
  if (prefixed && plain)
    return {
      literal,
      appVersionTag: {
        unknown: "the tag defaults to appVersion, which the templates write both with and without a `v` before it: which one this image gets is left to the templates"
      }
    };
  return { literal, appVersionTag: { prefix: prefixed ? "v" : "" } };
}
function dependencyEnabled(dependency, parent, own) {
  for (const condition of (dependency.condition ?? "").split(",").map((item) => item.trim()).filter(Boolean)) {
    const segments = condition.split(".");
    const found = segments[0] === dependency.key && own.length > 0 ? bool(own, segments.slice(1)) : bool(parent, segments);
    if (found !== void 0) return found;
  }
  let anyTrue = false;
  let anyFalse = false;
  for (const tag of dependency.tags) {
    const value = bool(parent, ["tags", tag]);
    anyTrue ||= value === true;
    anyFalse ||= value === false;
  }
  return anyTrue || !anyFalse;
}
function helmChartImages(folder, files) {
  const images = [];
  const problems = [];
  const top = loadChart(folder, files, problems, 0);
  if (!top?.values || top.library) return { images, problems };
  const read = (chart, layers, label, depth) => {
    const subKeys = new Map(chart.dependencies.map((dependency) => [dependency.key, dependency]));
    const seen = /* @__PURE__ */ new Set();
    const found = [];
    const visit = (layer, node, keys, level) => {
      if (level > MAX_DEPTH) return;
      const doc = layer.file.doc;
      asSeq(doc, node)?.items.forEach((item, index) => visit(layer, item, [...keys, index], level + 1));
      for (const { key, value } of entries(doc, node)) {
        if (keys.length === 0 && subKeys.get(key)?.chart) continue;
        if (IMAGE_KEY.test(key) && value && (scalarText(doc, value) !== void 0 || asMap(doc, value))) {
          const id = JSON.stringify([...keys, key]);
          const named = scalarText(doc, value)?.trim() || imageName(layers, keys, key) || emptyName(layers, keys, key);
          if (!seen.has(id) && named) {
            seen.add(id);
            found.push({ keys, key, layer });
          }
          if (scalarText(doc, value) !== void 0 || named) continue;
        }
        visit(layer, value, [...keys, key], level + 1);
      }
    };
    for (const layer of [...layers].reverse()) visit(layer, exact(layer.file.doc, layer.file.doc.contents, layer.at), [], 0);
    const empty = [];
    const before = images.length;
    for (const { keys, key } of found) {
      if (disabled(layers, [...keys, key])) continue;
      const dependency = typeof keys[0] === "string" ? subKeys.get(keys[0]) : void 0;
      if (dependency && !dependencyEnabled(dependency, layers, [])) continue;
      const image = compose(chart, layers, keys, key, dependency);
      if (image) (image.text === "" ? empty : images).push({ ...image, context: `chart ${label} values ${valuesPath([...keys, key])}` });
    }
    if (images.length === before) images.push(...empty);
    for (const written of chart.literal) {
      const ref = parseImageRef(written.image);
      const location = {
        path: written.path,
        startLine: written.line,
        startColumn: written.column,
        endLine: written.line,
        endColumn: written.column + written.image.length - 1
      };
      const base = {
        kind: "helm-values",
        context: `chart ${label} template ${written.path.slice(chart.folder === "." ? 0 : chart.folder.length + 1)}`,
        location,
        text: written.image
      };
      images.push(ref.ok ? { ...base, ref: ref.ref } : { ...base, unknown: `not a valid image reference: ${ref.reason}` });
    }
    if (depth >= MAX_SUBCHART_DEPTH) return;
    for (const dependency of chart.dependencies) {
      const sub = dependency.chart;
      if (!sub) {
        if (!dependencyEnabled(dependency, layers, []) || libraries(files).has(dependency.name)) continue;
        images.push({
          kind: "helm-values",
          context: `chart ${label} dependency ${dependency.key}`,
          ...dependency.location ? { location: dependency.location } : {},
          text: dependency.name,
          unknown: dependency.archive ? `dependency ${dependency.name} is vendored as an archive (${dependency.archive}) that chaingate could not read: the images it deploys are not known (vendor it as a folder, or render the chart and judge the output as Kubernetes manifests)` : `dependency ${dependency.name} (${dependency.source}) is not vendored in charts/: the images it deploys are not known (vendor it with \`helm dependency build\`, or render the chart and judge the output as Kubernetes manifests; a library chart deploys none)`
        });
        continue;
      }
      if (sub.library) continue;
      const own = [
        ...layers.map((layer) => ({ file: layer.file, at: [...layer.at, dependency.key] })),
        ...sub.values ? [{ file: sub.values, at: [] }] : []
      ];
      if (!dependencyEnabled(dependency, layers, own)) continue;
      read(sub, own, `${label}/${dependency.key}`, depth + 1);
    }
  };
  read(top, [{ file: top.values, at: [] }], top.name, 0);
  return { images, problems };
}
function valuesPath(keys) {
  return keys.map((key, index) => typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`).join("");
}
function imageName(layers, keys, key) {
  for (const field of ["repository", "image", "name"]) {
    const found = text(layers, [...keys, key, field]);
    if (found?.value) return found;
  }
  return void 0;
}
function emptyName(layers, keys, key) {
  const found = lookup(layers, [...keys, key, "repository"]);
  if (!found) return void 0;
  const value = scalarText(found.layer.file.doc, found.node);
  return value === void 0 || value.trim() === "" ? found : void 0;
}
function disabled(layers, keys) {
  for (let length = 0; length <= keys.length; length++) {
    for (const toggle of ["enabled", "create"]) if (bool(layers, [...keys.slice(0, length), toggle]) === false) return true;
  }
  return false;
}
function compose(chart, layers, keys, key, dependency) {
  const source = (node, layer, written, composed, why) => {
    const base = { kind: "helm-values", location: locate(layer.file, unquotedRange(node)), text: written };
    if (composed === null) return { ...base, unknown: why };
    const ref = parseImageRef(composed);
    const resolved = composed !== written ? { resolved: composed } : {};
    return ref.ok ? { ...base, ...resolved, ref: ref.ref } : { ...base, ...resolved, unknown: `not a valid image reference: ${ref.reason}` };
  };
  const defaultTag = () => {
    if (dependency && !dependency.chart)
      return {
        unknown: `no tag in the values: the tag defaults to the appVersion of dependency ${dependency.name}, which is ${dependency.archive ? `vendored as an archive chaingate could not read (${dependency.archive})` : "not vendored in charts/"}`
      };
    if (!chart.appVersion) return { unknown: "no tag in the values and no appVersion in Chart.yaml: the tag is left to the templates" };
    if ("unknown" in chart.appVersionTag) return chart.appVersionTag;
    return { tag: `${chart.appVersionTag.prefix}${chart.appVersion}` };
  };
  const whole = text(layers, [...keys, key]);
  if (whole) {
    if (!whole.value) return void 0;
    return source(whole.node, whole.layer, whole.value, ...completeString(layers, keys, key, whole.value));
  }
  const name = imageName(layers, keys, key);
  if (!name) {
    const empty = emptyName(layers, keys, key);
    return empty ? source(
      empty.node,
      empty.layer,
      "",
      null,
      "the image repository is empty in the values: the templates choose the image, which chaingate does not render"
    ) : void 0;
  }
  const field = (name2) => text(layers, [...keys, key, name2])?.value ?? "";
  const registry = text(layers, ["global", "imageRegistry"])?.value || field("registry") || (startsWithRegistry(name.value) ? "" : text(layers, ["global", "image", "registry"])?.value ?? "");
  const full = registry ? `${registry}/${name.value}` : name.value;
  let digest = field("digest") || field("sha");
  let tag = field("tag");
  if (/^sha256:[a-f0-9]{64}$/.test(tag)) [digest, tag] = [tag, ""];
  let at = name;
  for (const name2 of ["registry", "tag", "digest", "sha"]) {
    const written = text(layers, [...keys, key, name2]);
    if (written?.value && layers.indexOf(written.layer) < layers.indexOf(at.layer)) at = written;
  }
  const report = (composed, why) => source(at.node, at.layer, name.value, composed, why);
  if (digest) return report(`${full}@${digest}`);
  if (tag) {
    const image = report(`${full}:${tag}`);
    const tagNode = lookup(layers, [...keys, key, "tag"]);
    const written = tagNode ? deref(tagNode.layer.file.doc, tagNode.node) : null;
    if (image.unknown && isScalar(written) && typeof written.value === "number" && String(written.value) !== tag)
      image.unknown = `the tag is the YAML number ${String(written.value)}, which Helm's templates print as ${tag} (quote it in the values): ${image.unknown}`;
    return image;
  }
  const fallback = defaultTag();
  return "tag" in fallback ? report(`${full}:${fallback.tag}`) : report(null, fallback.unknown);
}
function completeString(layers, keys, key, written) {
  const parsed = parseImageRef(written);
  if (!parsed.ok || !parsed.ref.defaultTag) return [written];
  const beside = text(layers, [...keys, `${key}Tag`])?.value || (key === "image" ? text(layers, [...keys, "tag"])?.value : void 0);
  if (written.includes("/") || written.includes(":")) return [beside ? `${written}:${beside}` : written];
  const nearest = (field) => {
    for (let length = keys.length; length >= 0; length--) {
      const at = keys.slice(0, length);
      const value = text(layers, [...at, field])?.value || text(layers, [...at, "global", field])?.value;
      if (value) return value;
    }
    return void 0;
  };
  const hub = nearest("hub");
  if (!hub) return [beside ? `${written}:${beside}` : written];
  if (nearest("variant")) return [null, "the templates add the `variant` to the tag of this image, which chaingate does not compose"];
  const tag = beside || nearest("tag");
  return [`${hub}/${written}${tag ? `:${tag}` : ""}`];
}
function helmValuesImages(relative, text2, chartText) {
  const folder = path.posix.dirname(relative);
  const chartPath = folder === "." ? "Chart.yaml" : `${folder}/Chart.yaml`;
  const texts = /* @__PURE__ */ new Map([[relative, text2]]);
  texts.set(chartPath, chartText ?? `name: ${folder}
`);
  return helmChartImages(folder, { read: (file) => texts.get(file), paths: [...texts.keys()] });
}
export {
  goFloat,
  helmChartImages,
  helmValuesImages
};
