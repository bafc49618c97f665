/**
 * Language catalogers on artifacts made in test setup by the ecosystems' own tools, in the shapes a
 * differential run against Syft 1.57.2 found real images to hold (see bench/README.md, "Language packages
 * beside Syft"): jars written by the JDK's `jar` (a Gradle-built jar with only a manifest, a shaded jar,
 * a Spring Boot jar with BOOT-INF/lib, a WAR with WEB-INF/lib, an EAR holding the WAR), a PIE Go binary
 * whose go.mod replaces a module by another version and one by a local directory (oracle `go version -m`),
 * also copied without its mode bits, a wheel installed by pip, an egg-info left by setuptools and an
 * unzipped egg (oracle `pip list --path`), an application's package.json beside
 * its node_modules with nested duplicates; then the image's SBOM in both formats, schema-validated, with
 * each language package's file inside the image.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import { catalogImage, type ImageCatalog } from '../../src/images/index.js'
import { writeOciLayout, type LayerEntry } from '../../test/support/images/build.js'
import {
  buildGoReplaceBinary,
  buildJavaArchives,
  buildPythonPackages,
  type GoReplaceFixture,
  type JavaArchives,
  type PythonFixture
} from '../../test/support/images/fixtures.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

let work: string
let layout: string
let java: JavaArchives
let go: GoReplaceFixture
let python: PythonFixture
let catalog: ImageCatalog

const SITE = 'usr/local/lib/python3.11/site-packages'

function filesUnder(dir: string, prefix: string): LayerEntry[] {
  const entries: LayerEntry[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    entries.push({ path: `${prefix}/${path.relative(dir, full)}`, content: fs.readFileSync(full) })
  }
  return entries
}

const npm = (name: string, version: string): string => JSON.stringify({ name, version, license: 'MIT' })

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-language-artifacts-')))
  java = buildJavaArchives(work)
  go = buildGoReplaceBinary(work)
  python = buildPythonPackages(work)
  layout = path.join(work, 'image')
  const javaEntries: LayerEntry[] = Object.entries(java.files).map(([name, content]) => ({
    path: `${/\.[we]ar$/.test(name) ? 'opt' : 'app'}/${name}`,
    content
  }))
  await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n' },
              // A distribution package owning a Go binary outside bin/ (as Debian's containernetworking-plugins installs /usr/lib/cni/*).
              {
                path: 'var/lib/dpkg/status',
                content: 'Package: demo-plugins\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0-1\nDescription: demo\n'
              },
              { path: 'var/lib/dpkg/info/demo-plugins.list', content: '/.\n/usr\n/usr/lib\n/usr/lib/demo-plugins\n/usr/lib/demo-plugins/replacer\n' },
              { path: 'usr/lib/demo-plugins/replacer', content: fs.readFileSync(go.binary), mode: 0o755 }
            ],
            compression: 'gzip'
          },
          {
            entries: [
              ...javaEntries,
              { path: 'usr/local/bin/replacer', content: fs.readFileSync(go.binary), mode: 0o755 },
              // The same program copied without its mode bits: still a Go binary.
              { path: 'srv/tools/replacer-copy', content: fs.readFileSync(go.binary), mode: 0o644 },
              ...filesUnder(python.site, SITE),
              { path: 'srv/web/package.json', content: JSON.stringify({ name: 'web', version: '1.0.0', private: true, dependencies: { left: '1' } }) },
              { path: 'srv/web/node_modules/left/package.json', content: npm('left', '1.0.0') },
              { path: 'srv/web/node_modules/right/package.json', content: npm('right', '2.0.0') },
              { path: 'srv/web/node_modules/left/node_modules/right/package.json', content: npm('right', '1.5.0') },
              // A package.json with no node_modules beside it, and one that is not JSON: neither is a package.
              { path: 'usr/share/doc/tool/package.json', content: npm('not-installed', '0.1.0') },
              { path: 'opt/templates/package.json', content: '{ "name": "{{name}}", ' }
            ],
            compression: 'zstd'
          }
        ]
      }
    ],
    'v1'
  )
  catalog = await catalogImage(`oci:${layout}:v1`)
}, 180_000)

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

function listed(ecosystem: string): string[] {
  return catalog.inventory.packages
    .filter((pkg) => pkg.ecosystem === ecosystem)
    .map((pkg) => `${pkg.name} ${pkg.version} ${pkg.location.path}`)
    .sort()
}

describe('language packages of real artifacts', () => {
  it('names Java archives from pom.properties, and from the manifest when none is their own', () => {
    expect(listed('Maven')).toEqual(
      [
        'org.springframework:spring-core 6.1.11 app/spring-core-6.1.11.jar',
        'com.example.legacy:legacy-lib 3.2 app/legacy.jar',
        'mystery-util 0.9.1 app/mystery-util-0.9.1.jar',
        'com.example:tool 1.0.0 app/tool-1.0.0-all.jar',
        'org.apache.commons:commons-lang3 3.14.0 app/tool-1.0.0-all.jar',
        'com.google.code.gson:gson 2.11.0 app/tool-1.0.0-all.jar',
        'com.fasterxml.jackson.core:jackson-core 2.17.2 app/jackson-core-2.17.2.jar',
        'com.example:shop 2.0.0 app/shop-2.0.0.jar',
        // Renamed: its pom.properties name it, not the file name or the manifest's title in words.
        'com.example:shop 2.0.0 app/app.jar',
        'org.springframework:spring-core 6.1.11 app/shop-2.0.0.jar',
        'com.fasterxml.jackson.core:jackson-core 2.17.2 app/shop-2.0.0.jar',
        'mystery-util 0.9.1 opt/store.war',
        'com.fasterxml.jackson.core:jackson-core 2.17.2 opt/store.war',
        // EAR → WAR → WEB-INF/lib jars.
        'mystery-util 0.9.1 opt/bank.ear',
        'com.fasterxml.jackson.core:jackson-core 2.17.2 opt/bank.ear'
      ].sort()
    )
    const purls = new Set(catalog.inventory.packages.filter((pkg) => pkg.ecosystem === 'Maven').map((pkg) => pkg.purl))
    expect(purls).toContain('pkg:maven/org.springframework/spring-core@6.1.11')
    expect(purls).toContain('pkg:maven/com.example.legacy/legacy-lib@3.2')
    // Nothing names its group, and a Maven purl needs one: listed by name and file, without a purl.
    expect(catalog.inventory.packages.filter((pkg) => pkg.name === 'mystery-util').map((pkg) => pkg.purl)).toEqual([undefined, undefined, undefined])
  })

  it('reads a PIE Go binary with replacements as go version -m does, stdlib without the go prefix', () => {
    const goPackages = (file: string): string[] =>
      listed('Go')
        .filter((line) => line.endsWith(` ${file}`))
        .map((line) => line.split(' ').slice(0, 2).join(' '))
    expect(goPackages('usr/local/bin/replacer')).toEqual(go.expected)
    expect(goPackages('srv/tools/replacer-copy')).toEqual(go.expected)
    expect(go.expected).toContain('example.com/greeting v1.5.0')
    const greeting = catalog.inventory.packages.filter((pkg) => pkg.name === 'example.com/greeting')
    expect(greeting.map((pkg) => [pkg.location.path, pkg.replaces])).toEqual([
      ['srv/tools/replacer-copy', go.replaced],
      ['usr/local/bin/replacer', go.replaced]
    ])
    const stdlib = catalog.inventory.packages.find((pkg) => pkg.name === 'stdlib')!
    expect(stdlib.purl).toBe(`pkg:golang/stdlib@${stdlib.version}`)
    expect(stdlib.version).toMatch(/^\d+\.\d+/)
    // The local replacement has no version to match: left out, not guessed.
    expect(catalog.inventory.packages.some((pkg) => pkg.name.includes('local'))).toBe(false)
    // The same binary owned by a dpkg package is that package's, not listed again.
    expect(catalog.inventory.packages.filter((pkg) => pkg.location.path.startsWith('usr/lib/demo-plugins/'))).toEqual([])
    expect(catalog.ownedLanguagePackages).toBe(go.expected.length)
  })

  it('reads what pip lists for a pip --target directory, an egg-info and an unzipped egg, names PEP 503 normalised', () => {
    expect(listed('PyPI').map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(python.expected)
    expect(listed('PyPI')).toEqual([
      `demo-pkg-name 2.1.0 ${SITE}/Demo.Pkg_Name-2.1.0.dist-info/METADATA`,
      expect.stringMatching(new RegExp(`^egg-dir 0\\.7 ${SITE}/Egg_Dir-0\\.7-py3\\.\\d+\\.egg/EGG-INFO/PKG-INFO$`)),
      `old-style 0.3 ${SITE}/Old_Style-0.3-py3.11.egg-info/PKG-INFO`
    ])
    expect(catalog.inventory.packages.find((pkg) => pkg.name === 'demo-pkg-name')?.license).toBe('MIT')
  })

  it('reads node_modules with nested duplicates and the application beside them, nothing else named package.json', () => {
    expect(listed('npm')).toEqual([
      'left 1.0.0 srv/web/node_modules/left/package.json',
      'right 1.5.0 srv/web/node_modules/left/node_modules/right/package.json',
      'right 2.0.0 srv/web/node_modules/right/package.json',
      'web 1.0.0 srv/web/package.json'
    ])
    expect(catalog.inventory.problems).toEqual([])
  })
})

describe('the image SBOM of those packages', () => {
  async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
    let stdout = ''
    let stderr = ''
    const code = await main(argv, { env: {}, cwd: work, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
    expect(stderr).not.toContain('chaingate: ')
    return { code, stdout }
  }

  it('CycloneDX: valid, each language package with its file inside the image', async () => {
    const { code, stdout } = await cli(['sbom', '--image', `oci:${layout}:v1`])
    expect(code).toBe(0)
    const bom = JSON.parse(stdout) as { components: { purl: string; properties?: { name: string; value: string }[] }[] }
    expect(validateCycloneDx16(bom)).toEqual([])
    const files = (purl: string): string[] =>
      bom.components
        .filter((component) => component.purl === purl)
        .flatMap((component) => component.properties ?? [])
        .filter((property) => property.name === 'chaingate:source-file')
        .map((property) => property.value)
        .sort()
    expect(files('pkg:maven/org.springframework/spring-core@6.1.11')).toEqual(['app/shop-2.0.0.jar:1', 'app/spring-core-6.1.11.jar:1'])
    expect(files('pkg:pypi/demo-pkg-name@2.1.0')).toEqual([`${SITE}/Demo.Pkg_Name-2.1.0.dist-info/METADATA:1`])
    expect(files('pkg:golang/example.com/greeting@v1.5.0')).toEqual(['srv/tools/replacer-copy:1', 'usr/local/bin/replacer:1'])
    expect(files('pkg:npm/right@1.5.0')).toEqual(['srv/web/node_modules/left/node_modules/right/package.json:1'])
  })

  it('SPDX: valid, the same purls, each with its file', async () => {
    const { code, stdout } = await cli(['sbom', '--image', `oci:${layout}:v1`, '--format', 'spdx'])
    expect(code).toBe(0)
    const document = JSON.parse(stdout) as { packages: { sourceInfo?: string; externalRefs?: { referenceType: string; referenceLocator: string }[] }[] }
    expect(validateSpdx23(document)).toEqual([])
    const purls = document.packages.flatMap((pkg) => (pkg.externalRefs ?? []).filter((ref) => ref.referenceType === 'purl').map((ref) => ref.referenceLocator))
    expect(new Set(purls)).toEqual(
      new Set(catalog.inventory.packages.map((pkg) => pkg.purl ?? `pkg:generic/${pkg.name}@${pkg.version}?ecosystem=${pkg.ecosystem}`))
    )
    const war = document.packages.find((pkg) => pkg.externalRefs?.some((ref) => ref.referenceLocator === 'pkg:maven/org.springframework/spring-core@6.1.11'))
    expect(war?.sourceInfo).toMatch(/app\/(shop-2\.0\.0|spring-core-6\.1\.11)\.jar/)
  })
})
