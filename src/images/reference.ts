/**
 * Image references as skopeo writes them, and platforms (`os/arch[/variant]`).
 * - `REGISTRY/REPO[:TAG|@DIGEST]` (a bare `REPO` is Docker Hub's `library/REPO`; default tag `latest`),
 *   optionally prefixed `docker://`;
 * - `oci:DIR[:TAG]`: an OCI image layout directory;
 * - `docker-archive:FILE[:NAME:TAG]`: a `docker save` tarball.
 */
import { ConfigurationError } from '../model/errors.js'
import { splitImageName } from '../verify/registry.js'
import { parseImageRef } from './sources/reference.js'
import { variantOf } from './platform-variant.js'

export type ImageReference =
  | { kind: 'registry'; text: string; registry: string; repository: string; tag?: string; digest?: string }
  | { kind: 'oci'; text: string; dir: string; tag?: string }
  | { kind: 'docker-archive'; text: string; file: string; name?: string }

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
  // Registry references: the OCI distribution grammar, shared with the image sources (src/images/sources/).
  const parsed = parseImageRef(text.replace(/^docker:\/\//, ''))
  if (!parsed.ok)
    throw new ConfigurationError(
      `image reference ${JSON.stringify(text)}: ${parsed.reason} (expected REGISTRY/REPO[:TAG|@DIGEST], oci:DIR[:TAG] or docker-archive:FILE)`
    )
  const { registry, repository } = splitImageName(parsed.ref.apiName)
  return {
    kind: 'registry',
    text,
    registry,
    repository,
    ...(parsed.ref.tag ? { tag: parsed.ref.tag } : {}),
    ...(parsed.ref.digest ? { digest: parsed.ref.digest } : {})
  }
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

export function platformMatches(entry: { os?: string; architecture?: string; variant?: string } | undefined, wanted: Platform): boolean {
  if (!entry) return false
  if (entry.os !== wanted.os || entry.architecture !== wanted.architecture) return false
  return variantOf(entry.architecture, entry.variant) === variantOf(wanted.architecture, wanted.variant)
}
