/**
 * What real registries and real images do, read without a daemon: OCI layouts and `docker save` archives
 * written here in the shapes real tools write (several tags, Docker media types, nested indexes, buildx
 * attestations, variants, foreign layers, schema 1, Docker 25's OCI-style archive), layers as real tools make
 * them (plain, gzip, zstd, empty, hardlinks and directory symlinks to the package database, whole-directory
 * whiteouts), and the real docker-registry fed by skopeo in Docker schema 2 form.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { catalogImage, type ImageCatalog } from '../../src/images/index.js'
import { parseImageReference, platformMatches } from '../../src/images/reference.js'
import { pickPlatform as pickConfigPlatform } from '../../src/images/sources/config.js'
import { buildLayer, sha256, skopeoPush, tarOf, type Compression, type LayerEntry } from '../../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'

const osRelease = 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n'
const stanza = (name: string, version: string): string =>
  `Package: ${name}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: ${version}\nDescription: ${name}\n`
const STATUS = [stanza('alpha', '1.0-1'), stanza('beta', '2.0-1'), stanza('gamma', '3.0-1')].join('\n')

let work: string
let registry: TestRegistry

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-image-shapes-')))
  registry = await startRegistry()
}, 60_000)

afterAll(async () => {
  await registry?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

function debs(catalog: ImageCatalog): string[] {
  return catalog.inventory.packages
    .filter((pkg) => pkg.purl?.startsWith('pkg:deb/'))
    .map((pkg) => `${pkg.name} ${pkg.version}`)
    .sort()
}

/** An OCI image layout written blob by blob, so each test can give it the shape a tool writes. */
class Layout {
  readonly dir: string
  constructor(name: string) {
    this.dir = path.join(work, name)
    fs.mkdirSync(path.join(this.dir, 'blobs', 'sha256'), { recursive: true })
    fs.writeFileSync(path.join(this.dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  }
  put(data: Buffer | object, mediaType = OCI_MANIFEST): { mediaType: string; digest: string; size: number } {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(JSON.stringify(data))
    const digest = sha256(bytes)
    fs.writeFileSync(path.join(this.dir, 'blobs', 'sha256', digest.slice(7)), bytes)
    return { mediaType, digest, size: bytes.length }
  }
  /** An image: its layers, config and manifest in the blobs; the manifest's descriptor. */
  async image(
    layers: Array<{ entries: LayerEntry[]; compression?: Compression; mediaType?: string } | { foreign: string[] }>,
    platform: { os: string; architecture: string; variant?: string } = { os: 'linux', architecture: 'amd64' },
    docker = false
  ): Promise<{ mediaType: string; digest: string; size: number }> {
    const descriptors: object[] = []
    const diffIds: string[] = []
    for (const layer of layers) {
      if ('foreign' in layer) {
        const fake = Buffer.from('a Windows base layer chaingate never fetches')
        descriptors.push({
          mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
          digest: sha256(fake),
          size: fake.length,
          urls: layer.foreign
        })
        diffIds.push(sha256(Buffer.from('its uncompressed form')))
        continue
      }
      const built = await buildLayer({ entries: layer.entries, compression: layer.compression ?? 'gzip' })
      const mediaType =
        layer.mediaType ?? (docker ? `application/vnd.docker.image.rootfs.diff.tar${layer.compression === 'none' ? '' : '.gzip'}` : built.mediaType)
      descriptors.push({ ...this.put(built.blob, mediaType) })
      diffIds.push(built.diffId)
    }
    const config = this.put({ ...platform, rootfs: { type: 'layers', diff_ids: diffIds }, config: {} }, docker ? DOCKER_CONFIG : OCI_CONFIG)
    return this.put(
      { schemaVersion: 2, mediaType: docker ? DOCKER_MANIFEST : OCI_MANIFEST, config, layers: descriptors },
      docker ? DOCKER_MANIFEST : OCI_MANIFEST
    )
  }
  index(entries: object[], docker = false): { mediaType: string; digest: string; size: number } {
    const mediaType = docker ? DOCKER_LIST : OCI_INDEX
    return this.put({ schemaVersion: 2, mediaType, manifests: entries }, mediaType)
  }
  top(entries: object[]): string {
    fs.writeFileSync(path.join(this.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }))
    return this.dir
  }
}

const base = (status = STATUS): LayerEntry[] => [
  { path: 'etc/os-release', content: osRelease },
  { path: 'var/lib/dpkg/status', content: status }
]
const tagged = (descriptor: object, tag: string): object => ({ ...descriptor, annotations: { 'org.opencontainers.image.ref.name': tag } })
const at = (descriptor: object, platform: object): object => ({ ...descriptor, platform })

describe('references', () => {
  it('normalises Docker Hub names to its API host, keeps ports, lets a digest win over a tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseImageReference('alpine')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'library/alpine', tag: 'latest' })
    expect(parseImageReference('user/app:1')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'user/app', tag: '1' })
    expect(parseImageReference('docker.io/alpine:3')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'library/alpine' })
    expect(parseImageReference('index.docker.io/library/alpine')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'library/alpine' })
    expect(parseImageReference('docker://localhost:5000/x')).toMatchObject({ registry: 'localhost:5000', repository: 'x', tag: 'latest' })
    expect(parseImageReference(`quay.io:443/org/app:v1@${digest}`)).toMatchObject({ registry: 'quay.io:443', repository: 'org/app', tag: 'v1', digest })
    expect(() => parseImageReference('ghcr.io/Org/App:1')).toThrow(/^image reference "ghcr.io\/Org\/App:1": repository "Org\/App" must be lower case \(/)
    expect(parseImageReference('oci:/tmp/lay out:v1')).toMatchObject({ kind: 'oci', dir: '/tmp/lay out', tag: 'v1' })
    expect(parseImageReference('oci:./dir')).toMatchObject({ kind: 'oci', dir: './dir' })
    expect(parseImageReference('docker-archive:/tmp/a.tar:alpine:3')).toMatchObject({ kind: 'docker-archive', file: '/tmp/a.tar', name: 'alpine:3' })
    expect(parseImageReference('docker-archive:/tmp/a.tar:@1')).toMatchObject({ kind: 'docker-archive', file: '/tmp/a.tar', name: '@1' })
  })
})

describe('OCI layouts', () => {
  it('picks the tag asked for among several, and asks for one when none is named', async () => {
    const layout = new Layout('tags')
    const one = await layout.image([{ entries: base(stanza('one', '1')) }])
    const two = await layout.image([{ entries: base(stanza('two', '2')) }])
    layout.top([tagged(one, 'v1'), tagged(two, 'v2')])
    expect(debs(await catalogImage(`oci:${layout.dir}:v2`))).toEqual(['two 2'])
    await expect(catalogImage(`oci:${layout.dir}`)).rejects.toThrow(`oci:${layout.dir}: index.json holds several images (v1, v2); name one with oci:DIR:TAG`)
    await expect(catalogImage(`oci:${layout.dir}:v3`)).rejects.toThrow('no image tagged "v3" in index.json (it has v1, v2)')
  })

  it('reads an untagged single image, and containerd-style full names', async () => {
    const layout = new Layout('untagged')
    const image = await layout.image([{ entries: base() }])
    layout.top([{ ...image, annotations: { 'io.containerd.image.name': 'docker.io/library/app:1.2' } }])
    expect(debs(await catalogImage(`oci:${layout.dir}`))).toEqual(['alpha 1.0-1', 'beta 2.0-1', 'gamma 3.0-1'])
    expect(debs(await catalogImage(`oci:${layout.dir}:1.2`))).toHaveLength(3)
  })
})

describe('indexes', () => {
  let layout: Layout
  beforeAll(async () => {
    layout = new Layout('platforms')
    const amd64 = await layout.image([{ entries: base(stanza('amd', '1')) }])
    const arm64 = await layout.image([{ entries: base(stanza('arm64', '1')) }], { os: 'linux', architecture: 'arm64', variant: 'v8' })
    const armv7 = await layout.image([{ entries: base(stanza('armv7', '1')) }], { os: 'linux', architecture: 'arm', variant: 'v7' })
    const armv6 = await layout.image([{ entries: base(stanza('armv6', '1')) }], { os: 'linux', architecture: 'arm', variant: 'v6' })
    // buildx's attestation manifest comes first here: it must never be taken for the image.
    const attestation = layout.put({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: layout.put(Buffer.from('{}'), OCI_CONFIG),
      layers: [layout.put(Buffer.from('{"_type":"https://in-toto.io/Statement/v0.1"}'), 'application/vnd.in-toto+json')]
    })
    const inner = layout.index([
      {
        ...attestation,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.digest }
      },
      at(armv6, { os: 'linux', architecture: 'arm', variant: 'v6' }),
      at(armv7, { os: 'linux', architecture: 'arm', variant: 'v7' }),
      at(arm64, { os: 'linux', architecture: 'arm64', variant: 'v8' }),
      at(amd64, { os: 'linux', architecture: 'amd64' })
    ])
    // Nested: the layout's entry is an index whose entry is the index of platforms.
    const outer = layout.index([inner])
    layout.top([tagged(outer, 'multi')])
  })

  it('skips buildx attestations and reads through nested indexes', async () => {
    const catalog = await catalogImage(`oci:${layout.dir}:multi`)
    expect(debs(catalog)).toEqual(['amd 1'])
    expect(catalog.available).toEqual(['linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/amd64'])
  })

  it('matches variants: arm64 is arm64/v8, arm is arm/v7, arm/v6 only when asked', async () => {
    expect(debs(await catalogImage(`oci:${layout.dir}:multi`, { platform: { os: 'linux', architecture: 'arm64' } }))).toEqual(['arm64 1'])
    expect(debs(await catalogImage(`oci:${layout.dir}:multi`, { platform: { os: 'linux', architecture: 'arm' } }))).toEqual(['armv7 1'])
    expect(debs(await catalogImage(`oci:${layout.dir}:multi`, { platform: { os: 'linux', architecture: 'arm', variant: 'v6' } }))).toEqual(['armv6 1'])
    expect(platformMatches({ os: 'linux', architecture: 'amd64', variant: 'v1' }, { os: 'linux', architecture: 'amd64' })).toBe(true)
    expect(platformMatches({ os: 'linux', architecture: 'amd64', variant: 'v3' }, { os: 'linux', architecture: 'amd64' })).toBe(false)
  })

  it('base image configs pick platforms the same way (attestations skipped, nested index looked into, amd64 = v1)', () => {
    const attestation = { digest: 'a', platform: { os: 'linux', architecture: 'amd64' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } }
    const image = { digest: 'b', platform: { os: 'linux', architecture: 'amd64', variant: 'v1' } }
    expect(pickConfigPlatform([attestation, image], 'linux/amd64')).toBe(image)
    const nested = { digest: 'c', mediaType: OCI_INDEX }
    expect(pickConfigPlatform([{ digest: 'd', platform: { os: 'linux', architecture: 'arm64' } }, nested], 'linux/amd64')).toBe(nested)
    expect(pickConfigPlatform([{ digest: 'd', platform: { os: 'linux', architecture: 'arm64' } }], 'linux/amd64')).toBeUndefined()
  })

  it('names the platforms the index has when the one asked for is missing', async () => {
    await expect(catalogImage(`oci:${layout.dir}:multi`, { platform: { os: 'linux', architecture: 'riscv64' } })).rejects.toThrow(
      /: no image for platform linux\/riscv64 in the index \(it has linux\/arm\/v6, linux\/arm\/v7, linux\/arm64\/v8, linux\/amd64\); choose one with --platform$/
    )
  })

  it('reads a Docker manifest list of Docker schema 2 manifests with uncompressed layers', async () => {
    const docker = new Layout('docker-types')
    const image = await docker.image(
      [
        { entries: base(), compression: 'none' },
        { entries: [{ path: 'opt/empty', type: 'directory' }], compression: 'none' }
      ],
      { os: 'linux', architecture: 'amd64' },
      true
    )
    docker.top([tagged(docker.index([at(image, { os: 'linux', architecture: 'amd64' })], true), 'v1')])
    const catalog = await catalogImage(`oci:${docker.dir}:v1`)
    expect(debs(catalog)).toHaveLength(3)
    expect(catalog.indexDigest).toMatch(/^sha256:/)
  })
})

describe('manifests and layers', () => {
  it('refuses a schema 1 manifest with one line', async () => {
    const layout = new Layout('schema1')
    const manifest = layout.put(
      { schemaVersion: 1, name: 'library/old', tag: 'latest', architecture: 'amd64', fsLayers: [], history: [], signatures: [] },
      'application/vnd.docker.distribution.manifest.v1+prettyjws'
    )
    layout.top([tagged(manifest, 'old')])
    await expect(catalogImage(`oci:${layout.dir}:old`)).rejects.toThrow(/: a Docker image manifest schema 1, which chaingate does not read \(.*\)$/)
  })

  it('refuses an artifact that is no image, naming its config type', async () => {
    const layout = new Layout('artifact')
    const chart = layout.put({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: layout.put(Buffer.from('{"name":"chart"}'), 'application/vnd.cncf.helm.config.v1+json'),
      layers: []
    })
    layout.top([tagged(chart, 'chart')])
    await expect(catalogImage(`oci:${layout.dir}:chart`)).rejects.toThrow(
      'not a container image (config media type "application/vnd.cncf.helm.config.v1+json")'
    )
  })

  it('does not fetch a foreign layer and reports what it may hold as unknown', async () => {
    const layout = new Layout('foreign')
    const image = await layout.image([{ foreign: ['https://mcr.microsoft.com/v2/windows/servercore/blobs/x'] }, { entries: base(), compression: 'zstd' }])
    layout.top([tagged(image, 'win')])
    const catalog = await catalogImage(`oci:${layout.dir}:win`)
    expect(debs(catalog)).toHaveLength(3)
    expect(catalog.inventory.problems).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/^layer 1 \(sha256:[0-9a-f]{64}\)$/),
        message: expect.stringContaining('foreign (non-distributable) layer, not fetched (its publisher serves it from https://mcr.microsoft.com/')
      })
    ])
  })

  it('reads empty layers (an empty tar, compressed or not, and a zero-byte blob)', async () => {
    const layout = new Layout('empty')
    const image = await layout.image([
      { entries: base(), compression: 'gzip' },
      { entries: [], compression: 'gzip' },
      { entries: [], compression: 'zstd' },
      { entries: [], compression: 'none' }
    ])
    layout.top([tagged(image, 'empty')])
    const catalog = await catalogImage(`oci:${layout.dir}:empty`)
    expect(debs(catalog)).toHaveLength(3)
    expect(catalog.layers.total).toBe(4)

    const zero = new Layout('zero')
    const blob = zero.put(Buffer.alloc(0), 'application/vnd.oci.image.layer.v1.tar')
    const first = await buildLayer({ entries: base(), compression: 'gzip' })
    const layers = [zero.put(first.blob, first.mediaType), blob]
    const config = zero.put({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [first.diffId, sha256(Buffer.alloc(0))] } }, OCI_CONFIG)
    zero.top([tagged(zero.put({ schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers }), 'zero')])
    expect(debs(await catalogImage(`oci:${zero.dir}:zero`))).toHaveLength(3)
  })

  it('applies a whiteout of a whole directory, and a database written again above it', async () => {
    const layout = new Layout('whiteout-dir')
    const image = await layout.image([
      { entries: base() },
      { entries: [{ path: 'var/lib/.wh.dpkg', content: '' }] },
      { entries: [{ path: 'var/lib/dpkg/status', content: stanza('after', '9') }], compression: 'none' }
    ])
    const gone = await layout.image([{ entries: base() }, { entries: [{ path: 'var/lib/.wh.dpkg', content: '' }] }])
    layout.top([tagged(image, 'again'), tagged(gone, 'gone')])
    expect(debs(await catalogImage(`oci:${layout.dir}:again`))).toEqual(['after 9'])
    expect(debs(await catalogImage(`oci:${layout.dir}:gone`, { languages: false }))).toEqual([])
  })

  it('follows a hardlink from the database to a file stored earlier in the layer under another name', async () => {
    const layout = new Layout('hardlink')
    const image = await layout.image([
      {
        entries: [
          { path: 'etc/os-release', content: osRelease },
          { path: 'var/backups/dpkg.status.0', content: STATUS },
          { path: 'var/lib/dpkg/status', type: 'link', target: 'var/backups/dpkg.status.0' }
        ]
      }
    ])
    layout.top([tagged(image, 'v1')])
    expect(debs(await catalogImage(`oci:${layout.dir}:v1`))).toHaveLength(3)
    expect(debs(await catalogImage(`oci:${layout.dir}:v1`, { languages: false }))).toHaveLength(3)
  })

  it('follows a symlinked package database directory, in the same layer and across layers', async () => {
    const layout = new Layout('dirlink')
    const same = await layout.image([
      {
        entries: [
          { path: 'etc/os-release', content: osRelease },
          { path: 'usr/lib/dpkg-db/status', content: STATUS },
          { path: 'var/lib/dpkg', type: 'symlink', target: '../../usr/lib/dpkg-db' }
        ]
      }
    ])
    const across = await layout.image([
      {
        entries: [
          { path: 'etc/os-release', content: osRelease },
          { path: 'data/dpkg/status', content: STATUS }
        ]
      },
      { entries: [{ path: 'var/lib/dpkg', type: 'symlink', target: '/data/dpkg' }] }
    ])
    // usr-merged Alpine layout: /lib → usr/lib, the apk database under usr/lib.
    const apk = await layout.image([
      {
        entries: [
          { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.22.0\n' },
          { path: 'lib', type: 'symlink', target: 'usr/lib' },
          { path: 'usr/lib/apk/db/installed', content: 'P:musl\nV:1.2.5-r10\nA:x86_64\no:musl\n\n' }
        ]
      }
    ])
    layout.top([tagged(same, 'same'), tagged(across, 'across'), tagged(apk, 'apk')])
    expect(debs(await catalogImage(`oci:${layout.dir}:same`))).toHaveLength(3)
    expect(debs(await catalogImage(`oci:${layout.dir}:across`, { languages: false }))).toHaveLength(3)
    const alpine = await catalogImage(`oci:${layout.dir}:apk`)
    expect(alpine.inventory.packages.map((pkg) => pkg.purl)).toEqual([expect.stringMatching(/^pkg:apk\/alpine\/musl@1\.2\.5-r10\?/)])
  })
})

describe('docker save archives', () => {
  /** A legacy `docker save` of several images (one has two tags). */
  async function legacyArchive(file: string): Promise<void> {
    const entries: LayerEntry[] = []
    const images: object[] = []
    for (const [name, tags] of [
      ['one', ['alpine:3', 'registry.example:5000/team/alpine:3']],
      ['two', ['user/app:latest']]
    ] as const) {
      const layer = await tarOf(base(stanza(name, '1')))
      const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }))
      entries.push({ path: `${sha256(layer).slice(7)}/layer.tar`, content: layer }, { path: `${sha256(config).slice(7)}.json`, content: config })
      images.push({ Config: `${sha256(config).slice(7)}.json`, RepoTags: tags, Layers: [`${sha256(layer).slice(7)}/layer.tar`] })
    }
    entries.push({ path: 'manifest.json', content: JSON.stringify(images) })
    fs.writeFileSync(file, await tarOf(entries))
  }

  it('picks an image by name as references compare, or by @N, and asks for one when several are there', async () => {
    const file = path.join(work, 'several.tar')
    await legacyArchive(file)
    expect(debs(await catalogImage(`docker-archive:${file}:docker.io/library/alpine:3`))).toEqual(['one 1'])
    expect(debs(await catalogImage(`docker-archive:${file}:registry.example:5000/team/alpine:3`))).toEqual(['one 1'])
    expect(debs(await catalogImage(`docker-archive:${file}:docker.io/user/app`))).toEqual(['two 1'])
    expect(debs(await catalogImage(`docker-archive:${file}:@1`))).toEqual(['two 1'])
    await expect(catalogImage(`docker-archive:${file}`)).rejects.toThrow(
      'the archive holds 2 images (@0 (alpine:3, registry.example:5000/team/alpine:3), @1 (user/app:latest)); name one (docker-archive:FILE:NAME:TAG or :@N)'
    )
    await expect(catalogImage(`docker-archive:${file}:alpine:4`)).rejects.toThrow('no image "alpine:4" in the archive (it has @0')
  })

  it('reads the OCI-style archive Docker 25+ writes (index.json and blobs/ beside manifest.json), and a gzip-compressed one', async () => {
    const layer = await tarOf(base())
    const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [sha256(layer)] } }))
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, digest: sha256(config), size: config.length },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length }]
      })
    )
    const blob = (data: Buffer): string => `blobs/sha256/${sha256(data).slice(7)}`
    const tarball = await tarOf([
      { path: 'blobs/', type: 'directory' },
      { path: 'blobs/sha256/', type: 'directory' },
      { path: blob(layer), content: layer },
      { path: blob(config), content: config },
      { path: blob(manifest), content: manifest },
      {
        path: 'index.json',
        content: JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: [
            {
              mediaType: OCI_MANIFEST,
              digest: sha256(manifest),
              size: manifest.length,
              annotations: { 'io.containerd.image.name': 'docker.io/library/app:1', 'org.opencontainers.image.ref.name': '1' }
            }
          ]
        })
      },
      { path: 'manifest.json', content: JSON.stringify([{ Config: blob(config), RepoTags: ['app:1'], Layers: [blob(layer)] }]) },
      { path: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' }
    ])
    const file = path.join(work, 'docker25.tar')
    fs.writeFileSync(file, tarball)
    const catalog = await catalogImage(`docker-archive:${file}`)
    expect(debs(catalog)).toHaveLength(3)
    expect(catalog.digest).toBe(sha256(config))
    const gzipped = path.join(work, 'docker25.tar.gz')
    fs.writeFileSync(gzipped, zlib.gzipSync(tarball))
    expect(debs(await catalogImage(`docker-archive:${gzipped}:app:1`))).toHaveLength(3)
  })

  it('reads a tarball of an OCI layout (buildx --output type=oci) as the layout', async () => {
    const layout = new Layout('to-tar')
    const amd64 = await layout.image([{ entries: base() }])
    const arm64 = await layout.image([{ entries: base(stanza('arm', '1')) }], { os: 'linux', architecture: 'arm64' })
    layout.top([tagged(layout.index([at(amd64, { os: 'linux', architecture: 'amd64' }), at(arm64, { os: 'linux', architecture: 'arm64' })]), 'v1')])
    const members: LayerEntry[] = [
      { path: 'oci-layout', content: fs.readFileSync(path.join(layout.dir, 'oci-layout')) },
      { path: 'index.json', content: fs.readFileSync(path.join(layout.dir, 'index.json')) },
      ...fs.readdirSync(path.join(layout.dir, 'blobs', 'sha256')).map((name) => ({
        path: `blobs/sha256/${name}`,
        content: fs.readFileSync(path.join(layout.dir, 'blobs', 'sha256', name))
      }))
    ]
    const file = path.join(work, 'oci.tar')
    fs.writeFileSync(file, await tarOf(members))
    expect(debs(await catalogImage(`docker-archive:${file}`))).toHaveLength(3)
    expect(debs(await catalogImage(`docker-archive:${file}:v1`, { platform: { os: 'linux', architecture: 'arm64' } }))).toEqual(['arm 1'])
    await expect(catalogImage(`docker-archive:${file}:v2`)).rejects.toThrow('no image tagged "v2" in index.json (it has v1)')
    fs.writeFileSync(file, await tarOf([{ path: 'hello.txt', content: 'not an image' }]))
    await expect(catalogImage(`docker-archive:${file}`)).rejects.toThrow('no manifest.json in the archive (not a docker save archive)')
  })
})

describe('registry (Docker schema 2 as skopeo writes it, real docker-registry)', () => {
  it('reads a Docker manifest list by tag+digest (the digest wins) with Docker media types', async () => {
    const layout = new Layout('to-push')
    const amd64 = await layout.image([{ entries: base() }, { entries: [], compression: 'gzip' }])
    const arm64 = await layout.image([{ entries: base(stanza('arm', '1')) }], { os: 'linux', architecture: 'arm64', variant: 'v8' })
    layout.top([
      tagged(layout.index([at(amd64, { os: 'linux', architecture: 'amd64' }), at(arm64, { os: 'linux', architecture: 'arm64', variant: 'v8' })]), 'v1')
    ])
    const repository = `${registry.host}/shapes/docker`
    skopeoPush(layout.dir, 'v1', `${repository}:v1`, registry, ['--format', 'v2s2'])
    const byTag = await catalogImage(`${repository}:v1`, { dockerConfig: registry.dockerConfig })
    expect(byTag.available).toEqual(['linux/amd64', 'linux/arm64/v8'])
    // A tag that does not exist beside the digest: the digest is what is read.
    const byDigest = await catalogImage(`${repository}:no-such-tag@${byTag.indexDigest}`, {
      dockerConfig: registry.dockerConfig,
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' }
    })
    expect(debs(byDigest)).toEqual(['arm 1'])
    expect(debs(byTag)).toHaveLength(3)
    const manifest = await fetch(`http://${registry.host}/v2/shapes/docker/manifests/v1`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`,
        accept: `${DOCKER_LIST}, ${OCI_INDEX}`
      }
    })
    expect(manifest.headers.get('content-type')).toBe(DOCKER_LIST)
  })

  it('says the registry wants credentials, without printing any', async () => {
    const error = await catalogImage(`${registry.host}/shapes/docker:v1`, { env: {}, dockerConfig: path.join(work, 'no-config') }).catch(
      (caught: unknown) => caught
    )
    expect(String(error)).toMatch(
      /HTTP 401: the registry wants credentials chaingate does not have \(docker login, or REGISTRY_USERNAME\/REGISTRY_PASSWORD\), or the repository does not exist$/
    )
    const refused = await catalogImage(`${registry.host}/shapes/docker:v1`, {
      env: { REGISTRY_USERNAME: registry.username, REGISTRY_PASSWORD: 'wrong-secret-value' }
    }).catch((caught: unknown) => caught)
    expect(String(refused)).toMatch(/HTTP 401: the registry refused the credentials chaingate has for it \(or the repository does not exist\)$/)
    expect(String(refused)).not.toContain('wrong-secret-value')
  })
})
