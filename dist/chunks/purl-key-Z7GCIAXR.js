import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_packageurl_js
} from "./chunk-NHOZRFUV.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/inventory/licenses/purl-key.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var CASE_INSENSITIVE = /* @__PURE__ */ new Set(["npm", "pypi", "github", "gem", "composer", "nuget", "cargo"]);
function purlKey(purl) {
  let parsed;
  try {
    parsed = import_packageurl_js.PackageURL.fromString(purl);
  } catch {
    return void 0;
  }
  const type = parsed.type.toLowerCase();
  let namespace = parsed.namespace ?? "";
  let name = parsed.name;
  if (type === "pypi") name = name.replace(/[-_.]+/g, "-");
  if (CASE_INSENSITIVE.has(type)) {
    namespace = namespace.toLowerCase();
    name = name.toLowerCase();
  }
  return `${type}/${namespace}/${name}@${parsed.version ?? ""}`;
}
export {
  purlKey
};
