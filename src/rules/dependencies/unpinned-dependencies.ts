/**
 * Dependencies whose exact content is decided at install time: a manifest with no lockfile, a version range
 * (`flask>=2` in a requirements file, `[1.0,2.0)` in a pom.xml), a git dependency without a commit, a URL
 * without a hash, and (when the policy asks) requirements without `--hash`. GitHub Actions are left to
 * `unpinned-uses`.
 */
import { inventoryFact } from '../../inventory/fact.js'
import type { InventorySourceFile, Package } from '../../inventory/model.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { listSome, locationOf, packageLabel } from './package-location-support.js'

export interface UnpinnedDependenciesOptions {
  /** Requirements files must give a `--hash` for every requirement (pip's hash-checking mode). */
  'require-hashes': boolean
}

/** Manifests whose declarations are exact versions unless written as ranges: judged per package, not per file. */
const PER_PACKAGE_MANIFESTS = new Set(['maven-pom'])

/** Maven versions chosen at build time: ranges (`[1.0,2.0)`, `(,1.5]`) and the `LATEST`/`RELEASE` meta-versions. */
const MAVEN_FLOATING = /^([[(].*[\])]|LATEST|RELEASE)$/

const COMMIT = /(^|[#@=/])[0-9a-f]{40}([0-9a-f]{24})?($|[^0-9a-f])/i
const URL_HASH = /#(sha256|sha384|sha512|md5|sha1)=[0-9a-f]+/i

function describeDeclared(pkg: Package): string {
  if (pkg.declared === undefined || pkg.declared.trim() === '') return `${pkg.name} is declared without a version`
  return `${pkg.name} is declared as "${pkg.declared}"`
}

export const unpinnedDependencies = defineRule<UnpinnedDependenciesOptions>({
  meta: {
    id: 'unpinned-dependencies',
    area: 'dependencies',
    severity: 'medium',
    title: 'Dependency not pinned to an exact version, commit or hash',
    rationale:
      'What a range, a branch or an unhashed URL installs is decided when the build runs: a new release, a moved branch or a replaced file (a compromised maintainer account, a typo-squat that won a resolution) reaches the build without a change in the repository. A lockfile, a commit or a hash makes the inputs reviewable and reproducible.',
    remediation:
      'Commit the lockfile the package manager writes (`npm install`, `uv lock`, `poetry lock`, `pip-compile --generate-hashes`…); pin git dependencies to a full commit; give URL dependencies a hash.',
    references: ['SLSA Build L3 (hermetic, pinned inputs)', 'OSPS-BR-05.01', 'Scorecard: Pinned-Dependencies', 'pip: secure installs (--require-hashes)'],
    access: { token: 'none' }
  },
  needs: [inventoryFact],
  defaultOptions: { 'require-hashes': false },
  strictOptions: { 'require-hashes': true },
  optionsSchema: {
    type: 'object',
    properties: { 'require-hashes': { type: 'boolean', description: 'every requirement of a requirements file must carry --hash (pip hash-checking mode)' } }
  },
  evaluate(ctx) {
    const fact = ctx.need(inventoryFact)
    const byFile = new Map<string, Package[]>()
    for (const pkg of fact.packages) {
      if (pkg.ecosystem === 'GitHub Actions') continue
      const list = byFile.get(pkg.location.path)
      if (list) list.push(pkg)
      else byFile.set(pkg.location.path, [pkg])
    }
    const results: RuleResult[] = []
    for (const file of fact.files) {
      const packages = byFile.get(file.path)
      if (!packages || packages.length === 0) continue
      results.push(...judgeFile(file, packages, ctx.options))
    }
    return results
  }
})

function judgeFile(file: InventorySourceFile, packages: Package[], options: UnpinnedDependenciesOptions): RuleResult[] {
  const external = packages.filter((pkg) => pkg.source !== 'workspace' && pkg.source !== 'path')
  if (file.declaredOnly && !PER_PACKAGE_MANIFESTS.has(file.format)) {
    if (external.length === 0) return []
    const first = external[0]!
    return [
      {
        status: 'fail',
        message: `${file.path} declares ${external.length} dependenc${external.length === 1 ? 'y' : 'ies'} and no lockfile pins ${external.length === 1 ? 'it' : 'them'}: ${listSome(external.map((pkg) => (pkg.declared ? `${pkg.name} ${pkg.declared}` : pkg.name)))}`,
        location: locationOf(first.location)
      }
    ]
  }
  const results: RuleResult[] = []
  for (const pkg of external) {
    if (pkg.source === 'git') {
      if (!COMMIT.test(pkg.resolved ?? pkg.declared ?? '')) {
        results.push({
          status: 'fail',
          severity: 'high',
          message: `${pkg.name} comes from git (${pkg.resolved ?? pkg.declared ?? 'no URL recorded'}) without a commit: a branch or tag can be moved`,
          location: locationOf(pkg.location)
        })
      }
      continue
    }
    if (pkg.source === 'url') {
      if ((pkg.hashes ?? []).length === 0 && !URL_HASH.test(pkg.resolved ?? '')) {
        results.push({
          status: 'fail',
          severity: 'high',
          message: `${pkg.name} is downloaded from ${pkg.resolved ?? 'a URL'} without a hash: the file behind the URL can be replaced`,
          location: locationOf(pkg.location)
        })
      }
      continue
    }
    if (pkg.version === null) {
      const declared = pkg.declared ?? ''
      if (file.format === 'maven-pom' && !MAVEN_FLOATING.test(declared.trim())) {
        // No version (managed by a parent or an imported BOM) or a soft requirement chaingate did not resolve: exact, or not, elsewhere.
        results.push({
          status: 'unknown',
          message: `${pkg.name}: the version${declared ? ` "${declared}"` : ''} is managed outside this pom.xml (a parent, a BOM or a property chaingate did not resolve); whether it is exact is not known`,
          location: locationOf(pkg.location)
        })
      } else if (declared.includes('${')) {
        results.push({
          status: 'unknown',
          message: `${pkg.name}: the version "${declared}" is a property chaingate did not resolve; whether it is exact is not known`,
          location: locationOf(pkg.location)
        })
      } else {
        results.push({ status: 'fail', message: `${describeDeclared(pkg)}: the version is chosen at install time`, location: locationOf(pkg.location) })
      }
    }
  }
  if (options['require-hashes'] && file.format === 'requirements') {
    const unhashed = external.filter((pkg) => pkg.source === 'registry' && (pkg.hashes ?? []).length === 0)
    if (unhashed.length > 0) {
      results.push({
        status: 'fail',
        message: `${file.path}: ${unhashed.length} of ${external.length} requirement${external.length === 1 ? ' has' : 's have'} no --hash (the policy requires hashes): ${listSome(unhashed.map(packageLabel))}`,
        location: locationOf(unhashed[0]!.location),
        fix: 'pip-compile --generate-hashes (or uv pip compile --generate-hashes) and install with --require-hashes'
      })
    }
  }
  return results
}
