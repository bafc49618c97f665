/**
 * Which file each reader claims, and how to load it. Readers are imported only when a file they claim is
 * present, so a check that inventories nothing loads none of them (cold start).
 */
import type { Ecosystem } from '../model.js'
import type { Reader } from './types.js'

export interface ReaderEntry {
  /** Format id, shown in reports (`package-lock`, `yarn-lock`, `cargo-lock`…). */
  format: string
  ecosystem: Ecosystem
  /** Whether a file's base name is one this reader reads. */
  matches(basename: string): boolean
  /**
   * Manifests that only declare: read only when none of these lockfiles sits in the same directory
   * (a `package.json` beside its `package-lock.json` adds nothing the lockfile lacks).
   */
  supersededBy?: string[]
  load(): Promise<Reader>
}

const named =
  (...names: string[]) =>
  (basename: string): boolean =>
    names.includes(basename)
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'Pipfile.lock', 'pylock.toml', 'pdm.lock']

export const READERS: ReaderEntry[] = [
  // JavaScript
  {
    format: 'package-lock',
    ecosystem: 'npm',
    matches: named('package-lock.json', 'npm-shrinkwrap.json'),
    load: async () => (await import('./npm-lock.js')).read
  },
  { format: 'yarn-lock', ecosystem: 'npm', matches: named('yarn.lock'), load: async () => (await import('./yarn-lock.js')).read },
  { format: 'pnpm-lock', ecosystem: 'npm', matches: named('pnpm-lock.yaml'), load: async () => (await import('./pnpm-lock.js')).read },
  { format: 'bun-lock', ecosystem: 'npm', matches: named('bun.lock'), load: async () => (await import('./bun-lock.js')).read },
  {
    format: 'package-json',
    ecosystem: 'npm',
    matches: named('package.json'),
    supersededBy: NPM_LOCKFILES,
    load: async () => (await import('./package-json.js')).read
  },
  // Python
  {
    format: 'requirements',
    ecosystem: 'PyPI',
    matches: (name) => /^.*requirements.*\.(txt|in)$/i.test(name) && !name.endsWith('.in'),
    load: async () => (await import('./requirements.js')).read
  },
  { format: 'poetry-lock', ecosystem: 'PyPI', matches: named('poetry.lock'), load: async () => (await import('./poetry-lock.js')).read },
  { format: 'uv-lock', ecosystem: 'PyPI', matches: named('uv.lock'), load: async () => (await import('./uv-lock.js')).read },
  { format: 'pipfile-lock', ecosystem: 'PyPI', matches: named('Pipfile.lock'), load: async () => (await import('./pipfile-lock.js')).read },
  { format: 'pdm-lock', ecosystem: 'PyPI', matches: named('pdm.lock'), load: async () => (await import('./pdm-lock.js')).read },
  {
    format: 'pipfile',
    ecosystem: 'PyPI',
    matches: named('Pipfile'),
    supersededBy: ['Pipfile.lock'],
    load: async () => (await import('./pipfile.js')).read
  },
  {
    format: 'pylock',
    ecosystem: 'PyPI',
    matches: (name) => name === 'pylock.toml' || /^pylock\.[^.]+\.toml$/.test(name),
    load: async () => (await import('./pylock.js')).read
  },
  {
    format: 'pyproject',
    ecosystem: 'PyPI',
    matches: named('pyproject.toml'),
    supersededBy: PYTHON_LOCKFILES,
    load: async () => (await import('./pyproject.js')).read
  },
  // Go, Rust
  { format: 'go-mod', ecosystem: 'Go', matches: named('go.mod'), load: async () => (await import('./go-mod.js')).read },
  { format: 'cargo-lock', ecosystem: 'crates.io', matches: named('Cargo.lock'), load: async () => (await import('./cargo-lock.js')).read },
  {
    format: 'cargo-toml',
    ecosystem: 'crates.io',
    matches: named('Cargo.toml'),
    supersededBy: ['Cargo.lock'],
    load: async () => (await import('./cargo-toml.js')).read
  },
  // Ruby, PHP, .NET, Java
  {
    format: 'gemfile-lock',
    ecosystem: 'RubyGems',
    matches: (name) => name === 'Gemfile.lock' || name === 'gems.locked',
    load: async () => (await import('./gemfile-lock.js')).read
  },
  { format: 'composer-lock', ecosystem: 'Packagist', matches: named('composer.lock'), load: async () => (await import('./composer-lock.js')).read },
  {
    format: 'composer-json',
    ecosystem: 'Packagist',
    matches: named('composer.json'),
    supersededBy: ['composer.lock'],
    load: async () => (await import('./composer-json.js')).read
  },
  { format: 'nuget-lock', ecosystem: 'NuGet', matches: named('packages.lock.json'), load: async () => (await import('./nuget-lock.js')).read },
  {
    format: 'gradle-lockfile',
    ecosystem: 'Maven',
    matches: named('gradle.lockfile', 'buildscript-gradle.lockfile'),
    load: async () => (await import('./gradle-lockfile.js')).read
  },
  { format: 'maven-pom', ecosystem: 'Maven', matches: named('pom.xml'), load: async () => (await import('./maven-pom.js')).read }
]

/** The readers that claim `basename`. */
export function readersFor(basename: string): ReaderEntry[] {
  return READERS.filter((entry) => entry.matches(basename))
}
