import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/advisories/sources/query-version.ts
function queryVersion(ecosystem, version) {
  return ecosystem === "Go" ? version.replace(/^v(?=\d)/, "") : version;
}

export {
  queryVersion
};
