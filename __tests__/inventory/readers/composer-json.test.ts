import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/composer-json.js'

const DIR = 'test/fixtures/inventory/composer-json'
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')
const PLATFORM = /^(php|ext-.+|lib-.+|composer-runtime-api)$/

describe('composer.json reader (declared only) on a library Composer 2.5 read', () => {
  const outcome = read({ path: 'composer.json', text: fixture('composer.json'), sibling: () => undefined })
  const shown = JSON.parse(fixture('composer-show-self.json')) as { requires: Record<string, string>; devRequires: Record<string, string> }

  it('declares what composer show --self requires, without the platform packages, with scopes', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.declaredOnly).toBe(true)
    const expected = [
      ...Object.entries(shown.requires).map(([name, constraint]) => [name, constraint, 'runtime']),
      ...Object.entries(shown.devRequires).map(([name, constraint]) => [name, constraint, 'dev'])
    ].filter(([name]) => !PLATFORM.test(name))
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.declared ?? pkg.version, pkg.scope])).toEqual(
      expected.map(([name, constraint, scope]) => [name, constraint.replace(/^v(?=\d)/, ''), scope])
    )
    expect(outcome.packages.every((pkg) => pkg.direct === true && pkg.ecosystem === 'Packagist')).toBe(true)
  })

  it('an exact version is the version (purl); a constraint is declared; each entry at its line', () => {
    expect(outcome.packages.find((pkg) => pkg.name === 'monolog/monolog')).toMatchObject({ version: '3.5.0', purl: 'pkg:composer/monolog/monolog@3.5.0' })
    expect(outcome.packages.find((pkg) => pkg.name === 'phpstan/phpstan')).toMatchObject({ version: '1.10.50' })
    expect(outcome.packages.find((pkg) => pkg.name === 'psr/log')).toMatchObject({ version: null, declared: '^2.0 || ^3.0' })
    const lines = fixture('composer.json').split('\n')
    for (const pkg of outcome.packages) expect(lines[pkg.location.line - 1]).toContain(`"${pkg.name}"`)
  })

  it('adds nothing for a package a parent composer.lock locks; bad JSON is one problem with its line', () => {
    const member = read({
      path: 'packages/text-kit/composer.json',
      text: fixture('composer.json'),
      sibling: (relative) => (relative === '../../composer.lock' ? '{\n    "packages": [\n        {\n            "name": "acme/text-kit",\n' : undefined)
    })
    expect(member.packages).toEqual([])
    expect(read({ path: 'composer.json', text: '{\n  "require": {\n    "a/b": \n}', sibling: () => undefined }).problems).toMatchObject([
      { path: 'composer.json', line: 4, format: 'composer-json' }
    ])
    expect(read({ path: 'composer.json', text: '{"require": ["a/b"]}', sibling: () => undefined }).problems).toMatchObject([
      { message: '"require" is not an object' }
    ])
    expect(read({ path: 'composer.json', text: '{"require": [], "require-dev": {}}', sibling: () => undefined })).toEqual({
      packages: [],
      edges: [],
      problems: [],
      declaredOnly: true
    })
  })
})
