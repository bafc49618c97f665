import { describe, expect, it } from '@jest/globals'
import { unknownFact, type Fact } from '../../model/fact.js'
import { evaluateRule } from '../../engine.js'
import { inventoryFact } from '../../inventory/fact.js'
import { brief, evaluate, inventoryOf, pkg } from '../../../__tests__/rules/dependencies/harness.js'
import { unpinnedDependencies } from './unpinned-dependencies.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('unpinned-dependencies', () => {
  it('passes a lockfile of exact registry versions, exact git commits and hashed URLs', () => {
    const inventory = inventoryOf([
      pkg({ name: 'left-pad', location: { path: 'package-lock.json', line: 10 } }),
      pkg({ name: 'tool', source: 'git', resolved: `git+ssh://git@github.com/acme/tool.git#${SHA}`, location: { path: 'package-lock.json', line: 20 } }),
      pkg({
        name: 'blob',
        source: 'url',
        resolved: 'https://example.com/blob-1.0.0.tgz',
        hashes: ['sha512-abc'],
        location: { path: 'package-lock.json', line: 30 }
      }),
      pkg({ name: 'app', source: 'workspace', version: null, location: { path: 'package-lock.json', line: 5 } }),
      pkg({ name: 'actions/checkout', ecosystem: 'GitHub Actions', version: 'v4', location: { path: '.github/workflows/ci.yml', line: 8 } })
    ])
    expect(evaluate(unpinnedDependencies, inventory)).toEqual([])
  })

  it('reports a manifest without a lockfile once, at its first dependency', () => {
    const inventory = inventoryOf(
      [
        pkg({ name: 'express', version: null, declared: '^4.18.0', location: { path: 'web/package.json', line: 7 } }),
        pkg({ name: 'zod', version: null, declared: '~3.22.0', location: { path: 'web/package.json', line: 8 } })
      ],
      { 'web/package.json': { format: 'package-json', declaredOnly: true } }
    )
    expect(brief(evaluate(unpinnedDependencies, inventory))).toEqual([
      'fail = web/package.json:7 web/package.json declares 2 dependencies and no lockfile pins them: express ^4.18.0, zod ~3.22.0'
    ])
  })

  it('reports ranges, git refs without a commit and URLs without a hash, per package', () => {
    const req = (name: string, line: number, extra: object = {}) => pkg({ ecosystem: 'PyPI', name, location: { path: 'requirements.txt', line }, ...extra })
    const inventory = inventoryOf(
      [
        req('flask', 1, { version: null, declared: '>=2.0' }),
        req('requests', 2),
        req('lib', 3, { source: 'git', version: null, resolved: 'git+https://github.com/acme/lib@main' }),
        req('wheel', 4, { source: 'url', resolved: 'https://example.com/wheel-1.0-py3-none-any.whl' }),
        req('hashed', 5, { source: 'url', resolved: 'https://example.com/h-1.0.tar.gz#sha256=deadbeef' }),
        req('bare', 6, { version: null })
      ],
      { 'requirements.txt': { format: 'requirements' } }
    )
    expect(brief(evaluate(unpinnedDependencies, inventory))).toEqual([
      'fail = requirements.txt:1 flask is declared as ">=2.0": the version is chosen at install time',
      'fail high requirements.txt:3 lib comes from git (git+https://github.com/acme/lib@main) without a commit: a branch or tag can be moved',
      'fail high requirements.txt:4 wheel is downloaded from https://example.com/wheel-1.0-py3-none-any.whl without a hash: the file behind the URL can be replaced',
      'fail = requirements.txt:6 bare is declared without a version: the version is chosen at install time'
    ])
  })

  it('judges pom.xml per dependency: exact versions pass, ranges fail, unresolved properties are unknown', () => {
    const dep = (name: string, line: number, extra: object) => pkg({ ecosystem: 'Maven', name, location: { path: 'pom.xml', line }, ...extra })
    const inventory = inventoryOf(
      [
        dep('org.slf4j:slf4j-api', 10, { version: '2.0.13' }),
        dep('com.acme:core', 20, { version: null, declared: '[1.0,2.0)' }),
        dep('org.springframework:spring-core', 30, { version: null, declared: '${spring.version}' }),
        dep('org.springframework.boot:spring-boot-starter-json', 40, { version: null })
      ],
      {
        'pom.xml': { format: 'maven-pom', declaredOnly: true }
      }
    )
    expect(brief(evaluate(unpinnedDependencies, inventory))).toEqual([
      'fail = pom.xml:20 com.acme:core is declared as "[1.0,2.0)": the version is chosen at install time',
      'unknown = pom.xml:30 org.springframework:spring-core: the version "${spring.version}" is managed outside this pom.xml (a parent, a BOM or a property chaingate did not resolve); whether it is exact is not known',
      'unknown = pom.xml:40 org.springframework.boot:spring-boot-starter-json: the version is managed outside this pom.xml (a parent, a BOM or a property chaingate did not resolve); whether it is exact is not known'
    ])
  })

  it('requires hashes in requirements files only when the policy asks', () => {
    const inventory = inventoryOf(
      [
        pkg({ ecosystem: 'PyPI', name: 'a', location: { path: 'requirements.txt', line: 1 }, hashes: ['sha256:00'] }),
        pkg({ ecosystem: 'PyPI', name: 'b', location: { path: 'requirements.txt', line: 2 } }),
        pkg({ ecosystem: 'PyPI', name: 'c', location: { path: 'requirements.txt', line: 3 } })
      ],
      { 'requirements.txt': { format: 'requirements' } }
    )
    expect(evaluate(unpinnedDependencies, inventory)).toEqual([])
    const results = evaluate(unpinnedDependencies, inventory, [], { 'require-hashes': true })
    expect(brief(results)).toEqual([
      'fail = requirements.txt:2 requirements.txt: 2 of 3 requirements have no --hash (the policy requires hashes): b@1.0.0, c@1.0.0'
    ])
    expect(unpinnedDependencies.strictOptions).toEqual({ 'require-hashes': true })
  })

  it('is unknown, through the engine, when the inventory is unknown (it needs it: the rule does not run)', () => {
    expect(unpinnedDependencies.needs).toContain(inventoryFact)
    const results = evaluateRule(
      unpinnedDependencies,
      unpinnedDependencies.defaultOptions,
      <T>() => unknownFact('api-error', 'inventory unreadable') as Fact<T>,
      new Date()
    )
    expect(results).toEqual([{ status: 'unknown', message: 'inventory unreadable' }])
  })
})
