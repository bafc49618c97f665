import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/composer-lock.js'

const DIR = 'test/fixtures/inventory/composer-lock'
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')

interface Shown {
  name: string
  version: string
  'direct-dependency': boolean
}
const shown = (name: string): Shown[] => (JSON.parse(fixture(name)) as { locked: Shown[] }).locked

describe('composer.lock reader on a lockfile written by Composer 2.5.5', () => {
  const text = fixture('composer.lock')
  const lines = text.split('\n')
  const outcome = read({ path: 'composer.lock', text, sibling: (name) => (name === 'composer.json' ? fixture('composer.json') : undefined) })
  const find = (name: string) => outcome.packages.find((pkg) => pkg.name === name)

  it('agrees with composer show --locked: name, version (dev-main kept), direct', () => {
    expect(outcome.problems).toEqual([])
    const expected = shown('composer-show-locked.json').map((pkg) => [pkg.name, pkg.version.split(' ')[0], pkg['direct-dependency']])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.direct]).sort()).toEqual(expected.sort())
  })

  it('calls runtime what composer show --locked --no-dev keeps, dev the rest', () => {
    const runtime = shown('composer-show-locked-no-dev.json').map((pkg) => pkg.name)
    for (const pkg of outcome.packages) expect([pkg.name, pkg.scope]).toEqual([pkg.name, runtime.includes(pkg.name) ? 'runtime' : 'dev'])
  })

  it('turns license arrays into an OR-expression and tells path and git sources', () => {
    expect(find('acme/str-util')).toMatchObject({ license: 'MIT OR Apache-2.0', source: 'path', resolved: '../pkgs/str-util' })
    expect(find('acme/log-lite')?.license).toBe('MIT')
    expect(find('acme/vcs-lib')).toMatchObject({
      version: 'dev-main',
      source: 'git',
      resolved: '/tmp/gen-other/php/pkgs/vcs-lib#74b1eb22dd4382dffd44132f943563d9f7cc4b1d',
      purl: 'pkg:composer/acme/vcs-lib@dev-main'
    })
  })

  it('has the require edges and the line of each entry', () => {
    expect(outcome.edges.map((edge) => `${edge.from.split('\u0000')[1]} -> ${edge.to.split('\u0000')[1]}`).sort()).toEqual([
      'acme/log-lite -> acme/str-util',
      'acme/test-helper -> acme/str-util'
    ])
    for (const pkg of outcome.packages) expect(lines[pkg.location.line - 1]?.trim()).toBe(`"name": "${pkg.name}",`)
  })

  it('leaves direct unknown without composer.json', () => {
    expect(new Set(read({ path: 'composer.lock', text, sibling: () => undefined }).packages.map((pkg) => pkg.direct))).toEqual(new Set([null]))
  })
})

// Written by hand after https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control
// and the lockfile Packagist-installed packages produce: source git + dist zip + notification-url.
const PACKAGIST = `{
    "packages": [
        {
            "name": "monolog\\/monolog",
            "version": "3.7.0",
            "source": {"type": "git", "url": "https://github.com/Seldaek/monolog.git", "reference": "f4393b648b78a5408747de94fca38beb5f7e9ef8"},
            "dist": {"type": "zip", "url": "https://api.github.com/repos/Seldaek/monolog/zipball/f4393b6", "reference": "f4393b6", "shasum": "0123456789abcdef0123456789abcdef01234567"},
            "require": {"php": ">=8.1", "ext-json": "*", "psr/log": "^2.0 || ^3.0"},
            "provide": {"psr/log-implementation": "3.0.0"},
            "notification-url": "https://packagist.org/downloads/",
            "license": ["MIT"],
            "authors": [{"name": "Jordi Boggiano"}]
        },
        {
            "name": "psr/log",
            "version": "3.0.0",
            "notification-url": "https://packagist.org/downloads/",
            "license": ["MIT", "GPL-2.0-only WITH Classpath-exception-2.0"]
        }
    ],
    "packages-dev": []
}`

describe('composer.lock reader, other forms', () => {
  it('reads Packagist packages (escaped slashes) as registry, skips platform requirements, keeps zip shasums', () => {
    const outcome = read({ path: 'composer.lock', text: PACKAGIST, sibling: () => undefined })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.source, pkg.location.line])).toEqual([
      ['monolog/monolog', 'registry', 4],
      ['psr/log', 'registry', 15]
    ])
    expect(outcome.packages[0]?.hashes).toEqual(['sha1:0123456789abcdef0123456789abcdef01234567'])
    expect(outcome.packages[1]?.license).toBe('MIT OR (GPL-2.0-only WITH Classpath-exception-2.0)')
    expect(outcome.edges).toHaveLength(1)
  })

  it.each([
    ['{\n  "packages": [\n    {"name": "a/b", "version": "1.0.0"}\n  ],\n  "packages-dev": [\n}\n', 6],
    ['{\n  "packages": [\n    {"name": "a/b"}\n  ]\n}\n', 3],
    ['{\n  "packages": {}\n}\n', 1]
  ])('reports a malformed lockfile as one problem with its line (%#)', (text, line) => {
    const outcome = read({ path: 'composer.lock', text, sibling: () => undefined })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toMatchObject([{ path: 'composer.lock', line, format: 'composer-lock' }])
  })
})
