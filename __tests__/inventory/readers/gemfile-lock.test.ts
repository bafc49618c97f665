import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/gemfile-lock.js'

const DIR = 'test/fixtures/inventory/gemfile-lock'
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')

/** `bundle list` lines `  * name (version[ gitref])` → name@version. */
function bundleList(name: string): string[] {
  return [...fixture(name).matchAll(/^ {2}\* (\S+) \(([^\s)]+)[^)]*\)$/gm)].map((match) => `${match[1]}@${match[2]}`).sort()
}

describe('Gemfile.lock reader on a lockfile written by Bundler 2.3.15', () => {
  const text = fixture('Gemfile.lock')
  const lines = text.split('\n')
  const outcome = read({ path: 'Gemfile.lock', text, sibling: (name) => (name === 'Gemfile' ? fixture('Gemfile') : undefined) })
  const find = (name: string) => outcome.packages.find((pkg) => pkg.name === name)

  it('has the gems bundle list shows, version for version (platform split off)', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => `${pkg.name}@${pkg.version}`).sort()).toEqual(bundleList('bundle-list.txt'))
  })

  it('calls runtime what bundle list --without-group development test keeps, dev the rest', () => {
    const runtime = bundleList('bundle-list-without-dev.txt')
    expect(
      outcome.packages
        .filter((pkg) => pkg.scope === 'runtime')
        .map((pkg) => `${pkg.name}@${pkg.version}`)
        .sort()
    ).toEqual(runtime)
    expect(
      outcome.packages
        .filter((pkg) => pkg.scope === 'dev')
        .map((pkg) => `${pkg.name}@${pkg.version}`)
        .sort()
    ).toEqual(bundleList('bundle-list.txt').filter((gem) => !runtime.includes(gem)))
  })

  it('marks direct the DEPENDENCIES and sources per section', () => {
    expect(
      outcome.packages
        .filter((pkg) => pkg.direct)
        .map((pkg) => pkg.name)
        .sort()
    ).toEqual(['gitgem', 'localgem', 'rack', 'rake', 'rspec', 'tinyplat'])
    expect(find('gitgem')).toMatchObject({ source: 'git', resolved: '/tmp/gen-other/ruby/gitgem#665493a6be05368b819812d2051323f3b8d53462' })
    expect(find('localgem')).toMatchObject({ source: 'path', resolved: '../localgem' })
    expect(find('rack')).toMatchObject({ source: 'registry', ecosystem: 'RubyGems', purl: 'pkg:gem/rack@2.2.22' })
  })

  it('splits a platform suffix into version and purl qualifier', () => {
    expect(find('tinyplat')).toMatchObject({ version: '0.3.1', purl: 'pkg:gem/tinyplat@0.3.1?platform=x86_64-linux' })
  })

  it('has the edges of the specs (6-space lines) and the line of each spec', () => {
    const edges = outcome.edges.map((edge) => `${edge.from.split('\u0000')[1]} -> ${edge.to.split('\u0000')[1]}`).sort()
    expect(edges).toEqual(
      [
        'localgem -> rack',
        'rspec -> rspec-core',
        'rspec -> rspec-expectations',
        'rspec -> rspec-mocks',
        'rspec-core -> rspec-support',
        'rspec-expectations -> diff-lcs',
        'rspec-expectations -> rspec-support',
        'rspec-mocks -> diff-lcs',
        'rspec-mocks -> rspec-support'
      ].sort()
    )
    for (const pkg of outcome.packages) expect(lines[pkg.location.line - 1]).toMatch(new RegExp(`^ {4}${pkg.name} \\(${pkg.version}`))
  })

  it('leaves scope unknown without the Gemfile', () => {
    const bare = read({ path: 'Gemfile.lock', text, sibling: () => undefined })
    expect(new Set(bare.packages.map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
  })
})

// Written by hand after Bundler's lockfile format (bundler/lib/bundler/lockfile_parser.rb): a project
// gemspec (PATH remote "."), a gem locked for two platforms, and the CHECKSUMS section of Bundler 2.5+.
const OWN_GEM = `PATH
  remote: .
  specs:
    mygem (0.1.0)
      nokogiri (~> 1.16)

GEM
  remote: https://rubygems.org/
  specs:
    minitest (5.22.0)
    nokogiri (1.16.0-arm64-darwin)
      racc (~> 1.4)
    nokogiri (1.16.0-x86_64-linux)
      racc (~> 1.4)
    racc (1.7.3)

PLATFORMS
  arm64-darwin
  x86_64-linux

DEPENDENCIES
  minitest (~> 5.0)
  mygem!

CHECKSUMS
  minitest (5.22.0) sha256=aaaa
  mygem (0.1.0)
  nokogiri (1.16.0-arm64-darwin) sha256=bbbb
  nokogiri (1.16.0-x86_64-linux) sha256=cccc
  racc (1.7.3) sha256=dddd

BUNDLED WITH
   2.5.6
`

describe('Gemfile.lock reader, other forms', () => {
  it('reads a project gemspec as workspace, merges platforms, takes checksums, and scopes gemspec dev dependencies', () => {
    const outcome = read({
      path: 'gems.locked',
      text: OWN_GEM,
      sibling: (name) => (name === 'gems.rb' ? 'source "https://rubygems.org"\ngemspec\n' : undefined)
    })
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source, pkg.scope, pkg.direct])).toEqual([
      ['mygem', '0.1.0', 'workspace', 'runtime', true],
      ['minitest', '5.22.0', 'registry', 'dev', true],
      ['nokogiri', '1.16.0', 'registry', 'runtime', false],
      ['racc', '1.7.3', 'registry', 'runtime', false]
    ])
    const nokogiri = outcome.packages.find((pkg) => pkg.name === 'nokogiri')
    expect(nokogiri?.purl).toBe('pkg:gem/nokogiri@1.16.0')
    expect(nokogiri?.hashes).toEqual(['sha256:bbbb', 'sha256:cccc'])
    expect(nokogiri?.location.line).toBe(11)
  })

  it('reads Gemfile groups given as options and nested blocks', () => {
    const gemfile = [
      'gem "a"',
      'gem "b", group: :test',
      "gem 'c', groups: [:development, :test]",
      'group :production do',
      '  gem "d"',
      'end',
      'platforms :jruby do',
      '  group :development do',
      '    gem "e"',
      '  end',
      'end'
    ].join('\n')
    const lock = [
      'GEM',
      '  remote: https://rubygems.org/',
      '  specs:',
      ...'abcde'.split('').map((name) => `    ${name} (1.0.0)`),
      '',
      'DEPENDENCIES',
      ...'abcde'.split('').map((name) => `  ${name}`),
      ''
    ].join('\n')
    const outcome = read({ path: 'Gemfile.lock', text: lock, sibling: () => gemfile })
    expect(outcome.packages.map((pkg) => `${pkg.name}:${pkg.scope}`)).toEqual(['a:runtime', 'b:dev', 'c:dev', 'd:runtime', 'e:dev'])
  })

  it.each([
    ['GEM\n  remote: https://rubygems.org/\n  specs:\n    rack 2.2.0\n', 4],
    ['GEM\n  specs:\n    rack (2.2.0)\n<<<<<<< HEAD\n', 4],
    ['GEM\n  specs:\n    rack (2.2.0)\n\nDEPENDENCIES\n  rack (\n', 6],
    ['rack (2.2.0)\n', 1]
  ])('reports a malformed lockfile as one problem with its line (%#)', (text, line) => {
    const outcome = read({ path: 'Gemfile.lock', text, sibling: () => undefined })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toMatchObject([{ path: 'Gemfile.lock', line, format: 'gemfile-lock' }])
  })
})
