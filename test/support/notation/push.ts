/**
 * Attaches a Notation signature to an image in the test registry the way notation-go (oras) does on a
 * registry without the referrers API: the signature manifest (config media type
 * application/vnd.cncf.notary.signature, one envelope layer, subject = the image), then the referrers tag
 * `sha256-<hex>` updated to an index listing it with its artifact type.
 */
import crypto from 'node:crypto'
import type { TestRegistry } from '../registry/registry.js'

const sha256 = (data: Buffer): string => `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`

export async function pushNotationSignature(
  registry: TestRegistry,
  repository: string,
  subject: { digest: string; mediaType: string; size: number },
  envelope: Buffer,
  type: 'jws' | 'cose'
): Promise<string> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const base = `http://${registry.host}/v2/${repository}`
  const upload = async (blob: Buffer): Promise<string> => {
    const digest = sha256(blob)
    const start = await fetch(`${base}/blobs/uploads/`, { method: 'POST', headers: { authorization } })
    const location = new URL(start.headers.get('location')!, `http://${registry.host}`)
    location.searchParams.set('digest', digest)
    const put = await fetch(location, { method: 'PUT', headers: { authorization, 'content-type': 'application/octet-stream' }, body: blob })
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`)
    return digest
  }
  const putManifest = async (reference: string, body: Buffer, mediaType: string): Promise<void> => {
    const put = await fetch(`${base}/manifests/${reference}`, { method: 'PUT', headers: { authorization, 'content-type': mediaType }, body })
    if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status} ${await put.text()}`)
  }
  const config = Buffer.from('{}')
  const configDigest = await upload(config)
  const envelopeDigest = await upload(envelope)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.cncf.notary.signature', digest: configDigest, size: config.length },
      layers: [{ mediaType: type === 'jws' ? 'application/jose+json' : 'application/cose', digest: envelopeDigest, size: envelope.length }],
      subject,
      annotations: { 'io.cncf.notary.x509chain.thumbprint#S256': '[]', 'org.opencontainers.image.created': new Date().toISOString() }
    })
  )
  const manifestDigest = sha256(manifest)
  await putManifest(manifestDigest, manifest, 'application/vnd.oci.image.manifest.v1+json')
  const tag = subject.digest.replace(':', '-')
  const existing = await fetch(`${base}/manifests/${tag}`, { headers: { authorization, accept: 'application/vnd.oci.image.index.v1+json' } })
  const manifests = existing.ok ? ((await existing.json()) as { manifests: unknown[] }).manifests : []
  manifests.push({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: manifestDigest,
    size: manifest.length,
    artifactType: 'application/vnd.cncf.notary.signature'
  })
  await putManifest(
    tag,
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests })),
    'application/vnd.oci.image.index.v1+json'
  )
  return manifestDigest
}

/** The image manifest's descriptor (what a Notation payload names). */
export async function imageDescriptor(
  registry: TestRegistry,
  repository: string,
  digest: string
): Promise<{ digest: string; mediaType: string; size: number }> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const response = await fetch(`http://${registry.host}/v2/${repository}/manifests/${digest}`, {
    headers: { authorization, accept: 'application/vnd.oci.image.manifest.v1+json' }
  })
  const body = Buffer.from(await response.arrayBuffer())
  return { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: body.length }
}
