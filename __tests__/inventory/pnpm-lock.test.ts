/**
 * pnpm-lock.yaml 5.4, 6.0 and 9.0, on lockfiles pnpm 7, 8, 9 and 10 wrote for one small monorepo
 * (test/fixtures/inventory/pnpm/README.md), checked package for package against `pnpm list -r --depth
 * Infinity --json` for the same project.
 */
import { describe, expect, it } from '@jest/globals'
import { read } from '../../src/inventory/readers/pnpm-lock.js'
import { readSimpleYaml } from '../../src/inventory/readers/simple-yaml.js'
import * as yaml from 'js-yaml'
import type { Scope } from '../../src/inventory/model.js'
import { edgeNames, find, fixtureInput, fixtureJson, fixtureText, lineOf, scopeMap } from './js-fixtures.js'

interface ListNode {
  from?: string
  version: string
  dependencies?: Record<string, ListNode>
  optionalDependencies?: Record<string, ListNode>
}
interface ListImporter {
  name: string
  version: string
  path: string
  dependencies?: Record<string, ListNode>
  devDependencies?: Record<string, ListNode>
  optionalDependencies?: Record<string, ListNode>
}

/** pnpm's own view: every workspace importer but the root, and every package under each importer section. */
function pnpmList(folder: string): Record<string, Scope> {
  const importers = fixtureJson<ListImporter[]>(folder, 'pnpm-list.json')
  const out: Array<{ name: string; version: string; scope: Scope }> = []
  const walk = (nodes: Record<string, ListNode> | undefined, scope: Scope) => {
    for (const [alias, node] of Object.entries(nodes ?? {})) {
      if (node.version.startsWith('link:')) continue // a workspace, listed as an importer of its own
      out.push({ name: node.from ?? alias, version: node.version, scope })
      walk(node.dependencies, scope)
      walk(node.optionalDependencies, scope === 'dev' ? 'dev' : 'optional')
    }
  }
  for (const importer of importers) {
    // the root importer is the project itself, not one of its packages
    if (!/packages\/[ab]$/.test(importer.path)) {
      expect(importer.name).toBe('demo-root')
    } else {
      out.push({ name: importer.name, version: importer.version, scope: 'runtime' })
    }
    walk(importer.dependencies, 'runtime')
    walk(importer.optionalDependencies, 'optional')
    walk(importer.devDependencies, 'dev')
  }
  return scopeMap(out)
}

describe.each([
  ['pnpm/v5', '5.4'],
  ['pnpm/v6', '6.0'],
  ['pnpm/v9', '9.0'],
  ['pnpm/v9-pnpm10', '9.0']
])('%s (lockfileVersion %s)', (folder, version) => {
  const text = fixtureText(folder, 'pnpm-lock.yaml')
  const outcome = read(fixtureInput(folder, 'pnpm-lock.yaml'))

  it('is the version it claims, read by the subset reader exactly as js-yaml reads it', () => {
    expect(text).toContain(`lockfileVersion: ${version === '5.4' ? '5.4' : `'${version}'`}`)
    expect(readSimpleYaml(text)?.value).toEqual(yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }))
  })

  it('agrees with pnpm list package for package (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    expect(scopeMap(outcome.packages)).toEqual(pnpmList(folder))
  })

  it('marks workspaces, direct dependencies and aliases; keeps integrity; points at entry lines', () => {
    expect(find(outcome, '@demo/a')).toMatchObject({ version: '1.0.0', source: 'workspace', direct: true, resolved: 'packages/a' })
    expect(lineOf(text, find(outcome, '@demo/a').location.line)).toBe('  packages/a:')
    expect(find(outcome, 'kleur')).toMatchObject({ direct: true, scope: 'runtime' })
    expect(find(outcome, 'picocolors')).toMatchObject({ direct: true, scope: 'dev' })
    expect(find(outcome, 'is-number', '6.0.0')).toMatchObject({ direct: true, purl: 'pkg:npm/is-number@6.0.0' })
    expect(find(outcome, 'ms', '2.1.3')).toMatchObject({ direct: false, scope: 'dev' })
    expect(find(outcome, 'left-pad').scope).toBe('optional')
    expect(find(outcome, 'debug').hashes?.[0]).toMatch(/^sha512-/)
    const ms = lineOf(text, find(outcome, 'ms', '2.1.3').location.line)
    expect(ms).toBe(version === '5.4' ? '  /ms/2.1.3:' : version === '6.0' ? '  /ms@2.1.3:' : '  ms@2.1.3:')
    const lines = outcome.packages.map((pkg) => pkg.location.line)
    expect(new Set(lines).size).toBe(lines.length)
  })

  it('records edges, peers resolved as pnpm resolved them', () => {
    expect(edgeNames(outcome)).toEqual(expect.arrayContaining(['debug@4.4.0 -> ms@2.1.3', '@demo/b@1.0.0 -> @demo/a@1.0.0', '@demo/a@1.0.0 -> kleur@4.1.5']))
    // pnpm 7 did not install peers by default (autoInstallPeers came on in pnpm 8)
    if (version !== '5.4') expect(edgeNames(outcome)).toContain('use-sync-external-store@1.5.0 -> react@19.3.1')
  })
})

describe.each(['pnpm/v5', 'pnpm/v6'])('%s: the dev and optional flags pnpm wrote', (folder) => {
  it('match the scopes decided from the importers (the rule used for 9.x, which has no such flags)', () => {
    const text = fixtureText(folder, 'pnpm-lock.yaml')
    const lock = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) as { packages: Record<string, { dev?: string; optional?: string }> }
    const outcome = read(fixtureInput(folder, 'pnpm-lock.yaml'))
    const flagged = Object.entries(lock.packages).map(([key, entry]) => {
      const pkg = outcome.packages.find((candidate) => candidate.location.line === text.split('\n').indexOf(`  ${key}:`) + 1)
      return [key, pkg?.scope, entry.dev === 'true' ? 'dev' : entry.optional === 'true' ? 'optional' : 'runtime']
    })
    expect(flagged.length).toBeGreaterThan(5)
    for (const [key, scope, flag] of flagged) expect([key, scope]).toEqual([key, flag])
  })
})

describe('other shapes', () => {
  it('git, tarball and directory resolutions', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  .:',
      '    dependencies:',
      '      g:',
      '        specifier: github:o/g#abc',
      '        version: https://codeload.github.com/o/g/tar.gz/0123abc',
      '      l:',
      '        specifier: file:../l',
      '        version: file:../l',
      '',
      'packages:',
      '',
      '  g@https://codeload.github.com/o/g/tar.gz/0123abc:',
      '    resolution: {tarball: https://codeload.github.com/o/g/tar.gz/0123abc}',
      '    version: 2.0.0',
      '',
      '  l@file:../l:',
      '    resolution: {directory: ../l, type: directory}',
      '    name: l',
      '    version: 0.1.0',
      '',
      '  r@1.0.0:',
      "    resolution: {commit: 0123abc, repo: 'https://github.com/o/r.git', type: git}",
      '',
      'snapshots:',
      '',
      '  g@https://codeload.github.com/o/g/tar.gz/0123abc: {}',
      '',
      '  l@file:../l: {}',
      ''
    ].join('\n')
    const outcome = read({ path: 'pnpm-lock.yaml', text, sibling: () => undefined })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source, pkg.resolved, pkg.scope])).toEqual([
      ['g', '2.0.0', 'git', 'https://codeload.github.com/o/g/tar.gz/0123abc', 'runtime'],
      ['l', '0.1.0', 'path', '../l', 'runtime'],
      ['r', '1.0.0', 'git', 'https://github.com/o/r.git#0123abc', 'unknown']
    ])
  })

  it('a file of two YAML documents (pnpm 10 environment lockfile first) is read for its last one', () => {
    const main = fixtureText('pnpm/v9', 'pnpm-lock.yaml')
    const text = "---\nlockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    configDependencies: {}\n\n---\n" + main
    const outcome = read({ ...fixtureInput('pnpm/v9', 'pnpm-lock.yaml'), text })
    expect(scopeMap(outcome.packages)).toEqual(pnpmList('pnpm/v9'))
    expect(lineOf(text, find(outcome, 'kleur').location.line)).toBe('  kleur@4.1.5:')
  })
})

describe('bad input', () => {
  it('broken YAML is one problem with its line', () => {
    const text = fixtureText('pnpm/v9', 'pnpm-lock.yaml').replace('  kleur@4.1.5:\n', '  kleur@4.1.5:\n   - [oops\n')
    const line = text.split('\n').indexOf('   - [oops') + 1
    const outcome = read({ ...fixtureInput('pnpm/v9', 'pnpm-lock.yaml'), text })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toEqual([expect.objectContaining({ path: 'pnpm-lock.yaml', format: 'pnpm-lock' })])
    expect(outcome.problems[0]?.line).toBeGreaterThanOrEqual(line)
    expect(outcome.problems[0]?.line).toBeLessThanOrEqual(line + 1)
  })

  it('YAML that is not a lockfile, or a version not read, is a problem', () => {
    expect(read({ path: 'pnpm-lock.yaml', text: 'hello: world\n', sibling: () => undefined }).problems[0]?.message).toMatch(/not a pnpm lockfile/)
    expect(read({ path: 'pnpm-lock.yaml', text: 'lockfileVersion: 4\n', sibling: () => undefined }).problems[0]?.message).toMatch(/not read/)
  })
})
