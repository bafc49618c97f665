/**
 * The dependency inventory model: one shape for every package chaingate knows the build is made of,
 * whether it came from a lockfile, a manifest, an SBOM, a workflow's `uses:` or (later) an image. Readers
 * fill it; rules, SBOM writers, advisory matching and the pull-request diff read it. Nothing here does I/O.
 */

/**
 * OSV's ecosystem names (ossf/osv-schema `ecosystems.json`), plus `GitHub Actions` which OSV also uses.
 * Distro ecosystems take a release suffix (`Debian:12`, `Alpine:v3.20`), hence `string` at the end.
 */
export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io' | 'RubyGems' | 'Packagist' | 'NuGet' | 'Maven' | 'GitHub Actions' | (string & {})

/** `runtime` ships; `dev` is for development/test/build only; `optional` may be absent; `unknown`: the file does not say. */
export type Scope = 'runtime' | 'dev' | 'optional' | 'unknown'

/** Where the package comes from: a registry, a git repository, a local path, or a package of the same workspace. */
export type PackageSource = 'registry' | 'git' | 'path' | 'workspace' | 'url'

/** A place in a file of the workspace (1-based line). */
export interface FileLocation {
  path: string
  line: number
  column?: number
}

export interface Package {
  ecosystem: Ecosystem
  /** The name as the ecosystem spells it (`@scope/name`, `github.com/x/y`, `group:artifact`). */
  name: string
  /**
   * The resolved version. `null` when the file declares the package without resolving it (a manifest
   * without a lockfile, a range in `pom.xml`): such a package is "declared", never guessed.
   */
  version: string | null
  /** What the manifest asked for when the version is not resolved (`^1.2.0`, `${spring.version}`). */
  declared?: string
  /** Package URL (purl spec), built with packageurl-js; absent only when the version is unknown and no purl can be formed. */
  purl?: string
  scope: Scope
  /** true: a dependency the project names itself; false: pulled in by another package; null: the file does not say. */
  direct: boolean | null
  source: PackageSource
  /** For git/url/path sources: the repository URL and commit, or the path. */
  resolved?: string
  /**
   * For registry packages: the registry the lockfile resolved it from, when the lockfile records it (the
   * origin of npm's/yarn's `resolved` tarball URL, e.g. `https://registry.npmjs.org`; uv's `source.registry`).
   * Absent when the file does not say (then the package manager's configured default applies).
   */
  registry?: string
  /** A replacement (Go `replace`): the `module@version` the requirement named before it was replaced by this package. */
  replaces?: string
  /** Integrity/hashes the lockfile records (`sha512-…`, `sha256:…`). */
  hashes?: string[]
  /**
   * The environment marker under which the package is installed (PEP 508, `python_version < "3.11"`),
   * as the file writes it; for npm packages restricted to some platforms, yarn berry's `conditions`
   * spelling (`os=darwin & cpu=arm64`); absent when unconditional.
   */
  markers?: string
  /** Extras requested for the package (`requests[socks]`). */
  extras?: string[]
  /** SPDX expression (or the raw text when it is not one) as found locally; absent when nothing says. */
  license?: string
  /** Where the lockfile names the package. */
  location: FileLocation
  /**
   * Distribution packages: the source package they were built from (dpkg `Source`, apk origin, rpm source
   * RPM name), which distro advisories are keyed on; the version is absent when it equals the binary's.
   */
  sourcePackage?: {
    name: string
    version?: string
    /**
     * The database did not record the source (a Chisel manifest): `name` is the binary's. A lookup under it
     * that finds nothing does not show the package unaffected (its source may have another name).
     */
    unrecorded?: true
  }
  /** Distribution packages: the architecture (`amd64`, `x86_64`, `noarch`, `all`). */
  arch?: string
  /** Packages found in a container image: the diff_id of the layer the file that names it came from. */
  layer?: string
}

/** A dependency edge, by package key (see `packageKey`). */
export interface Edge {
  from: string
  to: string
}

/** One lockfile, manifest or SBOM read. */
export interface InventorySourceFile {
  path: string
  /** The reader's format id: `package-lock`, `yarn-classic`, `pnpm-lock`, `cargo-lock`, `cyclonedx`, … */
  format: string
  ecosystem: Ecosystem
  /** The packages this file contributed. */
  packages: number
  /** true for a file that only declares (a manifest without its lockfile, `pom.xml`). */
  declaredOnly?: boolean
}

/** An outcome without packages: a file that could not be read (its problems), or one with nothing to report. */
export function emptyOutcome(...problems: InventoryProblem[]): ReadOutcome {
  return { packages: [], edges: [], problems }
}

/** A file that looked like a lockfile and could not be read: an `unknown`, never "no dependencies". */
export interface InventoryProblem {
  path: string
  line?: number
  column?: number
  format: string
  message: string
}

/** Lockfiles of large monorepos run to tens of megabytes; past this a file is a problem, not a silent skip. */
export const MAX_LOCKFILE_BYTES = 128 * 1024 * 1024

/** The run's whole inventory: a fact (`inventoryFact`). */
export interface Inventory {
  packages: Package[]
  edges: Edge[]
  files: InventorySourceFile[]
  problems: InventoryProblem[]
  /** Lockfiles and manifests a reader claims that the policy's `ignore-paths` left out (said, never silent). */
  skipped?: string[]
}

/** What one reader returns for one file. Edges use `packageKey` of the packages it returned. */
export interface ReadOutcome {
  packages: Package[]
  edges: Edge[]
  problems: InventoryProblem[]
  declaredOnly?: boolean
}

/** A stable key for a package in one inventory: ecosystem, name, version and the file it came from. */
export function packageKey(pkg: Pick<Package, 'ecosystem' | 'name' | 'version' | 'location'>): string {
  // One flat string (a template literal makes a tree of concatenations, several times the memory, kept by
  // every edge of a large inventory).
  return [pkg.ecosystem, pkg.name, pkg.version ?? '', pkg.location.path].join('\u0000')
}

/** Counts for reports: packages by ecosystem and by scope. */
export interface InventoryCounts {
  packages: number
  files: number
  problems: number
  byEcosystem: Record<string, number>
  byScope: Record<Scope, number>
}

export function countInventory(inventory: Inventory): InventoryCounts {
  const byEcosystem: Record<string, number> = {}
  const byScope: Record<Scope, number> = { runtime: 0, dev: 0, optional: 0, unknown: 0 }
  for (const pkg of inventory.packages) {
    byEcosystem[pkg.ecosystem] = (byEcosystem[pkg.ecosystem] ?? 0) + 1
    byScope[pkg.scope] += 1
  }
  return { packages: inventory.packages.length, files: inventory.files.length, problems: inventory.problems.length, byEcosystem, byScope }
}
