import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  readSbom
} from "./chunk-GJDAG4DN.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  MAX_LOCKFILE_BYTES,
  formatBytes
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/inventory/sbom/collect.ts
var fs = process.getBuiltinModule("node:fs");
var collect_default = fs;

// src/inventory/sbom/collect.ts
function addSbomFiles(inventory, workspace, files) {
  for (const file of files) {
    const text = readSbomText(workspace, file);
    if (!text.ok) {
      inventory.problems.push({ path: file.displayPath, format: "sbom", message: `could not read the SBOM: ${text.reason}` });
      inventory.files.push({ path: file.displayPath, format: "sbom", ecosystem: "unknown", packages: 0 });
      continue;
    }
    const read = readSbom({ path: file.displayPath, text: text.text });
    inventory.packages.push(...read.packages);
    inventory.edges.push(...read.edges);
    inventory.problems.push(...read.problems);
    const ecosystems = new Set(read.packages.map((pkg) => pkg.ecosystem));
    inventory.files.push({
      path: file.displayPath,
      format: read.format ?? "sbom",
      ecosystem: ecosystems.size === 1 ? [...ecosystems][0] : "mixed",
      packages: read.packages.length
    });
  }
}
function readSbomText(workspace, file) {
  if (file.insideWorkspace) return workspace.readText(file.displayPath, MAX_LOCKFILE_BYTES);
  try {
    const size = collect_default.statSync(file.absolutePath).size;
    if (size > MAX_LOCKFILE_BYTES)
      return { ok: false, reason: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_LOCKFILE_BYTES)} chaingate reads` };
    return { ok: true, text: collect_default.readFileSync(file.absolutePath, "utf8") };
  } catch (error) {
    return { ok: false, reason: error.code ?? error.message };
  }
}
export {
  addSbomFiles
};
