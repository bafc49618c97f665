/**
 * Image references as the OCI distribution rules name them (the grammar of `distribution/reference`):
 * `[DOMAIN[:PORT]/]PATH[:TAG][@DIGEST]`. The first component is a registry only when it has a `.` or a
 * `:` or an upper-case letter or is `localhost`; otherwise the registry is Docker Hub (`docker.io`, whose API host is
 * `registry-1.docker.io`) and a one-component path gets `library/` (official images). Path components are
 * lower case; the tag defaults to `latest` when there is no digest. Never throws: a reference that is not
 * valid comes back with the reason.
 */

export interface ImageRef {
  /** Registry as users write it: `docker.io` for Docker Hub, otherwise the host (lower case) with its port. */
  registry: string
  /** Repository path, `library/node` for Docker Hub's official images. */
  repository: string
  /** Tag as written; `latest` when neither tag nor digest was written. */
  tag?: string
  /** `true` when the tag was not written and `latest` is the default. */
  defaultTag?: boolean
  digest?: string
  /** `registry/repository[:tag][@digest]`, fully qualified. */
  canonical: string
  /** `registry/repository` with Docker Hub's API host, for the registry client (`RegistryPool.reader`). */
  apiName: string
}

export type ParsedImageRef = { ok: true; ref: ImageRef } | { ok: false; reason: string }

const DOCKER_HUB = 'docker.io'
const DOCKER_HUB_API = 'registry-1.docker.io'
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const DOMAIN =
  /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/
const TAG = /^[\w][\w.-]{0,127}$/
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/
const KNOWN_DIGESTS: Record<string, RegExp> = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ }
const MAX_NAME = 255

/**
 * Whether an image name (no tag or digest) starts with a registry host, as distribution/reference splits it:
 * a first component, before a `/`, with `.`, `:`, upper case, or `localhost`.
 */
export function startsWithRegistry(name: string): boolean {
  const slash = name.indexOf('/')
  if (slash < 0) return false
  const first = name.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()
}

export function parseImageRef(text: string): ParsedImageRef {
  const fail = (reason: string): ParsedImageRef => ({ ok: false, reason })
  if (text === '') return fail('the image reference is empty')
  if (/\s/.test(text)) return fail('an image reference has no spaces')
  // 64 hex digits alone is how Docker names an image ID: distribution/reference refuses it as a repository.
  if (/^[a-f0-9]{64}$/.test(text)) return fail('64 hexadecimal digits name an image ID, not a repository')
  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) return fail(`${JSON.stringify(digest)} is not a digest (ALGORITHM:HEX)`)
    const [algorithm, encoded] = [digest.slice(0, digest.indexOf(':')), digest.slice(digest.indexOf(':') + 1)]
    const expected = KNOWN_DIGESTS[algorithm]
    if (expected && !expected.test(encoded))
      return fail(`${JSON.stringify(digest)} is not a ${algorithm} digest (${algorithm === 'sha256' ? 64 : 128} lower-case hex digits)`)
  }
  let tag: string | undefined
  const lastSlash = rest.lastIndexOf('/')
  const colon = rest.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) return fail(`${JSON.stringify(tag)} is not a valid tag`)
  }
  const slash = rest.indexOf('/')
  const first = slash >= 0 ? rest.slice(0, slash) : ''
  const hasDomain = startsWithRegistry(rest)
  let registry = hasDomain ? first.toLowerCase() : DOCKER_HUB
  let path = hasDomain ? rest.slice(slash + 1) : rest
  if (hasDomain && !DOMAIN.test(first)) return fail(`${JSON.stringify(first)} is not a registry host`)
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB
  if (path === '') return fail('the image reference has no repository')
  for (const component of path.split('/')) {
    if (COMPONENT.test(component)) continue
    if (COMPONENT.test(component.toLowerCase())) return fail(`repository ${JSON.stringify(path)} must be lower case`)
    return fail(`repository ${JSON.stringify(path)} is not valid (components of a-z, 0-9 and separators . _ __ -)`)
  }
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`
  if (`${registry}/${path}`.length > MAX_NAME) return fail(`the repository name is longer than ${MAX_NAME} characters`)
  const defaultTag = tag === undefined && digest === undefined
  if (defaultTag) tag = 'latest'
  const canonical = `${registry}/${path}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`
  const apiName = `${registry === DOCKER_HUB ? DOCKER_HUB_API : registry}/${path}`
  return {
    ok: true,
    ref: {
      registry,
      repository: path,
      ...(tag !== undefined ? { tag } : {}),
      ...(defaultTag ? { defaultTag: true } : {}),
      ...(digest !== undefined ? { digest } : {}),
      canonical,
      apiName
    }
  }
}

/**
 * The short form people read (`node:22`, `ghcr.io/acme/app@sha256:…`): Docker Hub and `library/` left out,
 * the default tag not added.
 */
export function familiarName(ref: ImageRef): string {
  let name = ref.registry === DOCKER_HUB ? ref.repository.replace(/^library\/(?=[^/]+$)/, '') : `${ref.registry}/${ref.repository}`
  if (ref.tag !== undefined && !ref.defaultTag) name += `:${ref.tag}`
  if (ref.digest !== undefined) name += `@${ref.digest}`
  return name
}
