/**
 * Language packages of three more ecosystems inside an image, each against the ecosystem's own tool:
 * - RubyGems: this machine's installed gem specifications (Ruby's default gems and Debian's), copied into the
 *   image; oracle: RubyGems' own loader (`Gem::Specification.load`, run by `ruby`);
 * - Composer: `vendor/composer/installed.json` written by `composer install` here (path repositories, no
 *   network); oracle: `composer show --format=json` of that project;
 * - .NET: an application's `.deps.json` of our own in the runtime's documented shape (no .NET SDK here).
 * A gem specification a dpkg package owns is the OS package's, not listed again.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseComposerInstalled, parseDotnetDeps, parseGemspec } from '../../src/images/catalog/installed-packages.js'
import { catalogImage, type ImageCatalog } from '../../src/images/index.js'
import { writeOciLayout, type LayerEntry } from '../../test/support/images/build.js'

function tool(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
  } catch (error) {
    throw new Error(
      `${command} ${args.join(' ')} failed (it is this test's oracle): ${String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim()}`,
      { cause: error }
    )
  }
}

let work: string
let gems: string[]
let gemsByRuby: string[]
let composerShow: string[]
let catalog: ImageCatalog
const OWNED_GEMSPEC = 'usr/share/rubygems-integration/all/specifications/owned-gem-1.0.gemspec'

function machineGemspecs(): string[] {
  const roots = ['/usr/lib/ruby/gems', '/usr/share/rubygems-integration/all/specifications', '/var/lib/gems']
  const found: string[] = []
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.name.endsWith('.gemspec') && /\/specifications\/(?:default\/)?[^/]+$/.test(file)) found.push(file)
    }
  }
  roots.forEach(walk)
  return found
}

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-installed-packages-')))
  // One file per place in the image (a gem both Ruby and Debian install has one file name there).
  const target = (file: string): string =>
    `usr/local/bundle/specifications/${file.includes('/specifications/default/') ? 'default/' : ''}${path.basename(file)}`
  const byTarget = new Map<string, string>()
  for (const file of machineGemspecs()) if (!byTarget.has(target(file))) byTarget.set(target(file), file)
  gems = [...byTarget.values()]
  if (gems.length === 0) throw new Error('no installed gem specifications on this machine (install ruby: apt-get install ruby)')
  gemsByRuby = tool('ruby', ['-e', 'ARGV.each { |f| s = Gem::Specification.load(f); puts "#{s.name} #{s.version}" }', ...gems])
    .split('\n')
    .filter(Boolean)
    .sort()

  // A Composer project with two path packages, installed by composer without network.
  const project = path.join(work, 'composer')
  for (const [dir, manifest] of [
    ['pkgs/alpha', { name: 'acme/alpha', version: '1.2.3', license: ['MIT', 'Apache-2.0'] }],
    ['pkgs/beta', { name: 'acme/Beta', version: 'v2.0.0', license: 'BSD-3-Clause', require: { 'acme/alpha': '^1.0' } }],
    ['pkgs/tool', { name: 'acme/tool', version: '0.9.1' }],
    [
      'app',
      {
        name: 'acme/app',
        repositories: [{ 'packagist.org': false }, { type: 'path', url: '../pkgs/*', options: { symlink: false } }],
        require: { 'acme/beta': '*' },
        'require-dev': { 'acme/tool': '*' }
      }
    ]
  ] as const) {
    fs.mkdirSync(path.join(project, dir), { recursive: true })
    fs.writeFileSync(path.join(project, dir, 'composer.json'), JSON.stringify(manifest))
  }
  const env = { ...process.env, COMPOSER_HOME: path.join(work, 'composer-home'), COMPOSER_NO_INTERACTION: '1' }
  tool('composer', ['install', '--no-interaction', '--no-progress', '--quiet'], { cwd: path.join(project, 'app'), env })
  composerShow = (
    JSON.parse(tool('composer', ['show', '--format=json'], { cwd: path.join(project, 'app'), env })) as { installed: Array<{ name: string; version: string }> }
  ).installed
    .map((pkg) => `${pkg.name} ${pkg.version}`)
    .sort()

  const deps = {
    runtimeTarget: { name: '.NETCoreApp,Version=v8.0', signature: '' },
    compilationOptions: {},
    targets: {
      '.NETCoreApp,Version=v8.0': {
        'Shop.Api/1.0.0': { dependencies: { 'Newtonsoft.Json': '13.0.3', 'Shop.Core': '1.0.0' }, runtime: { 'Shop.Api.dll': {} } },
        'Newtonsoft.Json/13.0.3': { runtime: { 'lib/net6.0/Newtonsoft.Json.dll': { assemblyVersion: '13.0.0.0', fileVersion: '13.0.3.27908' } } },
        'Serilog/4.0.0-dev-02108': { runtime: { 'lib/net8.0/Serilog.dll': {} } },
        'Shop.Core/1.0.0': { runtime: { 'Shop.Core.dll': {} } }
      }
    },
    libraries: {
      'Shop.Api/1.0.0': { type: 'project', serviceable: false, sha512: '' },
      'Newtonsoft.Json/13.0.3': {
        type: 'package',
        serviceable: true,
        sha512: 'sha512-x',
        path: 'newtonsoft.json/13.0.3',
        hashPath: 'newtonsoft.json.13.0.3.nupkg.sha512'
      },
      'Serilog/4.0.0-dev-02108': { type: 'package', serviceable: true, sha512: 'sha512-y', path: 'serilog/4.0.0-dev-02108' },
      'Shop.Core/1.0.0': { type: 'project', serviceable: false, sha512: '' },
      'System.Private.Uri/4.3.0': { type: 'reference', serviceable: false, sha512: '' }
    }
  }

  const entries: LayerEntry[] = [
    { path: 'etc/os-release', content: fs.readFileSync('/usr/lib/os-release', 'utf8') },
    {
      path: 'var/lib/dpkg/status',
      content: 'Package: ruby-owned-gem\nStatus: install ok installed\nVersion: 1.0-1\nArchitecture: all\n'
    },
    { path: 'var/lib/dpkg/info/ruby-owned-gem.list', content: `/usr/share/rubygems-integration\n/${OWNED_GEMSPEC}\n` },
    {
      path: OWNED_GEMSPEC,
      content: '# stub: owned-gem 1.0 ruby lib\nGem::Specification.new do |s|\n  s.name = "owned-gem".freeze\n  s.version = "1.0"\nend\n'
    },
    ...gems.map((file) => ({ path: target(file), content: fs.readFileSync(file) })),
    { path: 'srv/shop/vendor/composer/installed.json', content: fs.readFileSync(path.join(project, 'app', 'vendor', 'composer', 'installed.json')) },
    { path: 'app/Shop.Api.deps.json', content: `\uFEFF${JSON.stringify(deps, null, 2)}` }
  ]
  await writeOciLayout(path.join(work, 'layout'), [{ architecture: 'amd64', layers: [{ entries, compression: 'gzip' }] }], 'v1')
  catalog = await catalogImage(`oci:${path.join(work, 'layout')}:v1`)
}, 180_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

const listed = (ecosystem: string): string[] =>
  catalog.inventory.packages
    .filter((pkg) => pkg.ecosystem === ecosystem)
    .map((pkg) => `${pkg.name} ${pkg.version}`)
    .sort()

describe('installed language packages in an image', () => {
  it('RubyGems: what RubyGems loads from each specification, as pkg:gem purls; the one dpkg owns left out', () => {
    expect(catalog.inventory.problems).toEqual([])
    expect(listed('RubyGems')).toEqual(gemsByRuby)
    expect(gemsByRuby.length).toBeGreaterThan(10)
    const rake = catalog.inventory.packages.find((pkg) => pkg.ecosystem === 'RubyGems' && pkg.name === gemsByRuby[0]!.split(' ')[0])!
    expect(rake.purl).toBe(`pkg:gem/${rake.name}@${rake.version}`)
    expect(catalog.inventory.packages.some((pkg) => pkg.name === 'owned-gem')).toBe(false)
    expect(catalog.ownedLanguagePackages).toBe(1)
  })

  it('Composer: what composer show lists for the project, dev packages included, with composer purls and licenses', () => {
    expect(listed('Packagist')).toEqual(composerShow)
    const alpha = catalog.inventory.packages.find((pkg) => pkg.name === 'acme/alpha')!
    expect(alpha).toMatchObject({
      purl: 'pkg:composer/acme/alpha@1.2.3',
      license: 'MIT OR Apache-2.0',
      location: { path: 'srv/shop/vendor/composer/installed.json' }
    })
  })

  it('.NET: the package libraries of a deps.json, not the application’s projects or framework references', () => {
    expect(listed('NuGet')).toEqual(['Newtonsoft.Json 13.0.3', 'Serilog 4.0.0-dev-02108'])
    expect(catalog.inventory.packages.find((pkg) => pkg.name === 'Newtonsoft.Json')!.purl).toBe('pkg:nuget/Newtonsoft.Json@13.0.3')
  })

  it('says what it cannot read, with the line', () => {
    expect(() => parseGemspec('Gem::Specification.new do |s|\n  s.name = name_from_somewhere\nend\n')).toThrow(
      'a gem specification without a literal name and version'
    )
    expect(
      parseGemspec('Gem::Specification.new do |spec|\n  spec.name = \'x\'\n  spec.version = Gem::Version.new("1.0")\n  spec.license = "MIT"\nend\n')
    ).toEqual([{ ecosystem: 'RubyGems', name: 'x', version: '1.0', license: 'MIT' }])
    expect(() => parseComposerInstalled('{"dev": true}')).toThrow('no packages list')
    expect(parseComposerInstalled('[{"name": "a/b", "version": "1.0.0"}]')).toEqual([{ ecosystem: 'Packagist', name: 'a/b', version: '1.0.0' }])
    let thrown: unknown
    try {
      parseDotnetDeps('{\n  "libraries": {\n    "A/1.0": { "type": "package" },,\n  }\n}')
    } catch (error) {
      thrown = error
    }
    expect((thrown as { line?: number }).line).toBe(3)
    expect(() => parseDotnetDeps('{"libraries": {"NoVersion": {"type": "package"}}}')).toThrow('library "NoVersion" is not <name>/<version>')
  })
})
