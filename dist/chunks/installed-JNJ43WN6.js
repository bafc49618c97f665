import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import "./chunk-RQ4SWRSA.js";

// src/inventory/licenses/installed.ts
import path from "node:path";

// src/inventory/licenses/python-metadata.ts
var CLASSIFIER_SPDX = {
  "License :: OSI Approved :: MIT License": "MIT",
  "License :: OSI Approved :: MIT No Attribution License (MIT-0)": "MIT-0",
  "License :: OSI Approved :: ISC License (ISCL)": "ISC",
  "License :: OSI Approved :: Python Software Foundation License": "PSF-2.0",
  "License :: OSI Approved :: Mozilla Public License 1.0 (MPL)": "MPL-1.0",
  "License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)": "MPL-1.1",
  "License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
  "License :: OSI Approved :: GNU General Public License v2 (GPLv2)": "GPL-2.0-only",
  "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
  "License :: OSI Approved :: GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
  "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
  "License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.0-only",
  "License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.0-or-later",
  "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
  "License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)": "LGPL-3.0-or-later",
  "License :: OSI Approved :: GNU Affero General Public License v3": "AGPL-3.0-only",
  "License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)": "AGPL-3.0-or-later",
  "License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)": "EPL-1.0",
  "License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)": "EPL-2.0",
  "License :: OSI Approved :: The Unlicense (Unlicense)": "Unlicense",
  "License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)": "BSL-1.0",
  "License :: OSI Approved :: Universal Permissive License (UPL)": "UPL-1.0",
  "License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)": "EUPL-1.2",
  "License :: OSI Approved :: Apache Software License 2.0 (Apache-2.0)": "Apache-2.0",
  "License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication": "CC0-1.0"
};
function parseMetadata(text) {
  const result = { classifiers: [] };
  let current = null;
  const flush = () => {
    if (!current) return;
    const key = current.key.toLowerCase();
    const value = current.value.trim();
    if (key === "name") result.name = value;
    else if (key === "version") result.version = value;
    else if (key === "license-expression") result.licenseExpression = value;
    else if (key === "license") result.license = value;
    else if (key === "classifier") result.classifiers.push(value);
    current = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (current) current.value += `
${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    if (colon > 0) current = { key: line.slice(0, colon), value: line.slice(colon + 1) };
  }
  flush();
  return result;
}
function metadataLicense(metadata, isExpression) {
  if (metadata.licenseExpression) return metadata.licenseExpression;
  const license = metadata.license?.trim();
  if (license && !license.includes("\n") && isExpression(license)) return license;
  const mapped = metadata.classifiers.filter((classifier) => classifier.startsWith("License ::")).map((classifier) => CLASSIFIER_SPDX[classifier]);
  if (mapped.length > 0 && mapped.every((id) => id !== void 0)) {
    const distinct = [...new Set(mapped)];
    return distinct.length === 1 ? distinct[0] : distinct.join(" OR ");
  }
  if (license && license.toUpperCase() !== "UNKNOWN") {
    const first = license.split("\n")[0].trim();
    return first.length > 100 ? `${first.slice(0, 97)}...` : first;
  }
  return void 0;
}

// src/inventory/licenses/installed.ts
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
export {
  installedLicenses,
  packageJsonLicense
};
