import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/model.ts
function packageKey(pkg) {
  return `${pkg.ecosystem}\0${pkg.name}\0${pkg.version ?? ""}\0${pkg.location.path}`;
}

export {
  packageKey
};
