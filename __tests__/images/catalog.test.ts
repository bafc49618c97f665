/**
 * Image reader and catalogers against images built in test setup from real package databases (this
 * machine's dpkg status, an rpmdb written by rpm itself, a Go binary and a jar built here), as an OCI
 * layout, a docker archive, and in the real docker-registry (pushed by skopeo), over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseControlStanzas } from '../../src/images/catalog/dpkg.js'
import { catalogImage, type ImageCatalog } from '../../src/images/index.js'
import type { LayerScan } from '../../src/images/layers.js'
import {
  buildGoBinary,
  buildJar,
  buildRpmBerkeleyDb,
  buildRpmDatabase,
  dpkgQuery,
  type GoFixture,
  type RpmFixture
} from '../../test/support/images/fixtures.js'
import { skopeoPush, writeDockerArchive, writeOciLayout, type ImageSpec, type LayerEntry } from '../../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'

const REPO_ROOT = process.cwd()

let work: string
let registry: TestRegistry
let go: GoFixture
let rpm: RpmFixture
let jar: string
const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
/** The status file with its first 25 stanzas removed: what the top layer's dpkg database says. */
const trimmedStatus = status.split(/\n\n+/).slice(25).join('\n\n')

function stanzaText(text: string): string[] {
  return text.split(/\n\n+/).filter((stanza) => stanza.trim())
}

function osPackages(catalog: ImageCatalog): string[] {
  return catalog.inventory.packages
    .filter((pkg) => pkg.ecosystem.includes(':') || pkg.purl?.startsWith('pkg:deb') || pkg.purl?.startsWith('pkg:rpm') || pkg.purl?.startsWith('pkg:apk'))
    .map((pkg) => `${pkg.name} ${pkg.version}`)
    .sort()
}

function languagePackages(catalog: ImageCatalog): string[] {
  return catalog.inventory.packages
    .filter((pkg) => ['npm', 'PyPI', 'Go', 'Maven'].includes(pkg.ecosystem))
    .map((pkg) => `${pkg.ecosystem} ${pkg.name} ${pkg.version} ${pkg.location.path}`)
    .sort()
}

function debianImage(): ImageSpec {
  const python = '/usr/lib/python3/dist-packages/PyYAML-6.0.dist-info/METADATA'
  const base: LayerEntry[] = [
    { path: 'etc/', type: 'directory' },
    { path: 'etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
    { path: 'usr/lib/os-release', content: osRelease },
    { path: 'var/lib/dpkg/status', content: status },
    { path: 'var/lib/dpkg/info/python3-yaml.list', content: fs.readFileSync('/var/lib/dpkg/info/python3-yaml.list') },
    { path: python.slice(1), content: fs.readFileSync(python) },
    { path: 'opt/app/node_modules/left-pad/package.json', content: JSON.stringify({ name: 'left-pad', version: '1.3.0' }) },
    { path: 'opt/lib/node_modules/hidden/package.json', content: JSON.stringify({ name: 'hidden', version: '0.0.1' }) },
    { path: 'usr/share/doc/filler.txt', content: Buffer.alloc(256 * 1024, 'x') }
  ]
  const app: LayerEntry[] = [
    { path: 'opt/app/node_modules/.wh.left-pad', content: '' },
    { path: 'opt/lib/.wh..wh..opq', content: '' },
    { path: 'opt/lib/node_modules/kept/package.json', content: JSON.stringify({ name: 'kept', version: '2.0.0', license: 'MIT' }) },
    { path: 'opt/app/node_modules/semver/package.json', content: fs.readFileSync(path.join(REPO_ROOT, 'node_modules/semver/package.json')) },
    { path: 'opt/venv/lib/python3.11/site-packages/PyYAML-6.0.dist-info/METADATA', content: fs.readFileSync(python) },
    { path: 'app/server', content: fs.readFileSync(go.binary), mode: 0o755 },
    { path: 'app/demo-app.jar', content: fs.readFileSync(jar) }
  ]
  const top: LayerEntry[] = [{ path: 'var/lib/dpkg/status', content: trimmedStatus }]
  return {
    architecture: 'amd64',
    layers: [
      { entries: base, compression: 'gzip' },
      { entries: app, compression: 'zstd' },
      { entries: top, compression: 'none' }
    ]
  }
}

function distrolessImage(): ImageSpec {
  const stanzas = stanzaText(status).slice(0, 40)
  const named = stanzas.map((stanza) => ({ name: /^Package: (.+)$/m.exec(stanza)![1]!, stanza }))
  const lower = named.slice(0, 20).map(({ name, stanza }) => ({ path: `var/lib/dpkg/status.d/${name}`, content: `${stanza}\n` }))
  const upper = [
    ...named.slice(20).map(({ name, stanza }) => ({ path: `var/lib/dpkg/status.d/${name}`, content: `${stanza}\n` })),
    { path: `var/lib/dpkg/status.d/.wh.${named[3]!.name}`, content: '' }
  ]
  return {
    architecture: 'amd64',
    layers: [
      { entries: [{ path: 'etc/os-release', content: osRelease }, ...lower], compression: 'gzip' },
      { entries: upper, compression: 'zstd' }
    ]
  }
}

function rpmImage(): ImageSpec {
  return {
    architecture: 'arm64',
    variant: 'v8',
    layers: [
      {
        entries: [
          {
            path: 'etc/os-release',
            content: 'NAME="Fedora Linux"\nVERSION="40 (Container Image)"\nID=fedora\nVERSION_ID=40\nPRETTY_NAME="Fedora Linux 40 (Container Image)"\n'
          },
          { path: 'var/lib/rpm/rpmdb.sqlite', content: fs.readFileSync(path.join(rpm.dbDir, 'rpmdb.sqlite')) },
          { path: 'usr/lib/python3.12/site-packages/demo-1.2.3.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: demo\nVersion: 1.2.3\n' }
        ],
        compression: 'gzip'
      }
    ]
  }
}

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-images-')))
  go = buildGoBinary(work)
  rpm = buildRpmDatabase(work)
  jar = buildJar(work)
  registry = await startRegistry()
}, 120_000)

afterAll(async () => {
  await registry?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('dpkg image (OCI layout: gzip, zstd and plain layers, whiteouts, opaque directory)', () => {
  let catalog: ImageCatalog
  beforeAll(async () => {
    await writeOciLayout(path.join(work, 'debian'), [debianImage()], 'v1')
    catalog = await catalogImage(`oci:${path.join(work, 'debian')}:v1`)
  }, 60_000)

  it('lists exactly what dpkg-query reports for the top layer status file', () => {
    const expected = dpkgQuery(trimmedStatus, work)
    expect(expected.length).toBeGreaterThan(100)
    expect(osPackages(catalog)).toEqual(expected)
    expect(catalog.inventory.problems).toEqual([])
  })

  it('names the distro and uses distro purls with the source package', () => {
    const release = Object.fromEntries(
      osRelease
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.split('=')[0], line.split('=')[1]!.replace(/"/g, '')])
    )
    expect(catalog.distro?.id).toBe(release.ID)
    expect(catalog.distro?.versionId).toBe(release.VERSION_ID)
    expect(catalog.ecosystem).toBe(`Debian:${release.VERSION_ID!.split('.')[0]}`)
    // A package with a Source field, checked against its stanza.
    const stanza = parseControlStanzas(trimmedStatus).find(
      ({ fields }) => /^\S+$/.test(fields.get('source') ?? '') && fields.get('status')?.endsWith(' installed')
    )!
    const name = stanza.fields.get('package')!
    const pkg = catalog.inventory.packages.find((candidate) => candidate.name === name)!
    expect(pkg.sourcePackage?.name).toBe(stanza.fields.get('source'))
    expect(pkg.purl).toBe(
      `pkg:deb/debian/${encodeURIComponent(name)}@${encodeURIComponent(stanza.fields.get('version')!)}?arch=${stanza.fields.get('architecture')}&distro=debian-${release.VERSION_ID}&upstream=${encodeURIComponent(stanza.fields.get('source')!)}`
    )
    expect(pkg.location).toEqual({ path: 'var/lib/dpkg/status', line: stanza.line })
  })

  it('applies whiteouts and opaque directories, reads language packages, leaves out those dpkg owns', () => {
    expect(go.expected).toContain('example.com/greeting v1.4.0')
    const semver = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/semver/package.json'), 'utf8')) as { version: string }
    expect(languagePackages(catalog)).toEqual(
      [
        ...go.expected.map((line) => `Go ${line} app/server`),
        'Maven org.example:demo-app 2.0.0 app/demo-app.jar',
        'Maven org.example:inner-lib 0.4.1 app/demo-app.jar',
        'PyPI pyyaml 6.0 opt/venv/lib/python3.11/site-packages/PyYAML-6.0.dist-info/METADATA',
        'npm kept 2.0.0 opt/lib/node_modules/kept/package.json',
        `npm semver ${semver.version} opt/app/node_modules/semver/package.json`
      ].sort()
    )
    expect(catalog.ownedLanguagePackages).toBe(1)
    expect(catalog.inventory.packages.find((pkg) => pkg.name === 'kept')?.purl).toBe('pkg:npm/kept@2.0.0')
  })

  it('reports platform, digests and the bytes it read', () => {
    expect(catalog.platform).toBe('linux/amd64')
    expect(catalog.layers).toEqual({ total: 3, read: 3, stoppedEarly: false })
    expect(catalog.bytesRead).toBeGreaterThan(catalog.imageBytes!)
  })

  it('fails on a layer whose bytes do not match its digest', async () => {
    const dir = path.join(work, 'tampered')
    await writeOciLayout(dir, [debianImage()], 'v1')
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'blobs/sha256', index.manifests[0]!.digest.slice(7)), 'utf8')) as {
      layers: { digest: string }[]
    }
    const top = path.join(dir, 'blobs/sha256', manifest.layers[2]!.digest.slice(7))
    const bytes = fs.readFileSync(top)
    bytes[600] = bytes[600]! ^ 1
    fs.writeFileSync(top, bytes)
    await expect(catalogImage(`oci:${dir}:v1`)).rejects.toThrow(/layer 3 \(sha256:[0-9a-f]{64}\): the blob has digest/)
  })
})

describe('OS packages only: top-down early stop', () => {
  it('stops once the distro and the package database are settled', async () => {
    const image = debianImage()
    // The top layer rewrites both the status and os-release: the lower layers need not be read.
    image.layers[2]!.entries.push({ path: 'etc/os-release', content: osRelease })
    await writeOciLayout(path.join(work, 'early'), [image], 'v1')
    const catalog = await catalogImage(`oci:${path.join(work, 'early')}:v1`, { languages: false })
    expect(catalog.layers).toEqual({ total: 3, read: 1, stoppedEarly: true })
    expect(osPackages(catalog)).toEqual(dpkgQuery(trimmedStatus, work))
    expect(catalog.bytesRead).toBeLessThan(catalog.imageBytes! / 2)
  })
})

describe('distroless status.d across layers', () => {
  it('lists what dpkg-query reports for the visible status.d files', async () => {
    await writeOciLayout(path.join(work, 'distroless'), [distrolessImage()], 'latest')
    const catalog = await catalogImage(`oci:${path.join(work, 'distroless')}`)
    const stanzas = stanzaText(status).slice(0, 40)
    const visible = stanzas.filter((_, index) => index !== 3)
    expect(osPackages(catalog)).toHaveLength(39)
    expect(osPackages(catalog)).toEqual(dpkgQuery(`${visible.join('\n\n')}\n`, work))
    expect(catalog.inventory.files.every((file) => file.format === 'dpkg-status.d')).toBe(true)
  })
})

describe('rpm database', () => {
  it('lists what rpm -qa reports, with epoch, arch and source rpm, and leaves out files rpm owns', async () => {
    await writeOciLayout(path.join(work, 'fedora'), [rpmImage()], 'latest')
    const catalog = await catalogImage(`oci:${path.join(work, 'fedora')}`, { platform: { os: 'linux', architecture: 'arm64' } })
    const got = catalog.inventory.packages
      .filter((pkg) => pkg.purl?.startsWith('pkg:rpm/'))
      .map(
        (pkg) =>
          `${pkg.name} ${pkg.version!.includes(':') ? pkg.version : `0:${pkg.version}`} ${pkg.arch} ${new URL(`http://x/?${pkg.purl!.split('?')[1]}`).searchParams.get('upstream')}`
      )
      .sort()
    expect(rpm.expected).toHaveLength(2)
    expect(got).toEqual(rpm.expected)
    expect(catalog.ecosystem).toBe('Fedora:40')
    expect(catalog.inventory.packages.find((pkg) => pkg.name === 'chaingate-demo')?.purl).toBe(
      'pkg:rpm/fedora/chaingate-demo@1.2.3-4?arch=noarch&distro=fedora-40&epoch=2&upstream=chaingate-demo-1.2.3-4.src.rpm'
    )
    expect(languagePackages(catalog)).toEqual([])
    expect(catalog.ownedLanguagePackages).toBe(1)
  })
  it('reads a Berkeley DB Packages (CentOS 7) as rpm -qa reads it, the files rpm owns included', async () => {
    const bdb = await buildRpmBerkeleyDb(rpm, work, 4096)
    const image: ImageSpec = {
      architecture: 'amd64',
      layers: [
        {
          entries: [
            {
              path: 'etc/os-release',
              content: 'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\n'
            },
            { path: 'var/lib/rpm/Packages', content: fs.readFileSync(path.join(bdb.dbDir, 'Packages')) },
            { path: 'usr/lib/python3.12/site-packages/demo-1.2.3.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: demo\nVersion: 1.2.3\n' }
          ],
          compression: 'gzip'
        }
      ]
    }
    await writeOciLayout(path.join(work, 'centos'), [image], 'latest')
    const catalog = await catalogImage(`oci:${path.join(work, 'centos')}`)
    const got = catalog.inventory.packages
      .filter((pkg) => pkg.purl?.startsWith('pkg:rpm/'))
      .map(
        (pkg) =>
          `${pkg.name} ${pkg.version!.includes(':') ? pkg.version : `0:${pkg.version}`} ${pkg.arch} ${new URL(`http://x/?${pkg.purl!.split('?')[1]}`).searchParams.get('upstream')}`
      )
      .sort()
    expect(got).toEqual(bdb.expected)
    expect(catalog.ecosystem).toBe('CentOS:7')
    expect(catalog.inventory.packages.find((pkg) => pkg.name === 'chaingate-libs')?.purl).toBe(
      'pkg:rpm/centos/chaingate-libs@0.9~rc1-1.fc40?arch=noarch&distro=centos-7&upstream=chaingate-libs-0.9%7Erc1-1.fc40.src.rpm'
    )
    expect(catalog.inventory.files).toContainEqual(expect.objectContaining({ path: 'var/lib/rpm/Packages', format: 'rpmdb-bdb', packages: 2 }))
    expect(catalog.inventory.problems).toEqual([])
    expect(catalog.ownedLanguagePackages).toBe(1)
  })
})

describe('docker save archive', () => {
  it('reads the same packages as the OCI layout', async () => {
    const file = path.join(work, 'debian.tar')
    await writeDockerArchive(file, debianImage(), 'example/debian:v1')
    const catalog = await catalogImage(`docker-archive:${file}`)
    expect(osPackages(catalog)).toEqual(dpkgQuery(trimmedStatus, work))
    expect(languagePackages(catalog)).toHaveLength(go.expected.length + 5)
  })
})

describe('registry (skopeo-pushed multi-platform index, real HTTP, auth)', () => {
  let reference: string
  beforeAll(async () => {
    const layout = path.join(work, 'multi')
    await writeOciLayout(layout, [debianImage(), rpmImage()], 'v1')
    reference = `${registry.host}/chaingate/multi:v1`
    skopeoPush(layout, 'v1', reference, registry)
  }, 60_000)

  it('resolves the default platform and reports what the index offers', async () => {
    const catalog = await catalogImage(reference, { dockerConfig: registry.dockerConfig })
    expect(catalog.platform).toBe('linux/amd64')
    expect(catalog.available).toEqual(['linux/amd64', 'linux/arm64/v8'])
    expect(catalog.indexDigest).toMatch(/^sha256:/)
    expect(osPackages(catalog)).toEqual(dpkgQuery(trimmedStatus, work))
  })

  it('picks --platform linux/arm64 (variant v8 by default) and uses REGISTRY_USERNAME/PASSWORD', async () => {
    const catalog = await catalogImage(reference, {
      platform: { os: 'linux', architecture: 'arm64' },
      env: { REGISTRY_USERNAME: registry.username, REGISTRY_PASSWORD: registry.password }
    })
    expect(catalog.platform).toBe('linux/arm64/v8')
    expect(catalog.ecosystem).toBe('Fedora:40')
  })

  it('fetches each layer once per run when images share it', async () => {
    const layerCache = new Map<string, Promise<LayerScan>>()
    const first = await catalogImage(reference, { dockerConfig: registry.dockerConfig, layerCache })
    const second = await catalogImage(reference.replace(':v1', `@${first.indexDigest}`), { dockerConfig: registry.dockerConfig, layerCache })
    expect(first.bytesRead).toBeGreaterThan(first.imageBytes!)
    expect(second.bytesRead).toBeLessThan(10_000)
    expect(osPackages(second)).toEqual(osPackages(first))
  })

  it('names the platforms when the one asked for is missing', async () => {
    await expect(catalogImage(reference, { dockerConfig: registry.dockerConfig, platform: { os: 'linux', architecture: 's390x' } })).rejects.toThrow(
      'no image for platform linux/s390x in the index (it has linux/amd64, linux/arm64/v8); choose one with --platform'
    )
  })
})
