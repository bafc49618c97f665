import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/readers/index.ts
var named = (...names) => (basename) => names.includes(basename);
var NPM_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"];
var PYTHON_LOCKFILES = ["poetry.lock", "uv.lock", "Pipfile.lock", "pylock.toml", "pdm.lock"];
var READERS = [
  // JavaScript
  {
    format: "package-lock",
    ecosystem: "npm",
    matches: named("package-lock.json", "npm-shrinkwrap.json"),
    load: async () => (await import("./npm-lock-SMSUMRYH.js")).read
  },
  { format: "yarn-lock", ecosystem: "npm", matches: named("yarn.lock"), load: async () => (await import("./yarn-lock-C7WQF6R4.js")).read },
  { format: "pnpm-lock", ecosystem: "npm", matches: named("pnpm-lock.yaml"), load: async () => (await import("./pnpm-lock-WVNQTVMI.js")).read },
  { format: "bun-lock", ecosystem: "npm", matches: named("bun.lock"), load: async () => (await import("./bun-lock-VETLTYX5.js")).read },
  {
    format: "package-json",
    ecosystem: "npm",
    matches: named("package.json"),
    supersededBy: NPM_LOCKFILES,
    load: async () => (await import("./package-json-JSMCCR73.js")).read
  },
  // Python
  {
    format: "requirements",
    ecosystem: "PyPI",
    matches: (name) => /^.*requirements.*\.(txt|in)$/i.test(name) && !name.endsWith(".in"),
    load: async () => (await import("./requirements-LMLCPF44.js")).read
  },
  { format: "poetry-lock", ecosystem: "PyPI", matches: named("poetry.lock"), load: async () => (await import("./poetry-lock-6WNG7T3K.js")).read },
  { format: "uv-lock", ecosystem: "PyPI", matches: named("uv.lock"), load: async () => (await import("./uv-lock-5IRJYJUS.js")).read },
  { format: "pipfile-lock", ecosystem: "PyPI", matches: named("Pipfile.lock"), load: async () => (await import("./pipfile-lock-QJHEL63E.js")).read },
  {
    format: "pylock",
    ecosystem: "PyPI",
    matches: (name) => name === "pylock.toml" || /^pylock\.[^.]+\.toml$/.test(name),
    load: async () => (await import("./pylock-YO7K7AVD.js")).read
  },
  {
    format: "pyproject",
    ecosystem: "PyPI",
    matches: named("pyproject.toml"),
    supersededBy: PYTHON_LOCKFILES,
    load: async () => (await import("./pyproject-SVR2R6VJ.js")).read
  },
  // Go, Rust
  { format: "go-mod", ecosystem: "Go", matches: named("go.mod"), load: async () => (await import("./go-mod-ICDQ5ZPD.js")).read },
  { format: "cargo-lock", ecosystem: "crates.io", matches: named("Cargo.lock"), load: async () => (await import("./cargo-lock-XAUMDJ5R.js")).read },
  // Ruby, PHP, .NET, Java
  {
    format: "gemfile-lock",
    ecosystem: "RubyGems",
    matches: (name) => name === "Gemfile.lock" || name === "gems.locked",
    load: async () => (await import("./gemfile-lock-7N4DN53T.js")).read
  },
  { format: "composer-lock", ecosystem: "Packagist", matches: named("composer.lock"), load: async () => (await import("./composer-lock-KCV7DRRJ.js")).read },
  { format: "nuget-lock", ecosystem: "NuGet", matches: named("packages.lock.json"), load: async () => (await import("./nuget-lock-EHNG3KJS.js")).read },
  {
    format: "gradle-lockfile",
    ecosystem: "Maven",
    matches: named("gradle.lockfile", "buildscript-gradle.lockfile"),
    load: async () => (await import("./gradle-lockfile-ANXOMLHA.js")).read
  },
  { format: "maven-pom", ecosystem: "Maven", matches: named("pom.xml"), load: async () => (await import("./maven-pom-D2ITG4W5.js")).read }
];
function readersFor(basename) {
  return READERS.filter((entry) => entry.matches(basename));
}

export {
  READERS,
  readersFor
};
