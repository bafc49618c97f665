import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/model.ts
function packageKey(pkg) {
  return [pkg.ecosystem, pkg.name, pkg.version ?? "", pkg.location.path].join("\0");
}

export {
  packageKey
};
