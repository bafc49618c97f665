/**
 * Dependency confusion: an internal package name that a package manager may fetch from a public registry,
 * where anyone can publish that name (Alex Birsan, 2021; PyTorch's `torchtriton`, 2022). Reported only on
 * evidence in the repository:
 *
 * - pip `--extra-index-url` (requirements files, pip.conf/pip.ini): pip merges every index and installs the
 *   highest version of a name from any of them. Not reported when every requirement of that file is hashed.
 * - npm: a scope the lockfile resolves from a private registry with no `.npmrc`/`.yarnrc(.yml)` in the
 *   repository mapping that scope (or setting that private registry as the default): an install without the
 *   developer's own user config resolves it from registry.npmjs.org.
 * - npm: an unscoped package resolved from a private registry in a lockfile that also resolves from the public
 *   registry: npm can pin only scopes to a registry, so the name is free to claim on npmjs.com.
 * - names the policy lists as internal (`internal` globs) resolved from the public registry, or (npm) with no
 *   registry pin for their scope.
 */
import { globLibrary } from '../../policy/glob-library.js'
import path from 'node:path'
import { inventoryFact } from '../../inventory/fact.js'
import type { Package } from '../../inventory/model.js'
import { registryConfigFact, type NpmRegistryConfig, type RegistryConfig } from '../../inventory/registries.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { listSome, locationOf, packageLabel } from './package-location-support.js'

export interface DependencyConfusionOptions {
  /** Name globs of packages the organisation publishes only to its own registry (`@acme/*`, `acme-*`). */
  internal: string[]
}

const PUBLIC_NPM = new Set(['registry.npmjs.org', 'registry.npmjs.com', 'registry.yarnpkg.com'])
const PUBLIC_PYPI = new Set(['pypi.org', 'pypi.python.org', 'files.pythonhosted.org'])

function host(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

const isPublicNpm = (url: string | undefined): boolean => PUBLIC_NPM.has(host(url) ?? '')
const isPublicPypi = (url: string | undefined): boolean => PUBLIC_PYPI.has(host(url) ?? '')

function scopeOf(name: string): string | undefined {
  return name.startsWith('@') && name.includes('/') ? name.slice(0, name.indexOf('/')).toLowerCase() : undefined
}

/** The registry configuration files that apply to a project in `directory`: its own and its ancestors' (nearest first). */
function npmConfigsFor(directory: string, configs: NpmRegistryConfig[]): NpmRegistryConfig[] {
  const applies = (config: NpmRegistryConfig): boolean =>
    config.directory === '.' || directory === config.directory || directory.startsWith(`${config.directory}/`)
  return configs.filter(applies).sort((a, b) => b.directory.length - a.directory.length)
}

function withoutUserinfo(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`
  } catch {
    return url
  }
}

export const dependencyConfusionRisk = defineRule<DependencyConfusionOptions>({
  meta: {
    id: 'dependency-confusion-risk',
    area: 'dependencies',
    severity: 'high',
    title: 'Internal package name that a public registry could serve',
    rationale:
      'When a package manager can fetch an internal name from a public registry too, whoever publishes that name there with a higher version gets their code into the build (dependency confusion). Pinning each internal scope or index to the private registry closes it.',
    remediation:
      "npm: map each internal scope in the repository's `.npmrc` (`@acme:registry=https://npm.acme.example/`) and move unscoped internal packages under a scope you own on npmjs.com. pip: use one `--index-url` that serves (or proxies) everything instead of `--extra-index-url`, or hash every requirement.",
    references: [
      'SSC (dependencies: dependency confusion)',
      'OSPS-BR-05.01',
      'https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610',
      'https://pytorch.org/blog/compromised-nightly-dependency/'
    ],
    access: { token: 'none' }
  },
  needs: [inventoryFact, registryConfigFact],
  defaultOptions: { internal: [] },
  optionsSchema: {
    type: 'object',
    properties: {
      internal: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'name globs of packages published only to a private registry (@acme/*, acme-*)'
      }
    }
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact)
    const config = ctx.need(registryConfigFact)
    const internal = (name: string): boolean => ctx.options.internal.some((glob) => globLibrary().minimatch(name, glob, { nocase: true }))
    return [...pipIndexes(inventory.packages, config), ...npmScopes(inventory.packages, config, internal), ...internalPypi(inventory.packages, internal)]
  }
})

function pipIndexes(packages: Package[], config: RegistryConfig): RuleResult[] {
  const results: RuleResult[] = []
  for (const [file, options] of Object.entries(config.pip)) {
    const extras = options.filter((option) => option.kind === 'extra-index-url')
    if (extras.length === 0) continue
    const own = packages.filter((pkg) => pkg.location.path === file && pkg.ecosystem === 'PyPI')
    // Hash-checking mode: a package from another index has another hash, so pip refuses it.
    if (own.length > 0 && own.every((pkg) => (pkg.hashes ?? []).length > 0)) continue
    for (const extra of extras) {
      results.push({
        status: 'fail',
        message: `--extra-index-url ${withoutUserinfo(extra.url)} adds an index beside ${options.some((option) => option.kind === 'index-url') ? 'the --index-url' : 'PyPI'}: pip installs the highest version of a name found on any index, so a public package can take the place of an internal one`,
        location: locationOf(extra.location),
        fix: 'serve every package from one --index-url (a private index that proxies PyPI), or pin every requirement with --hash'
      })
    }
  }
  return results
}

function npmScopes(packages: Package[], config: RegistryConfig, internal: (name: string) => boolean): RuleResult[] {
  const results: RuleResult[] = []
  const byLockfile = new Map<string, Package[]>()
  for (const pkg of packages) {
    if (pkg.ecosystem !== 'npm' || pkg.source !== 'registry') continue
    const list = byLockfile.get(pkg.location.path)
    if (list) list.push(pkg)
    else byLockfile.set(pkg.location.path, [pkg])
  }
  for (const [lockfile, list] of byLockfile) {
    const configs = npmConfigsFor(path.posix.dirname(lockfile), config.npm)
    const scopeRegistry = (scope: string): string | undefined => configs.find((entry) => entry.scopes[scope])?.scopes[scope]?.url
    const defaultRegistry = configs.find((entry) => entry.registry)?.registry?.url
    const usesPublic = list.some((pkg) => isPublicNpm(pkg.registry))
    const reported = new Set<string>()
    // Scopes resolved from a private registry without a pin in the repository: one finding per scope.
    const privateScopes = new Map<string, Package[]>()
    for (const pkg of list) {
      const scope = scopeOf(pkg.name)
      if (!pkg.registry || isPublicNpm(pkg.registry)) continue
      if (scope) privateScopes.set(scope, [...(privateScopes.get(scope) ?? []), pkg])
      else if (usesPublic) {
        reported.add(pkg.name)
        results.push({
          status: 'fail',
          message: `${packageLabel(pkg)} is resolved from ${withoutUserinfo(pkg.registry)}, a private registry, while this lockfile also resolves from the public one: npm cannot pin an unscoped name to a registry, so a package of that name on npmjs.com can replace it`,
          location: locationOf(pkg.location),
          fix: 'publish it under a scope you own (@your-org/name) and map the scope in .npmrc'
        })
      }
    }
    for (const [scope, scoped] of privateScopes) {
      const pinned = scopeRegistry(scope)
      const registry = withoutUserinfo(scoped[0]!.registry!)
      if (pinned || (defaultRegistry && host(defaultRegistry) === host(scoped[0]!.registry))) continue
      for (const pkg of scoped) reported.add(pkg.name)
      results.push({
        status: 'fail',
        message: `${scope} packages are resolved from ${registry} but no .npmrc in the repository maps ${scope} to it: an install without the developer's own configuration asks registry.npmjs.org for ${listSome(scoped.map((pkg) => pkg.name))}`,
        location: locationOf(scoped[0]!.location),
        fix: `${scope}:registry=${registry}/ in the .npmrc beside ${lockfile}`
      })
    }
    // Names the policy declares internal.
    for (const pkg of list) {
      if (reported.has(pkg.name) || !internal(pkg.name)) continue
      const scope = scopeOf(pkg.name)
      if (isPublicNpm(pkg.registry)) {
        results.push({
          status: 'fail',
          message: `${packageLabel(pkg)} is listed as internal but this lockfile resolves it from the public registry (${withoutUserinfo(pkg.registry!)})`,
          location: locationOf(pkg.location)
        })
      } else if (!scope) {
        results.push({
          status: 'fail',
          severity: 'medium',
          message: `${pkg.name} is listed as internal but has no scope: npm cannot pin an unscoped name to a registry`,
          location: locationOf(pkg.location),
          fix: 'publish it under a scope you own and map the scope in .npmrc'
        })
      } else if (!scopeRegistry(scope)) {
        results.push({
          status: 'fail',
          severity: 'medium',
          message: `${pkg.name} is listed as internal but no .npmrc in the repository maps ${scope} to a registry`,
          location: locationOf(pkg.location),
          fix: `${scope}:registry=<your registry> in the .npmrc beside ${lockfile}`
        })
      }
    }
  }
  return results
}

function internalPypi(packages: Package[], internal: (name: string) => boolean): RuleResult[] {
  return packages
    .filter((pkg) => pkg.ecosystem === 'PyPI' && internal(pkg.name) && isPublicPypi(pkg.registry))
    .map((pkg) => ({
      status: 'fail' as const,
      message: `${packageLabel(pkg)} is listed as internal but is resolved from the public index (${withoutUserinfo(pkg.registry!)})`,
      location: locationOf(pkg.location)
    }))
}
