/**
 * Notation signature envelopes: JWS (`application/jose+json`, flattened JSON serialization only) through
 * `jose`, and COSE (`application/cose`, COSE_Sign1_Tagged) through `cbor2` and `node:crypto`. Parsing and
 * the integrity check go together: the content is returned only when the signature verifies with the leaf
 * certificate's key, the algorithm is the one that key implies, the content type is Notation's payload,
 * every critical header is one chaingate understands (an unknown one fails, as the specification requires),
 * and the certificate chain meets the certificate requirements.
 */
import crypto from 'node:crypto'
import { decode, encode, Tag } from 'cbor2'
import { flattenedVerify, type FlattenedJWSInput } from 'jose'
import { errorMessage } from '../../model/errors.js'
import { chainProblem, parseCert, type Cert } from './certificates.js'

export const JWS_MEDIA_TYPE = 'application/jose+json'
export const COSE_MEDIA_TYPE = 'application/cose'
export const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'

const H = {
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  plugin: 'io.cncf.notary.verificationPlugin',
  pluginMinVersion: 'io.cncf.notary.verificationPluginMinVersion',
  timestamp: 'io.cncf.notary.timestampSignature',
  signingAgent: 'io.cncf.notary.signingAgent'
} as const
/** The critical headers chaingate understands; anything else marked critical fails integrity. */
const UNDERSTOOD_CRITICAL = [H.signingScheme, H.authenticSigningTime, H.expiry, H.plugin, H.pluginMinVersion]

export interface TargetArtifact {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
  artifactType?: string
}

export interface EnvelopeContent {
  format: 'jws' | 'cose'
  alg: string
  signingScheme: 'notary.x509' | 'notary.x509.signingAuthority'
  signingTime?: Date
  authenticSigningTime?: Date
  expiry?: Date
  chain: Cert[]
  /** The raw signature bytes (what an RFC 3161 countersignature's message imprint covers). */
  signature: Buffer
  timestampToken?: Buffer
  signingAgent?: string
  plugin?: { name: string; minVersion?: string }
  target: TargetArtifact
}

export type EnvelopeResult = { ok: true; content: EnvelopeContent } | { ok: false; message: string }

/** The algorithm the leaf key implies (RSA 2048/3072/4096 → PS256/384/512, EC P-256/384/521 → ES256/384/512). */
export function algorithmForKey(key: crypto.KeyObject): string | null {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') return ({ 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' } as Record<number, string>)[details.modulusLength ?? 0] ?? null
  if (key.asymmetricKeyType === 'ec')
    return ({ prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' } as Record<string, string>)[details.namedCurve ?? ''] ?? null
  return null
}

/** Byte strings, whatever realm created them (Buffer, or a Uint8Array of another context). */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && (value as Uint8Array).BYTES_PER_ELEMENT === 1 && !(value instanceof DataView)
}

function isMap(value: unknown): value is Map<unknown, unknown> {
  return Object.prototype.toString.call(value) === '[object Map]'
}

const COSE_ALGORITHMS: Record<number, string> = { [-37]: 'PS256', [-38]: 'PS384', [-39]: 'PS512', [-7]: 'ES256', [-35]: 'ES384', [-36]: 'ES512' }

function parseTarget(payload: Buffer): TargetArtifact | string {
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch (error) {
    return `the payload is not JSON: ${errorMessage(error)}`
  }
  const target = (json as { targetArtifact?: Record<string, unknown> } | null)?.targetArtifact
  if (typeof target !== 'object' || target === null) return 'the payload has no targetArtifact'
  if (typeof target.mediaType !== 'string' || typeof target.digest !== 'string' || typeof target.size !== 'number')
    return 'the payload targetArtifact lacks mediaType, digest or size'
  if (
    target.annotations !== undefined &&
    (typeof target.annotations !== 'object' || target.annotations === null || Object.values(target.annotations).some((value) => typeof value !== 'string'))
  ) {
    return 'the payload targetArtifact annotations are not a string map'
  }
  return target as unknown as TargetArtifact
}

function chainFrom(ders: Uint8Array[]): Cert[] | string {
  if (ders.length === 0) return 'the envelope has no certificate chain'
  try {
    return ders.map((der) => parseCert(der))
  } catch (error) {
    return `a certificate of the envelope's chain does not parse: ${errorMessage(error)}`
  }
}

/** Checks shared by both formats once the signed attributes are read. */
function finish(
  format: 'jws' | 'cose',
  alg: string,
  headers: { scheme: unknown; signingTime?: Date; authenticSigningTime?: Date; expiry?: Date; plugin?: unknown; pluginMinVersion?: unknown },
  crit: unknown[],
  present: (label: string) => boolean,
  chain: Cert[],
  signature: Buffer,
  payload: Buffer,
  extras: { timestampToken?: Buffer; signingAgent?: string }
): EnvelopeResult {
  const scheme = headers.scheme
  if (scheme !== 'notary.x509' && scheme !== 'notary.x509.signingAuthority')
    return { ok: false, message: `signing scheme ${JSON.stringify(scheme)} is not notary.x509 or notary.x509.signingAuthority` }
  if (!crit.includes(H.signingScheme)) return { ok: false, message: `the protected header's crit does not list ${H.signingScheme}` }
  for (const label of [H.expiry, H.authenticSigningTime, H.plugin, H.pluginMinVersion]) {
    if (present(label) && !crit.includes(label)) return { ok: false, message: `${label} is present but not marked critical` }
  }
  if (scheme === 'notary.x509' && !headers.signingTime) return { ok: false, message: `scheme notary.x509 needs ${H.signingTime}` }
  if (scheme === 'notary.x509.signingAuthority' && !headers.authenticSigningTime)
    return { ok: false, message: `scheme notary.x509.signingAuthority needs ${H.authenticSigningTime}` }
  const signingTime = headers.signingTime ?? headers.authenticSigningTime
  if (headers.expiry && signingTime && headers.expiry.getTime() <= signingTime.getTime())
    return { ok: false, message: 'the expiry is not after the signing time' }
  const problem = chainProblem(chain, 'codeSigning')
  if (problem) return { ok: false, message: `certificate chain: ${problem}` }
  const target = parseTarget(payload)
  if (typeof target === 'string') return { ok: false, message: target }
  const content: EnvelopeContent = { format, alg, signingScheme: scheme, chain, signature, target }
  if (headers.signingTime) content.signingTime = headers.signingTime
  if (headers.authenticSigningTime) content.authenticSigningTime = headers.authenticSigningTime
  if (headers.expiry) content.expiry = headers.expiry
  if (extras.timestampToken) content.timestampToken = extras.timestampToken
  if (extras.signingAgent) content.signingAgent = extras.signingAgent
  if (headers.plugin !== undefined)
    content.plugin = { name: String(headers.plugin), ...(headers.pluginMinVersion !== undefined ? { minVersion: String(headers.pluginMinVersion) } : {}) }
  return { ok: true, content }
}

function rfc3339(value: unknown, label: string): Date | undefined | string {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value)))
    return `${label} is not an RFC 3339 time`
  return new Date(value)
}

export async function verifyJws(bytes: Buffer): Promise<EnvelopeResult> {
  let jws: FlattenedJWSInput & { header?: Record<string, unknown> }
  try {
    jws = JSON.parse(bytes.toString('utf8')) as typeof jws
  } catch (error) {
    return { ok: false, message: `the JWS envelope is not JSON: ${errorMessage(error)}` }
  }
  if (typeof jws !== 'object' || jws === null || typeof jws.protected !== 'string' || typeof jws.payload !== 'string' || typeof jws.signature !== 'string') {
    return { ok: false, message: 'the JWS envelope is not in flattened JSON serialization (payload, protected, header, signature)' }
  }
  if ('signatures' in jws) return { ok: false, message: 'the JWS envelope uses the general serialization; Notation uses the flattened one only' }
  let protectedHeader: Record<string, unknown>
  try {
    protectedHeader = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8')) as Record<string, unknown>
  } catch (error) {
    return { ok: false, message: `the JWS protected header is not JSON: ${errorMessage(error)}` }
  }
  const unprotected = jws.header ?? {}
  const x5c = unprotected.x5c
  if (!Array.isArray(x5c) || x5c.some((entry) => typeof entry !== 'string')) return { ok: false, message: 'the JWS header has no x5c certificate chain' }
  const chain = chainFrom(x5c.map((entry: string) => Buffer.from(entry, 'base64')))
  if (typeof chain === 'string') return { ok: false, message: chain }
  const expected = algorithmForKey(chain[0]!.node.publicKey)
  if (!expected) return { ok: false, message: `the signing certificate's key (${chain[0]!.node.publicKey.asymmetricKeyType}) is not one Notation signs with` }
  if (protectedHeader.alg !== expected)
    return { ok: false, message: `the envelope's algorithm ${JSON.stringify(protectedHeader.alg)} is not the one the signing key implies (${expected})` }
  if (protectedHeader.cty !== PAYLOAD_CONTENT_TYPE)
    return { ok: false, message: `the payload content type is ${JSON.stringify(protectedHeader.cty)}, not ${PAYLOAD_CONTENT_TYPE}` }
  const crit = Array.isArray(protectedHeader.crit) ? protectedHeader.crit : []
  const unknownCritical = crit.find((label) => !UNDERSTOOD_CRITICAL.includes(label as (typeof UNDERSTOOD_CRITICAL)[number]))
  if (unknownCritical !== undefined) return { ok: false, message: `unknown critical header ${JSON.stringify(unknownCritical)}` }
  let payload: Buffer
  try {
    const result = await flattenedVerify(jws, chain[0]!.node.publicKey, {
      algorithms: [expected],
      crit: Object.fromEntries(UNDERSTOOD_CRITICAL.map((label) => [label, true]))
    })
    payload = Buffer.from(result.payload)
  } catch (error) {
    return { ok: false, message: `the JWS signature does not verify: ${errorMessage(error)}` }
  }
  const times: Record<string, Date | undefined> = {}
  for (const [key, label] of [
    ['signingTime', H.signingTime],
    ['authenticSigningTime', H.authenticSigningTime],
    ['expiry', H.expiry]
  ] as const) {
    const parsed = rfc3339(protectedHeader[label], label)
    if (typeof parsed === 'string') return { ok: false, message: parsed }
    times[key] = parsed
  }
  const timestamp = unprotected[H.timestamp]
  const agent = unprotected[H.signingAgent]
  return finish(
    'jws',
    expected,
    {
      scheme: protectedHeader[H.signingScheme],
      ...definedTimes(times),
      plugin: protectedHeader[H.plugin],
      pluginMinVersion: protectedHeader[H.pluginMinVersion]
    },
    crit,
    (label) => protectedHeader[label] !== undefined,
    chain,
    Buffer.from(jws.signature, 'base64url'),
    payload,
    {
      ...(typeof timestamp === 'string' ? { timestampToken: Buffer.from(timestamp, 'base64') } : {}),
      ...(typeof agent === 'string' ? { signingAgent: agent } : {})
    }
  )
}

function definedTimes(times: Record<string, Date | undefined>): { signingTime?: Date; authenticSigningTime?: Date; expiry?: Date } {
  return Object.fromEntries(Object.entries(times).filter(([, value]) => value !== undefined))
}

function coseTime(value: unknown, label: string): Date | undefined | string {
  if (value === undefined) return undefined
  if (Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())) return value as Date
  if (value instanceof Tag && value.tag === 1 && typeof value.contents === 'number') return new Date(value.contents * 1000)
  return `${label} is not a CBOR epoch time (tag 1)`
}

export async function verifyCose(bytes: Buffer): Promise<EnvelopeResult> {
  let message: unknown
  try {
    message = decode(bytes, { preferMap: true })
  } catch (error) {
    return { ok: false, message: `the COSE envelope is not CBOR: ${errorMessage(error)}` }
  }
  if (!(message instanceof Tag) || message.tag !== 18 || !Array.isArray(message.contents) || message.contents.length !== 4)
    return { ok: false, message: 'the COSE envelope is not a COSE_Sign1_Tagged message (tag 18, 4 elements)' }
  const [protectedBytes, unprotected, payloadBytes, signatureBytes] = message.contents as unknown[]
  if (!isBytes(protectedBytes) || !isMap(unprotected) || !isBytes(payloadBytes) || !isBytes(signatureBytes)) {
    return { ok: false, message: 'the COSE_Sign1 message has the wrong structure (protected bstr, unprotected map, payload bstr, signature bstr)' }
  }
  let header: Map<unknown, unknown>
  try {
    const decoded = decode(protectedBytes, { preferMap: true })
    if (!isMap(decoded)) throw new Error('not a map')
    header = decoded
  } catch (error) {
    return { ok: false, message: `the COSE protected header is not a CBOR map: ${errorMessage(error)}` }
  }
  const x5chain = unprotected.get(33)
  const ders = isBytes(x5chain) ? [x5chain] : Array.isArray(x5chain) && x5chain.every((entry) => isBytes(entry)) ? (x5chain as Uint8Array[]) : undefined
  if (!ders) return { ok: false, message: 'the COSE unprotected header has no x5chain (label 33)' }
  const chain = chainFrom(ders)
  if (typeof chain === 'string') return { ok: false, message: chain }
  const key = chain[0]!.node.publicKey
  const expected = algorithmForKey(key)
  if (!expected) return { ok: false, message: `the signing certificate's key (${key.asymmetricKeyType}) is not one Notation signs with` }
  const alg = COSE_ALGORITHMS[header.get(1) as number]
  if (alg !== expected)
    return { ok: false, message: `the envelope's algorithm ${JSON.stringify(alg ?? header.get(1))} is not the one the signing key implies (${expected})` }
  if (header.get(3) !== PAYLOAD_CONTENT_TYPE)
    return { ok: false, message: `the payload content type is ${JSON.stringify(header.get(3))}, not ${PAYLOAD_CONTENT_TYPE}` }
  const crit = header.get(2)
  if (!Array.isArray(crit)) return { ok: false, message: 'the COSE protected header has no crit list (label 2)' }
  const unknownCritical = crit.find((label) => !UNDERSTOOD_CRITICAL.includes(label as (typeof UNDERSTOOD_CRITICAL)[number]))
  if (unknownCritical !== undefined) return { ok: false, message: `unknown critical header ${JSON.stringify(unknownCritical)}` }
  for (const label of crit) if (!header.has(label)) return { ok: false, message: `critical header ${JSON.stringify(label)} is not in the protected header` }

  // Plain Uint8Arrays: cbor2 encodes only those as byte strings (a Buffer of another realm would become a map).
  const toBeSigned = Buffer.from(encode(['Signature1', new Uint8Array(protectedBytes), new Uint8Array(0), new Uint8Array(payloadBytes)]))
  const hash = `sha${alg.slice(2)}`
  const verified = alg.startsWith('PS')
    ? crypto.verify(hash, toBeSigned, { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 }, signatureBytes)
    : crypto.verify(hash, toBeSigned, { key, dsaEncoding: 'ieee-p1363' }, signatureBytes)
  if (!verified) return { ok: false, message: 'the COSE signature does not verify: the payload or the signature was altered' }

  const times: Record<string, Date | undefined> = {}
  for (const [name, label] of [
    ['signingTime', H.signingTime],
    ['authenticSigningTime', H.authenticSigningTime],
    ['expiry', H.expiry]
  ] as const) {
    const parsed = coseTime(header.get(label), label)
    if (typeof parsed === 'string') return { ok: false, message: parsed }
    times[name] = parsed
  }
  const timestamp = unprotected.get(H.timestamp)
  const agent = unprotected.get(H.signingAgent)
  return finish(
    'cose',
    alg,
    { scheme: header.get(H.signingScheme), ...definedTimes(times), plugin: header.get(H.plugin), pluginMinVersion: header.get(H.pluginMinVersion) },
    crit,
    (label) => header.has(label),
    chain,
    Buffer.from(signatureBytes),
    Buffer.from(payloadBytes),
    { ...(isBytes(timestamp) ? { timestampToken: Buffer.from(timestamp) } : {}), ...(typeof agent === 'string' ? { signingAgent: agent } : {}) }
  )
}

export function envelopeTypeOf(mediaType: string): 'jws' | 'cose' | null {
  return mediaType === JWS_MEDIA_TYPE ? 'jws' : mediaType === COSE_MEDIA_TYPE ? 'cose' : null
}

export function verifyEnvelope(bytes: Buffer, type: 'jws' | 'cose'): Promise<EnvelopeResult> {
  return type === 'jws' ? verifyJws(bytes) : verifyCose(bytes)
}
