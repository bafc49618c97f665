import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/advisories/sources/index.ts
var DEFAULT_OSV_URL = "https://api.osv.dev";

export {
  DEFAULT_OSV_URL
};
