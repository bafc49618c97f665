import { describe, expect, it } from '@jest/globals'
import { known } from '../../model/fact.js'
import {
  parseNpmrc,
  parsePipConf,
  parseRequirementsIndexes,
  parseYarnrcYml,
  readRegistryConfig,
  registryConfigFact,
  type RegistryConfig
} from '../../inventory/registries.js'
import { Workspace } from '../../workspace/workspace.js'
import { tempWorkspace } from '../../../test/support/workspace.js'
import { brief, evaluate, inventoryOf, pkg } from '../../../__tests__/rules/dependencies/harness.js'
import { dependencyConfusionRisk } from './dependency-confusion-risk.js'

const PUBLIC = 'https://registry.npmjs.org'
const PRIVATE = 'https://npm.acme.example'
const config = (value: Partial<RegistryConfig>) =>
  [registryConfigFact, known({ npm: [], pip: {}, ...value })] as [typeof registryConfigFact, ReturnType<typeof known>]

describe('registry configuration files', () => {
  it('reads .npmrc scope and default registries, .yarnrc and .yarnrc.yml, with lines', () => {
    const npmrc = parseNpmrc(
      'web/.npmrc',
      '# comment\nregistry=https://registry.npmjs.org/\n@acme:registry=https://npm.acme.example/\n//npm.acme.example/:_authToken=${NPM_TOKEN}\n'
    )
    expect(npmrc).toEqual({
      path: 'web/.npmrc',
      directory: 'web',
      registry: { url: 'https://registry.npmjs.org/', location: { path: 'web/.npmrc', line: 2, column: 1 } },
      scopes: { '@acme': { url: 'https://npm.acme.example/', location: { path: 'web/.npmrc', line: 3, column: 1 } } }
    })
    expect(parseNpmrc('.yarnrc', '"@acme:registry" "https://npm.acme.example/"\n').scopes['@acme']?.url).toBe('https://npm.acme.example/')
    const yml = parseYarnrcYml(
      '.yarnrc.yml',
      'nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.acme.example"\n    npmAlwaysAuth: true\n  other:\n    npmAuthToken: x\nnpmRegistryServer: https://registry.yarnpkg.com\n'
    )
    expect(yml.scopes).toEqual({ '@acme': { url: 'https://npm.acme.example', location: { path: '.yarnrc.yml', line: 4, column: 5 } } })
    expect(yml.registry?.url).toBe('https://registry.yarnpkg.com')
  })

  it('reads pip index options from requirements files and pip.conf', () => {
    expect(
      parseRequirementsIndexes(
        'requirements.txt',
        '-i https://pypi.acme.example/simple\n--extra-index-url=https://download.pytorch.org/whl/cpu\nflask==3.0.0\n'
      )
    ).toEqual([
      { kind: 'index-url', url: 'https://pypi.acme.example/simple', location: { path: 'requirements.txt', line: 1, column: 1 } },
      { kind: 'extra-index-url', url: 'https://download.pytorch.org/whl/cpu', location: { path: 'requirements.txt', line: 2, column: 1 } }
    ])
    expect(
      parsePipConf('pip.conf', '[global]\nextra-index-url =\n    https://a.example/simple\n    https://b.example/simple\ntimeout = 60\n').map(
        (option) => `${option.kind} ${option.url} ${option.location.line}`
      )
    ).toEqual(['extra-index-url https://a.example/simple 3', 'extra-index-url https://b.example/simple 4'])
  })

  it('finds the files in the workspace', () => {
    const ws = tempWorkspace({
      '.npmrc': '@acme:registry=https://npm.acme.example/\n',
      'svc/requirements-dev.txt': '--extra-index-url https://x.example/simple\n',
      'README.md': 'x'
    })
    try {
      const found = readRegistryConfig(new Workspace(ws.root))
      expect(found.npm.map((entry) => entry.path)).toEqual(['.npmrc'])
      expect(Object.keys(found.pip)).toEqual(['svc/requirements-dev.txt'])
    } finally {
      ws.cleanup()
    }
  })
})

describe('dependency-confusion-risk', () => {
  it('passes public packages, and private scopes the repository maps to their registry', () => {
    const inventory = inventoryOf([
      pkg({ name: 'react', registry: PUBLIC }),
      pkg({ name: '@acme/ui', registry: PRIVATE, location: { path: 'web/package-lock.json', line: 40 } })
    ])
    const mapped = config({ npm: [parseNpmrc('.npmrc', `@acme:registry=${PRIVATE}/\n`)] })
    expect(evaluate(dependencyConfusionRisk, inventory, [mapped])).toEqual([])
    // A project-level default registry that is the private one is a pin too.
    expect(evaluate(dependencyConfusionRisk, inventory, [config({ npm: [parseNpmrc('web/.npmrc', `registry=${PRIVATE}/\n`)] })])).toEqual([])
  })

  it('reports a private scope with no mapping in the repository, once per scope, at its first package', () => {
    const inventory = inventoryOf([
      pkg({ name: 'react', registry: PUBLIC, location: { path: 'package-lock.json', line: 3 } }),
      pkg({ name: '@acme/ui', registry: `https://user:secret@npm.acme.example`, location: { path: 'package-lock.json', line: 10 } }),
      pkg({ name: '@acme/api', registry: PRIVATE, location: { path: 'package-lock.json', line: 20 } })
    ])
    // A mapping in another project's directory does not apply.
    const results = evaluate(dependencyConfusionRisk, inventory, [config({ npm: [parseNpmrc('other/.npmrc', `@acme:registry=${PRIVATE}/\n`)] })])
    expect(brief(results)).toEqual([
      "fail = package-lock.json:10 @acme packages are resolved from https://npm.acme.example but no .npmrc in the repository maps @acme to it: an install without the developer's own configuration asks registry.npmjs.org for @acme/ui, @acme/api"
    ])
    expect(results[0]!.fix).toBe('@acme:registry=https://npm.acme.example/ in the .npmrc beside package-lock.json')
    expect(JSON.stringify(results)).not.toContain('secret')
  })

  it('reports an unscoped private package only when the lockfile also uses the public registry', () => {
    const mixed = inventoryOf([
      pkg({ name: 'react', registry: PUBLIC }),
      pkg({ name: 'acme-utils', registry: PRIVATE, location: { path: 'package-lock.json', line: 9 } })
    ])
    expect(brief(evaluate(dependencyConfusionRisk, mixed, [config({})]))).toEqual([
      'fail = package-lock.json:9 acme-utils@1.0.0 is resolved from https://npm.acme.example, a private registry, while this lockfile also resolves from the public one: npm cannot pin an unscoped name to a registry, so a package of that name on npmjs.com can replace it'
    ])
    // Everything from one mirror: nothing tells internal names from mirrored ones.
    const mirror = inventoryOf([pkg({ name: 'react', registry: PRIVATE }), pkg({ name: 'acme-utils', registry: PRIVATE })])
    expect(evaluate(dependencyConfusionRisk, mirror, [config({})])).toEqual([])
  })

  it('reports names the policy lists as internal', () => {
    const inventory = inventoryOf([
      pkg({ name: '@acme/core', registry: PUBLIC, location: { path: 'package-lock.json', line: 5 } }),
      pkg({ name: 'acme-cli', location: { path: 'package-lock.json', line: 6 } }),
      pkg({ name: '@acme/ui', location: { path: 'package-lock.json', line: 7 } }),
      pkg({ ecosystem: 'PyPI', name: 'acme-tools', registry: 'https://pypi.org/simple', location: { path: 'uv.lock', line: 12 } })
    ])
    const results = evaluate(dependencyConfusionRisk, inventory, [config({})], { internal: ['@acme/*', 'acme-*'] })
    expect(brief(results)).toEqual([
      'fail = package-lock.json:5 @acme/core@1.0.0 is listed as internal but this lockfile resolves it from the public registry (https://registry.npmjs.org)',
      'fail medium package-lock.json:6 acme-cli is listed as internal but has no scope: npm cannot pin an unscoped name to a registry',
      'fail medium package-lock.json:7 @acme/ui is listed as internal but no .npmrc in the repository maps @acme to a registry',
      'fail = uv.lock:12 acme-tools@1.0.0 is listed as internal but is resolved from the public index (https://pypi.org/simple)'
    ])
  })

  it('reports pip --extra-index-url unless every requirement of the file is hashed', () => {
    const options = parseRequirementsIndexes('requirements.txt', '--index-url https://pypi.acme.example/simple\n--extra-index-url https://pypi.org/simple\n')
    const unhashed = inventoryOf([pkg({ ecosystem: 'PyPI', name: 'flask', location: { path: 'requirements.txt', line: 3 } })])
    expect(brief(evaluate(dependencyConfusionRisk, unhashed, [config({ pip: { 'requirements.txt': options } })]))).toEqual([
      'fail = requirements.txt:2 --extra-index-url https://pypi.org/simple adds an index beside the --index-url: pip installs the highest version of a name found on any index, so a public package can take the place of an internal one'
    ])
    const hashed = inventoryOf([pkg({ ecosystem: 'PyPI', name: 'flask', hashes: ['sha256:00'], location: { path: 'requirements.txt', line: 3 } })])
    expect(evaluate(dependencyConfusionRisk, hashed, [config({ pip: { 'requirements.txt': options } })])).toEqual([])
    // --index-url alone is one index: nothing to confuse.
    expect(evaluate(dependencyConfusionRisk, unhashed, [config({ pip: { 'requirements.txt': options.slice(0, 1) } })])).toEqual([])
  })
})
