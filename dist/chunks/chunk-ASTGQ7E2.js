import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

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
  const named = [
    ...new Set(metadata.classifiers.filter((classifier) => classifier.startsWith("License ::")).map((classifier) => classifier.split("::").pop().trim()))
  ];
  return named.length > 0 ? named.join(" OR ") : void 0;
}

export {
  parseMetadata,
  metadataLicense
};
