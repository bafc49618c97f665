/**
 * A Notation signer for unit tests, written from the specification (the interop tests use notation-go
 * itself): certificates shaped like `notation cert generate-test` (self-signed RSA, digitalSignature
 * critical, codeSigning EKU, subject C=US, ST=WA, L=Seattle, O=Notary, CN=<name>) or a CA chain, and JWS /
 * COSE envelopes over a target descriptor, with knobs to break each check.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import * as x509 from '../../../src/verify/notation/x509.js'
import { encode, Tag } from 'cbor2'
import { FlattenedSign } from 'jose'

const subtle = crypto.webcrypto.subtle
type CryptoKey = crypto.webcrypto.CryptoKey

export interface TestKey {
  privateKey: crypto.KeyObject
  webPrivate: CryptoKey
  webPublic: CryptoKey
  alg: 'PS256' | 'PS384' | 'ES256' | 'ES384'
}

export interface TestCert {
  key: TestKey
  cert: x509.X509Certificate
  pem: string
  der: Buffer
}

export async function generateKey(kind: 'rsa2048' | 'rsa3072' | 'p256' | 'p384' = 'rsa2048'): Promise<TestKey> {
  const algorithm =
    kind === 'p256' || kind === 'p384'
      ? { name: 'ECDSA', namedCurve: kind === 'p256' ? 'P-256' : 'P-384' }
      : { name: 'RSASSA-PKCS1-v1_5', modulusLength: kind === 'rsa2048' ? 2048 : 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
  const pair = (await subtle.generateKey(algorithm, true, ['sign', 'verify'])) as crypto.webcrypto.CryptoKeyPair
  const pkcs8 = Buffer.from(await subtle.exportKey('pkcs8', pair.privateKey))
  const alg = kind === 'rsa2048' ? 'PS256' : kind === 'rsa3072' ? 'PS384' : kind === 'p256' ? 'ES256' : 'ES384'
  return { privateKey: crypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }), webPrivate: pair.privateKey, webPublic: pair.publicKey, alg }
}

export interface CertOptions {
  subject?: string
  issuer?: TestCert
  ca?: boolean
  pathLength?: number
  notBefore?: Date
  notAfter?: Date
  keyUsage?: number
  keyUsageCritical?: boolean
  eku?: string[]
  ekuCritical?: boolean
  /** OCSP responder URL (Authority Information Access). */
  ocsp?: string
  crl?: string
  kind?: 'rsa2048' | 'rsa3072' | 'p256' | 'p384'
}

export const TEST_SUBJECT = (name: string): string => `C=US, ST=WA, L=Seattle, O=Notary, CN=${name}`

export async function makeCert(options: CertOptions = {}): Promise<TestCert> {
  const key = await generateKey(options.kind ?? 'rsa2048')
  const subject = options.subject ?? TEST_SUBJECT('chaingate.test')
  const extensions: x509.Extension[] = []
  if (options.ca) extensions.push(new x509.BasicConstraintsExtension(true, options.pathLength, true))
  extensions.push(
    new x509.KeyUsagesExtension(
      options.keyUsage ?? (options.ca ? x509.KeyUsageFlags.keyCertSign : x509.KeyUsageFlags.digitalSignature),
      options.keyUsageCritical ?? true
    )
  )
  if (!options.ca) extensions.push(new x509.ExtendedKeyUsageExtension(options.eku ?? [x509.ExtendedKeyUsage.codeSigning], options.ekuCritical ?? false))
  if (options.ocsp) extensions.push(new x509.AuthorityInfoAccessExtension({ ocsp: [new x509.GeneralName('url', options.ocsp)] }))
  if (options.crl) extensions.push(new x509.CRLDistributionPointsExtension([options.crl]))
  const now = Date.now()
  const signingKey = options.issuer?.key ?? key
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: crypto
      .randomBytes(8)
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    subject,
    issuer: options.issuer?.cert.subject ?? subject,
    notBefore: options.notBefore ?? new Date(now - 60_000),
    notAfter: options.notAfter ?? new Date(now + 24 * 3600_000),
    signingAlgorithm: signingKey.webPrivate.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    publicKey: key.webPublic,
    signingKey: signingKey.webPrivate,
    extensions
  })
  return { key, cert, pem: cert.toString('pem'), der: Buffer.from(cert.rawData) }
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
}

export interface SignOptions {
  chain: TestCert[]
  /** Defaults to the leaf key's algorithm. */
  alg?: string
  scheme?: 'notary.x509' | 'notary.x509.signingAuthority'
  signingTime?: Date
  expiry?: Date
  /** Extra protected headers, and extra names in crit. */
  extraProtected?: Record<string, unknown>
  extraCrit?: string[]
  contentType?: string
  timestampToken?: Buffer
  /** Signs with this key instead of the leaf's. */
  signWith?: crypto.KeyObject
}

const CTY = 'application/vnd.cncf.notary.payload.v1+json'

export async function signJws(descriptor: Descriptor, options: SignOptions): Promise<Buffer> {
  const leaf = options.chain[0]!
  const alg = options.alg ?? leaf.key.alg
  const scheme = options.scheme ?? 'notary.x509'
  const time = options.signingTime ?? new Date(Math.floor(Date.now() / 1000) * 1000)
  const crit = [
    'io.cncf.notary.signingScheme',
    ...(options.expiry ? ['io.cncf.notary.expiry'] : []),
    ...(scheme === 'notary.x509.signingAuthority' ? ['io.cncf.notary.authenticSigningTime'] : []),
    ...(options.extraCrit ?? [])
  ]
  const protectedHeader: Record<string, unknown> = {
    alg,
    crit,
    cty: options.contentType ?? CTY,
    'io.cncf.notary.signingScheme': scheme,
    ...(scheme === 'notary.x509'
      ? { 'io.cncf.notary.signingTime': time.toISOString().replace('.000Z', 'Z') }
      : { 'io.cncf.notary.authenticSigningTime': time.toISOString().replace('.000Z', 'Z') }),
    ...(options.expiry ? { 'io.cncf.notary.expiry': options.expiry.toISOString().replace('.000Z', 'Z') } : {}),
    ...options.extraProtected
  }
  const payload = Buffer.from(JSON.stringify({ targetArtifact: descriptor }))
  const jws = await new FlattenedSign(payload)
    .setProtectedHeader(protectedHeader as never)
    .setUnprotectedHeader({
      x5c: options.chain.map((cert) => cert.der.toString('base64')),
      'io.cncf.notary.signingAgent': 'chaingate-test/1.0',
      ...(options.timestampToken ? { 'io.cncf.notary.timestampSignature': options.timestampToken.toString('base64') } : {})
    })
    .sign(options.signWith ?? leaf.key.privateKey, { crit: Object.fromEntries(crit.map((name) => [name, true])) })
  return Buffer.from(JSON.stringify(jws))
}

const COSE_ALG: Record<string, number> = { PS256: -37, PS384: -38, PS512: -39, ES256: -7, ES384: -35, ES512: -36 }

export async function signCose(descriptor: Descriptor, options: SignOptions): Promise<Buffer> {
  const leaf = options.chain[0]!
  const alg = options.alg ?? leaf.key.alg
  const scheme = options.scheme ?? 'notary.x509'
  const time = Math.floor((options.signingTime ?? new Date()).getTime() / 1000)
  const crit = [
    'io.cncf.notary.signingScheme',
    ...(options.expiry ? ['io.cncf.notary.expiry'] : []),
    ...(scheme === 'notary.x509.signingAuthority' ? ['io.cncf.notary.authenticSigningTime'] : []),
    ...(options.extraCrit ?? [])
  ]
  const header = new Map<unknown, unknown>([
    [1, COSE_ALG[alg]],
    [2, crit],
    [3, options.contentType ?? CTY],
    ['io.cncf.notary.signingScheme', scheme],
    [scheme === 'notary.x509' ? 'io.cncf.notary.signingTime' : 'io.cncf.notary.authenticSigningTime', new Tag(1, time)]
  ])
  if (options.expiry) header.set('io.cncf.notary.expiry', new Tag(1, Math.floor(options.expiry.getTime() / 1000)))
  for (const [key, value] of Object.entries(options.extraProtected ?? {})) header.set(key, value)
  const protectedBytes = encode(header)
  const payload = new Uint8Array(Buffer.from(JSON.stringify({ targetArtifact: descriptor })))
  const toBeSigned = encode(['Signature1', protectedBytes, new Uint8Array(0), payload])
  const hash = `sha${alg.slice(2)}`
  const key = options.signWith ?? leaf.key.privateKey
  const signature = alg.startsWith('PS')
    ? crypto.sign(hash, toBeSigned, { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 })
    : crypto.sign(hash, toBeSigned, { key, dsaEncoding: 'ieee-p1363' })
  const unprotected = new Map<unknown, unknown>([
    [33, options.chain.map((cert) => new Uint8Array(cert.der))],
    ['io.cncf.notary.signingAgent', 'chaingate-test/1.0']
  ])
  if (options.timestampToken) unprotected.set('io.cncf.notary.timestampSignature', new Uint8Array(options.timestampToken))
  return Buffer.from(encode(new Tag(18, [protectedBytes, unprotected, payload, new Uint8Array(signature)])))
}

/** Writes certificates as a Notation trust store named store: `<root>/x509/<type>/<name>/<file>.pem`. */
export function writeTrustStore(root: string, type: 'ca' | 'signingAuthority' | 'tsa', name: string, certs: TestCert[]): void {
  const dir = path.join(root, 'x509', type, name)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${name}.pem`), certs.map((cert) => cert.pem).join('\n'))
}

export function trustPolicy(statements: Record<string, unknown>[]): Record<string, unknown> {
  return { version: '1.0', trustPolicies: statements }
}
