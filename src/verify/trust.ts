/**
 * Trusted roots: Sigstore public-good through TUF (@sigstore/tuf, cached), GitHub's instance through its
 * TUF repository (initial root.json given by the user), or a file: a `trusted_root.json`, or JSON Lines
 * with several roots (what `gh attestation trusted-root` prints). Each root carries its own thresholds:
 * a root without transparency logs (GitHub's private instance) cannot require a log entry.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import { useProxyForFetch } from '../runtime/proxy.js'

export const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com'

export type TrustSource =
  { kind: 'public-good'; cachePath?: string } | { kind: 'github'; rootPath: string; cachePath?: string } | { kind: 'file'; path: string; shown?: string }

export interface LoadedRoot {
  name: string
  root: TrustedRoot
  hasTlogs: boolean
  hasTimestampAuthorities: boolean
}

export function parseTrustedRoots(text: string, shown: string): LoadedRoot[] {
  const documents: { value: unknown; line: number }[] = []
  try {
    documents.push({ value: JSON.parse(text), line: 1 })
  } catch {
    const lines = text.split(/\r?\n/)
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      try {
        documents.push({ value: JSON.parse(line), line: index + 1 })
      } catch (error) {
        throw new ConfigurationError(`not a trusted root (JSON or JSON Lines): ${errorMessage(error)}`, { file: shown, line: index + 1 })
      }
    })
  }
  if (documents.length === 0) throw new ConfigurationError('the trusted root file is empty', { file: shown })
  return documents.map(({ value, line }, index) => {
    let root: TrustedRoot
    try {
      root = TrustedRoot.fromJSON(value)
    } catch (error) {
      throw new ConfigurationError(`not a Sigstore trusted root: ${errorMessage(error)}`, { file: shown, line })
    }
    if (!/trustedroot/.test(root.mediaType))
      throw new ConfigurationError(`not a Sigstore trusted root (mediaType ${JSON.stringify(root.mediaType)})`, { file: shown, line })
    return describe(root, documents.length > 1 ? `${shown}#${index + 1}` : shown)
  })
}

function describe(root: TrustedRoot, name: string): LoadedRoot {
  return { name, root, hasTlogs: root.tlogs.length > 0, hasTimestampAuthorities: root.timestampAuthorities.length > 0 }
}

export async function loadTrustedRoots(source: TrustSource): Promise<LoadedRoot[]> {
  switch (source.kind) {
    case 'file': {
      let text: string
      try {
        text = fs.readFileSync(source.path, 'utf8')
      } catch (error) {
        throw new ConfigurationError(
          `cannot read the trusted root ${source.shown ?? source.path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`
        )
      }
      return parseTrustedRoots(text, source.shown ?? source.path)
    }
    case 'public-good':
      useProxyForFetch() // tuf-js fetches with Node's fetch
      try {
        return [describe(await getTrustedRoot(source.cachePath ? { cachePath: source.cachePath } : {}), 'sigstore public-good (TUF)')]
      } catch (error) {
        throw new ConfigurationError(
          `cannot fetch the Sigstore public-good trusted root through TUF: ${errorMessage(error)} (offline? pass --trusted-root FILE)`
        )
      }
    case 'github':
      useProxyForFetch()
      try {
        return [
          describe(
            await getTrustedRoot({ mirrorURL: GITHUB_TUF_MIRROR, rootPath: source.rootPath, ...(source.cachePath ? { cachePath: source.cachePath } : {}) }),
            'GitHub (TUF)'
          )
        ]
      } catch (error) {
        throw new ConfigurationError(`cannot fetch GitHub's trusted root through TUF: ${errorMessage(error)}`)
      }
  }
}

export function trustMaterial(root: LoadedRoot, publicKeyPem?: string): TrustMaterial {
  if (!publicKeyPem) return toTrustMaterial(root.root)
  const der = pemToDer(publicKeyPem)
  // Any hint resolves to the one key given on the command line.
  return toTrustMaterial(root.root, (_hint: string) => ({ publicKey: keyObject(der), validFor: () => true }))
}

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64')
}

function keyObject(der: Buffer): crypto.KeyObject {
  return crypto.createPublicKey({ key: der, format: 'der', type: 'spki' })
}

/** An empty root, for key-based verification without any witness. */
export function emptyRoot(): LoadedRoot {
  return describe(
    { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], ctlogs: [], certificateAuthorities: [], timestampAuthorities: [] },
    'public key'
  )
}
