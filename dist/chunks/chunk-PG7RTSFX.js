import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/readers/index.ts
var named = (...names) => (basename) => names.includes(basename);
var NPM_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"];
var PYTHON_LOCKFILES = ["poetry.lock", "uv.lock", "Pipfile.lock", "pylock.toml", "pdm.lock"];
var READERS = [
  // JavaScript
  { format: "package-lock", ecosystem: "npm", matches: named("package-lock.json", "npm-shrinkwrap.json"), load: async () => (await import("./npm-lock-KM3BQS2V.js")).read },
  { format: "yarn-lock", ecosystem: "npm", matches: named("yarn.lock"), load: async () => (await import("./yarn-lock-EW4TFYT5.js")).read },
  { format: "pnpm-lock", ecosystem: "npm", matches: named("pnpm-lock.yaml"), load: async () => (await import("./pnpm-lock-PM22GUGW.js")).read },
  { format: "bun-lock", ecosystem: "npm", matches: named("bun.lock"), load: async () => (await import("./bun-lock-2HYICRCU.js")).read },
  { format: "package-json", ecosystem: "npm", matches: named("package.json"), supersededBy: NPM_LOCKFILES, load: async () => (await import("./package-json-HWU3VIX3.js")).read },
  // Python
  { format: "requirements", ecosystem: "PyPI", matches: (name) => /^.*requirements.*\.(txt|in)$/i.test(name) && !name.endsWith(".in"), load: async () => (await import("./requirements-4L2NB3AL.js")).read },
  { format: "poetry-lock", ecosystem: "PyPI", matches: named("poetry.lock"), load: async () => (await import("./poetry-lock-UWWXIJEM.js")).read },
  { format: "uv-lock", ecosystem: "PyPI", matches: named("uv.lock"), load: async () => (await import("./uv-lock-VVL452AP.js")).read },
  { format: "pipfile-lock", ecosystem: "PyPI", matches: named("Pipfile.lock"), load: async () => (await import("./pipfile-lock-PLE3DZZG.js")).read },
  { format: "pylock", ecosystem: "PyPI", matches: (name) => name === "pylock.toml" || /^pylock\.[^.]+\.toml$/.test(name), load: async () => (await import("./pylock-ZBFZPRF2.js")).read },
  { format: "pyproject", ecosystem: "PyPI", matches: named("pyproject.toml"), supersededBy: PYTHON_LOCKFILES, load: async () => (await import("./pyproject-USXIIXCW.js")).read },
  // Go, Rust
  { format: "go-mod", ecosystem: "Go", matches: named("go.mod"), load: async () => (await import("./go-mod-53PAON7X.js")).read },
  { format: "cargo-lock", ecosystem: "crates.io", matches: named("Cargo.lock"), load: async () => (await import("./cargo-lock-VNFB7JN5.js")).read },
  // Ruby, PHP, .NET, Java
  { format: "gemfile-lock", ecosystem: "RubyGems", matches: (name) => name === "Gemfile.lock" || name === "gems.locked", load: async () => (await import("./gemfile-lock-AE7HUFIH.js")).read },
  { format: "composer-lock", ecosystem: "Packagist", matches: named("composer.lock"), load: async () => (await import("./composer-lock-A6K5S43Y.js")).read },
  { format: "nuget-lock", ecosystem: "NuGet", matches: named("packages.lock.json"), load: async () => (await import("./nuget-lock-4H2RMIXF.js")).read },
  { format: "gradle-lockfile", ecosystem: "Maven", matches: named("gradle.lockfile", "buildscript-gradle.lockfile"), load: async () => (await import("./gradle-lockfile-XAOWENVJ.js")).read },
  { format: "maven-pom", ecosystem: "Maven", matches: named("pom.xml"), load: async () => (await import("./maven-pom-3SWEGU4M.js")).read }
];
function readersFor(basename) {
  return READERS.filter((entry) => entry.matches(basename));
}

export {
  READERS,
  readersFor
};
