/**
 * Where a signed bundle goes: a `*.sigstore.json` file, the GitHub attestations API
 * (`POST /repos/{owner}/{repo}/attestations`, read by `gh attestation verify`), and an OCI registry as an
 * OCI 1.1 referrer of the image (with the `sha256-<hex>` referrers tag for registries without the
 * referrers API), the layout cosign v3 and `gh attestation verify --bundle-from-oci` read.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { attachArtifactToImage, getRegistryCredentials, type Credentials } from '@sigstore/oci'
import type { GitHubClient } from '../github/client.js'
import { ConfigurationError, errorMessage, writeError } from '../model/errors.js'
import { WRITE_FLAGS } from '../report/stream.js'
import { proxyAgentFor, proxySettings } from '../runtime/proxy.js'

export function writeBundleFile(file: string, bundle: SerializedBundle): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // never through a symbolic link: the path is a real path (src/workspace/real-path.ts)
    const fd = fs.openSync(file, WRITE_FLAGS, 0o644)
    try {
      fs.writeFileSync(fd, `${JSON.stringify(bundle)}\n`)
    } finally {
      fs.closeSync(fd)
    }
  } catch (error) {
    throw writeError(`the bundle ${file}`, error)
  }
}

/** Stores the bundle with GitHub's attestations API; returns the attestation id. */
export async function writeAttestation(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  bundle: SerializedBundle
): Promise<string | undefined> {
  try {
    const response = await client.octokit.request('POST /repos/{owner}/{repo}/attestations', { ...repository, bundle: bundle as never })
    const id = (response.data as { id?: number | string }).id
    return id === undefined ? undefined : String(id)
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint =
      status === 403 || status === 404
        ? ' (the workflow needs `permissions: attestations: write`; the API is not available for user-owned private repositories)'
        : ''
    throw new ConfigurationError(`could not store the attestation with the GitHub API: ${errorMessage(error)}${hint}`)
  }
}

export interface RegistryPush {
  /** Image name without tag or digest, e.g. `ghcr.io/octo-org/app`. */
  imageName: string
  /** `sha256:<hex>` of the image manifest the attestation refers to. */
  imageDigest: string
  predicateType: string
  bundle: SerializedBundle
  /** Defaults to `~/.docker/config.json` (what @sigstore/oci reads), else anonymous. */
  credentials?: Credentials
}

/** Attaches the bundle to the image as an OCI 1.1 referrer; returns the referrer manifest's digest. */
export async function pushToRegistry(push: RegistryPush): Promise<string> {
  let credentials = push.credentials
  if (!credentials) {
    try {
      credentials = getRegistryCredentials(push.imageName)
    } catch {
      credentials = undefined // anonymous: the registry says 401 if it needs a login
    }
  }
  try {
    const descriptor = await attachArtifactToImage({
      imageName: push.imageName,
      imageDigest: push.imageDigest,
      artifact: Buffer.from(JSON.stringify(push.bundle)),
      mediaType: push.bundle.mediaType,
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': push.predicateType },
      credentials: credentials as Credentials,
      // The declared type (make-fetch-happen's) marks proxy/noProxy required; they are optional at run time.
      // Behind a proxy, Node's proxying agents (minipass-fetch calls a function `agent` with each URL), so the
      // push reads HTTPS_PROXY / NO_PROXY as the rest of chaingate does rather than as @npmcli/agent does.
      fetchOpts: {
        timeout: 30_000,
        retry: 3,
        ...(proxySettings() ? { agent: (url: URL) => proxyAgentFor(url.protocol) } : {})
      } as unknown as NonNullable<Parameters<typeof attachArtifactToImage>[0]['fetchOpts']>
    })
    return descriptor.digest
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    throw new ConfigurationError(
      `could not attach the attestation to ${push.imageName}@${push.imageDigest}: ${errorMessage(error)}${cause ? `: ${errorMessage(cause)}` : ''}`
    )
  }
}
