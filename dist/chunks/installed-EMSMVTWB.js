import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  metadataLicense,
  parseMetadata
} from "./chunk-ASTGQ7E2.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/licenses/installed.ts
import path from "node:path";
var MAX_METADATA_BYTES = 1024 * 1024;
function packageJsonLicense(manifest) {
  if (typeof manifest !== "object" || manifest === null) return void 0;
  const { license, licenses } = manifest;
  const one = (value) => {
    if (typeof value === "string") return value.trim() || void 0;
    if (typeof value === "object" && value !== null && typeof value.type === "string")
      return value.type.trim() || void 0;
    return void 0;
  };
  const single = one(license);
  if (single) return single;
  if (Array.isArray(licenses)) {
    const all = licenses.map(one).filter((value) => value !== void 0);
    if (all.length === 1) return all[0];
    if (all.length > 1) return all.map((value) => /\s/.test(value) ? `(${value})` : value).join(" OR ");
  }
  return one(licenses);
}
var pep503 = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
function join(directory, relative) {
  return directory === "." ? relative : `${directory}/${relative}`;
}
function distInfos(workspace, directory) {
  const found = /* @__PURE__ */ new Map();
  for (const venv of [".venv", "venv"]) {
    const root = join(directory, venv);
    const sitePackages = [
      ...workspace.directoriesIn(`${root}/lib`).filter((name) => /^python\d/.test(name)).map((name) => `${root}/lib/${name}/site-packages`),
      `${root}/Lib/site-packages`
    ];
    for (const site of sitePackages) {
      for (const entry of workspace.directoriesIn(site)) {
        const match = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
        if (match) found.set(pep503(match[1]), { version: match[2], path: `${site}/${entry}` });
      }
    }
  }
  return found;
}
function installedLicenses(workspace, packages, isExpression) {
  const found = /* @__PURE__ */ new Map();
  const nodeModules = /* @__PURE__ */ new Map();
  const venvs = /* @__PURE__ */ new Map();
  packages.forEach((pkg, index) => {
    if (pkg.license || pkg.version === null || pkg.source === "workspace") return;
    const directory = path.posix.dirname(pkg.location.path);
    if (pkg.ecosystem === "npm") {
      let layout = nodeModules.get(directory);
      if (!layout) {
        layout = { present: workspace.directoriesIn(directory === "." ? "." : directory).includes("node_modules"), pnpm: false };
        if (layout.present) layout.pnpm = workspace.directoriesIn(join(directory, "node_modules")).includes(".pnpm");
        nodeModules.set(directory, layout);
      }
      if (!layout.present) return;
      const candidates = [join(directory, `node_modules/${pkg.name}/package.json`)];
      if (layout.pnpm) candidates.push(join(directory, `node_modules/.pnpm/${pkg.name.replace("/", "+")}@${pkg.version}/node_modules/${pkg.name}/package.json`));
      for (const candidate of candidates) {
        const read = workspace.readText(candidate, MAX_METADATA_BYTES, { cache: false });
        if (!read.ok) continue;
        let manifest;
        try {
          manifest = JSON.parse(read.text);
        } catch {
          continue;
        }
        if (manifest.version !== pkg.version) continue;
        const license = packageJsonLicense(manifest);
        if (license) found.set(index, license);
        break;
      }
    } else if (pkg.ecosystem === "PyPI") {
      let installed = venvs.get(directory);
      if (!installed) {
        installed = distInfos(workspace, directory);
        if (directory !== ".") {
          for (const [name, entry2] of distInfos(workspace, ".")) if (!installed.has(name)) installed.set(name, entry2);
        }
        venvs.set(directory, installed);
      }
      const entry = installed.get(pep503(pkg.name));
      if (!entry || entry.version !== pkg.version) return;
      const read = workspace.readText(`${entry.path}/METADATA`, MAX_METADATA_BYTES, { cache: false });
      if (!read.ok) return;
      const license = metadataLicense(parseMetadata(read.text), isExpression);
      if (license) found.set(index, license);
    }
  });
  return found;
}
async function addInstalledLicenses(workspace, inventory) {
  const { classifyLicense } = await import("./spdx-NOLQIZOM.js");
  const found = installedLicenses(workspace, inventory.packages, (text) => classifyLicense(text).kind === "valid");
  for (const [index, license] of found) inventory.packages[index].license = license;
  return found.size;
}
export {
  addInstalledLicenses,
  installedLicenses,
  packageJsonLicense
};
