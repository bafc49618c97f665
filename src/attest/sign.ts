/**
 * Signs one in-toto statement into a Sigstore bundle v0.3 (DSSE). Keyless: an OIDC identity token, a
 * Fulcio certificate, and Rekor and/or a timestamp authority as witnesses. Key-based: a PEM private key
 * or any KMS-style signer (the `KeySigner` interface), witnesses optional. URLs are service base URLs.
 */
import crypto from 'node:crypto'
import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type IdentityProvider, type Signer, type Witness } from '@sigstore/sign'
import { ConfigurationError } from '../model/errors.js'
import { INTOTO_PAYLOAD_TYPE, type Statement } from './statement.js'

export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev'
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev'
/** GitHub's Sigstore instance (private and internal repositories): Fulcio and a TSA, no Rekor. */
export const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com'
export const GITHUB_TSA_URL = 'https://timestamp.githubapp.com'

/** A signing key held elsewhere (a KMS, an HSM, a secret): chaingate only asks it to sign bytes. */
export interface KeySigner {
  /** SPKI PEM of the public key. */
  publicKeyPem: string
  /** Key hint written into the bundle (the verifier finds the key by it); defaults to the key's SHA-256. */
  hint?: string
  /** Signature over `data` in the form @sigstore/verify checks: DER ECDSA (SHA-256), Ed25519, or RSA PKCS#1 v1.5 SHA-256. */
  sign(data: Buffer): Promise<Buffer>
}

export interface WitnessOptions {
  rekorUrl?: string
  tsaUrl?: string
  timeoutMs?: number
  retries?: number
}

export type SigningMethod =
  ({ kind: 'keyless'; identityProvider: IdentityProvider; fulcioUrl: string } & WitnessOptions) | ({ kind: 'key'; signer: KeySigner } & WitnessOptions)

export interface SignedStatement {
  bundle: Bundle
  json: SerializedBundle
  /** PEM of the signing certificate (keyless) or public key (key-based). */
  signingKey: string
  /** Rekor log index, when a log entry was made. */
  logIndex?: string
}

/** A PEM private key (from a secret) as a KeySigner. */
export function pemKeySigner(privateKeyPem: string, passphrase?: string): KeySigner {
  let key: crypto.KeyObject
  try {
    key = crypto.createPrivateKey(passphrase ? { key: privateKeyPem, passphrase } : privateKeyPem)
  } catch (error) {
    throw new ConfigurationError(`cannot read the signing key: ${(error as Error).message}`)
  }
  const type = key.asymmetricKeyType
  if (type !== 'ec' && type !== 'ed25519' && type !== 'rsa')
    throw new ConfigurationError(`signing key type ${type} is not supported (use ECDSA P-256/P-384, Ed25519 or RSA)`)
  const publicKeyPem = crypto.createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString()
  return {
    publicKeyPem,
    hint: publicKeyHint(publicKeyPem),
    sign: async (data) => crypto.sign(type === 'ed25519' ? null : 'sha256', data, key)
  }
}

/** The default key hint: hex SHA-256 of the DER public key (what cosign shows as the key id). */
export function publicKeyHint(publicKeyPem: string): string {
  const der = crypto.createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' })
  return crypto.createHash('sha256').update(der).digest('hex')
}

/**
 * The key signer for @sigstore/sign, with an empty hint: the builder copies the hint into the DSSE
 * signature's `keyid`, and cosign (verify-blob-attestation --key) skips a signature whose keyid is not its
 * own notion of the key's id ("accepted signatures do not match threshold"). cosign writes no keyid; the
 * hint goes into the bundle's verification material afterwards (signStatement), which no signature covers.
 */
function keySignerAdapter(signer: KeySigner): Signer {
  return {
    sign: async (data) => ({ signature: await signer.sign(data), key: { $case: 'publicKey', publicKey: signer.publicKeyPem, hint: '' } })
  }
}

function witnesses(method: SigningMethod): Witness[] {
  const timeout = method.timeoutMs ?? 30_000
  const retry = method.retries ?? 3
  const list: Witness[] = []
  if (method.rekorUrl) list.push(new RekorWitness({ rekorBaseURL: trimUrl(method.rekorUrl), fetchOnConflict: true, timeout, retry }))
  if (method.tsaUrl) list.push(new TSAWitness({ tsaBaseURL: trimUrl(method.tsaUrl), timeout, retry }))
  return list
}

function trimUrl(url: string): string {
  return url.replace(/\/+$/, '')
}

export function validateServiceUrl(name: string, url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError(`--${name} ${JSON.stringify(url)} is not a URL`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigurationError(`--${name} must be an http(s) URL, got ${parsed.protocol}`)
  if (parsed.search || parsed.hash) throw new ConfigurationError(`--${name} must be a service base URL without query or fragment`)
}

/** Signs the statement: one signature (and one certificate and log entry) for all its subjects. */
export async function signStatement(statement: Statement, method: SigningMethod): Promise<SignedStatement> {
  if (method.kind === 'keyless' && !method.rekorUrl && !method.tsaUrl) {
    throw new ConfigurationError('keyless signing needs transparency or timestamp evidence: give a Rekor URL, a TSA URL or both')
  }
  const signer: Signer =
    method.kind === 'keyless'
      ? new FulcioSigner({
          identityProvider: method.identityProvider,
          fulcioBaseURL: trimUrl(method.fulcioUrl),
          timeout: method.timeoutMs ?? 30_000,
          retry: method.retries ?? 3
        })
      : keySignerAdapter(method.signer)
  const builder = new DSSEBundleBuilder({ signer, witnesses: witnesses(method) })
  const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE })
  const material = bundle.verificationMaterial
  const content = material.content
  if (content.$case === 'publicKey' && method.kind === 'key') content.publicKey.hint = method.signer.hint ?? publicKeyHint(method.signer.publicKeyPem)
  const signingKey = content.$case === 'certificate' ? toPem(content.certificate.rawBytes) : method.kind === 'key' ? method.signer.publicKeyPem : ''
  const logIndex = material.tlogEntries[0]?.logIndex
  return { bundle, json: explicitDefaults(bundleToJSON(bundle)), signingKey, ...(logIndex !== undefined ? { logIndex } : {}) }
}

/**
 * Protobuf JSON omits default values, so an inclusion proof at log index 0 of a one-entry tree loses
 * `logIndex` and `hashes`; sigstore-python (4.5.1) refuses such a bundle as malformed. They are written
 * explicitly (every Sigstore client reads them).
 */
function explicitDefaults(json: ReturnType<typeof bundleToJSON>): ReturnType<typeof bundleToJSON> {
  for (const entry of (
    json.verificationMaterial as { tlogEntries?: { logIndex?: string; inclusionProof?: { logIndex?: string; hashes?: string[] } }[] } | undefined
  )?.tlogEntries ?? []) {
    entry.logIndex ??= '0'
    if (entry.inclusionProof) {
      entry.inclusionProof.logIndex ??= '0'
      entry.inclusionProof.hashes ??= []
    }
  }
  return json
}

function toPem(der: Buffer): string {
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`
}
