/**
 * Image references as skopeo writes them, and platforms (`os/arch[/variant]`).
 * - `REGISTRY/REPO[:TAG|@DIGEST]` (a bare `REPO` is Docker Hub's `library/REPO`; default tag `latest`),
 *   optionally prefixed `docker://`;
 * - `oci:DIR[:TAG]`: an OCI image layout directory;
 * - `docker-archive:FILE[:NAME:TAG]`: a `docker save` tarball.
 */
import { ConfigurationError } from '../model/errors.js'
import { splitImageName } from '../verify/registry.js'

export type ImageReference =
  | { kind: 'registry'; text: string; registry: string; repository: string; tag?: string; digest?: string }
  | { kind: 'oci'; text: string; dir: string; tag?: string }
  | { kind: 'docker-archive'; text: string; file: string; name?: string }

const DIGEST = /^sha256:[0-9a-f]{64}$/

export function parseImageReference(text: string): ImageReference {
  if (text.startsWith('oci:')) {
    const rest = text.slice(4)
    // A tag never contains '/', so a colon followed by a slash-free tail separates the tag.
    const colon = rest.lastIndexOf(':')
    const tag = colon > 0 && !rest.slice(colon + 1).includes('/') ? rest.slice(colon + 1) : undefined
    const dir = tag !== undefined ? rest.slice(0, colon) : rest
    if (!dir) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: oci: needs a directory`)
    return { kind: 'oci', text, dir, ...(tag ? { tag } : {}) }
  }
  if (text.startsWith('docker-archive:')) {
    const rest = text.slice('docker-archive:'.length)
    // FILE[:NAME:TAG] — the reference part has at most one more colon than the file (ports excepted).
    const match = /^(.*?\.tar(?:\.gz)?|[^:]*)(?::(.+))?$/.exec(rest)
    const file = match?.[1] ?? rest
    if (!file) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: docker-archive: needs a file`)
    return { kind: 'docker-archive', text, file, ...(match?.[2] ? { name: match[2] } : {}) }
  }
  let rest = text.replace(/^docker:\/\//, '')
  if (!rest || /\s/.test(rest)) throw new ConfigurationError(`image reference ${JSON.stringify(text)} is not REGISTRY/REPO[:TAG|@DIGEST], oci:DIR[:TAG] or docker-archive:FILE`)
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: the digest must be sha256:<64 hex>`)
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: invalid tag ${JSON.stringify(tag)}`)
  }
  const { registry, repository } = splitImageName(rest)
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
    throw new ConfigurationError(`image reference ${JSON.stringify(text)}: invalid repository ${JSON.stringify(repository)}`)
  }
  if (!tag && !digest) tag = 'latest'
  return { kind: 'registry', text, registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) }
}

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' }

export function parsePlatform(text: string): Platform {
  const parts = text.split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9_.-]+$/i.test(part))) {
    throw new ConfigurationError(`--platform must be os/arch[/variant] (e.g. linux/arm64/v8), got ${JSON.stringify(text)}`)
  }
  return { os: parts[0]!, architecture: parts[1]!, ...(parts[2] ? { variant: parts[2] } : {}) }
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

/** Default variants (image-index.md): arm64 is v8, arm is v7 when the entry or request names none. */
function variantOf(platform: { architecture?: string; variant?: string }): string | undefined {
  if (platform.variant) return platform.variant
  if (platform.architecture === 'arm64') return 'v8'
  if (platform.architecture === 'arm') return 'v7'
  return undefined
}

export function platformMatches(entry: { os?: string; architecture?: string; variant?: string } | undefined, wanted: Platform): boolean {
  if (!entry) return false
  if (entry.os !== wanted.os || entry.architecture !== wanted.architecture) return false
  return variantOf(entry) === variantOf(wanted)
}
