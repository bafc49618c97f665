import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asMap,
  asSeq,
  entries,
  entry,
  locate,
  parseImageRef,
  parseYaml,
  scalarText,
  unquotedRange
} from "./chunk-UWVTSOSV.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sources/helm.ts
import path from "node:path";
function helmValuesImages(relative, text, chartText) {
  const images = [];
  const problems = [];
  const parsed = parseYaml(relative, text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.failure;
    problems.push({
      path: relative,
      kind: "helm-values",
      message: `chart values do not parse: ${message}`,
      location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
    });
    return { images, problems };
  }
  const chart = chartText === void 0 ? void 0 : parseYaml(`${path.posix.dirname(relative)}/Chart.yaml`, chartText);
  const chartDoc = chart?.ok ? chart.file.doc : void 0;
  const appVersion = chartDoc ? scalarText(chartDoc, entry(chartDoc, chartDoc.contents, "appVersion")?.value)?.trim() : void 0;
  const chartName = (chartDoc && scalarText(chartDoc, entry(chartDoc, chartDoc.contents, "name")?.value)) ?? path.posix.dirname(relative);
  const { doc } = parsed.file;
  const push = (where, node, written, composed, why) => {
    const base = {
      kind: "helm-values",
      context: `chart ${chartName} values ${where}`,
      location: locate(parsed.file, unquotedRange(node)),
      text: written
    };
    if (composed === null) {
      images.push({ ...base, unknown: why });
      return;
    }
    const ref = parseImageRef(composed);
    const resolved = composed !== written ? { resolved: composed } : {};
    images.push(ref.ok ? { ...base, ...resolved, ref: ref.ref } : { ...base, ...resolved, unknown: `not a valid image reference: ${ref.reason}` });
  };
  const visit = (node, keys, depth) => {
    if (depth > 32) return;
    for (const item of asSeq(doc, node)?.items ?? []) visit(item, keys, depth + 1);
    for (const { key, value } of entries(doc, node)) {
      const where = [...keys, key].join(".");
      if (key === "image" && value) {
        const whole = scalarText(doc, value)?.trim();
        if (whole) {
          push(where, value, whole, whole);
          continue;
        }
        const repositoryNode = entry(doc, value, "repository")?.value;
        const repository = scalarText(doc, repositoryNode)?.trim();
        if (asMap(doc, value) && repository && repositoryNode) {
          const field = (name2) => scalarText(doc, entry(doc, value, name2)?.value)?.trim() ?? "";
          const name = field("registry") ? `${field("registry")}/${repository}` : repository;
          const tag = field("tag") || appVersion;
          if (field("digest")) push(where, repositoryNode, repository, `${name}@${field("digest")}`);
          else if (tag) push(where, repositoryNode, repository, `${name}:${tag}`);
          else push(where, repositoryNode, repository, null, "no tag in the values and no appVersion in Chart.yaml: the tag is left to the templates");
          continue;
        }
      }
      visit(value, [...keys, key], depth + 1);
    }
  };
  visit(doc.contents, [], 0);
  return { images, problems };
}
export {
  helmValuesImages
};
