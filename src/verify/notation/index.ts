/**
 * Notation for `chaingate verify`: the trust policy and trust store (Notation's files, or inline), the
 * signatures of an image found through its referrers (artifact type `application/vnd.cncf.notary.signature`,
 * or older signers' config media type; tag-schema fallback through RegistryReader), or one envelope given as
 * a file, and the findings: one `notation-signature` finding per artifact, plus one per check that failed or
 * could not be decided, saying whether the level enforced it (severity high) or only logged it (info).
 */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError, errorMessage } from '../../model/errors.js'
import type { Finding, Location } from '../../model/finding.js'
import type { Descriptor, RegistryReader } from '../registry.js'
import { COSE_MEDIA_TYPE, envelopeTypeOf, JWS_MEDIA_TYPE } from './envelope.js'
import { parseTrustPolicy, type TrustPolicyDocument } from './trust-policy.js'
import { directoryTrustStore, inlineTrustStore, type TrustStore } from './trust-store.js'
import { verifySignature, type CheckOutcome, type SignatureVerdict } from './verify.js'

export const NOTATION_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature'
export const NOTATION_RULE_ID = 'notation-signature'
const MAX_ENVELOPE_BYTES = 4 * 1024 * 1024

export interface NotationConfig {
  policy: TrustPolicyDocument
  store: TrustStore
  now: Date
}

export function readTrustPolicyFile(file: string, shown: string): TrustPolicyDocument {
  let text: string
  try {
    const stat = fs.lstatSync(file)
    if (stat.isSymbolicLink() || !stat.isFile())
      throw new ConfigurationError('the Notation trust policy is not a regular file (symlinks are refused)', { file: shown })
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(`cannot read the Notation trust policy: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, { file: shown })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const position = /position (\d+)/.exec(errorMessage(error))
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined
    throw new ConfigurationError(`the Notation trust policy is not JSON: ${errorMessage(error)}`, { file: shown, ...(line ? { line } : {}) })
  }
  return parseTrustPolicy(json, shown)
}

export function trustStoreDirectory(dir: string, shown: string): TrustStore {
  let stat: fs.Stats
  try {
    stat = fs.statSync(dir)
  } catch (error) {
    throw new ConfigurationError(`--notation-trust-store ${shown}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`)
  }
  if (!stat.isDirectory())
    throw new ConfigurationError(`--notation-trust-store ${shown} is not a directory (expected DIR/x509/{ca,signingAuthority,tsa}/<name>/)`)
  if (!fs.existsSync(path.join(dir, 'x509')))
    throw new ConfigurationError(
      `--notation-trust-store ${shown} has no x509/ folder (expected DIR/x509/{ca,signingAuthority,tsa}/<name>/, like ~/.config/notation/truststore)`
    )
  return directoryTrustStore(dir, shown)
}

export { inlineTrustStore, parseTrustPolicy }

export interface FetchedSignature {
  source: string
  type: 'jws' | 'cose'
  envelope: Buffer
  subject?: Descriptor
}

/** Notation signatures attached to `digest`; `imageFound` false when the registry does not have the image. */
export async function fetchNotationSignatures(
  reader: RegistryReader,
  digest: string
): Promise<{ signatures: FetchedSignature[]; imageFound: boolean; skipped: string[] }> {
  const { descriptors } = await reader.referrers(digest)
  const signatures: FetchedSignature[] = []
  const skipped: string[] = []
  for (const descriptor of descriptors) {
    if (descriptor.artifactType !== undefined && descriptor.artifactType !== NOTATION_ARTIFACT_TYPE) continue
    const manifest = await reader.manifest(descriptor.digest)
    if (!manifest) continue
    const body = manifest.body as { artifactType?: string; config?: Descriptor; layers?: Descriptor[]; subject?: Descriptor }
    if (body.artifactType !== NOTATION_ARTIFACT_TYPE && body.config?.mediaType !== NOTATION_ARTIFACT_TYPE) continue
    if (body.subject?.digest !== digest) {
      skipped.push(`${descriptor.digest}: its subject is ${body.subject?.digest ?? '(none)'}`)
      continue
    }
    const layer = body.layers?.length === 1 ? body.layers[0]! : undefined
    const type = layer ? envelopeTypeOf(layer.mediaType) : null
    if (!layer || !type) {
      skipped.push(`${descriptor.digest}: not one ${JWS_MEDIA_TYPE} or ${COSE_MEDIA_TYPE} layer`)
      continue
    }
    signatures.push({ source: `referrer ${descriptor.digest}`, type, envelope: await reader.blob(layer.digest, MAX_ENVELOPE_BYTES), subject: body.subject })
  }
  if (signatures.length > 0) return { signatures, imageFound: true, skipped }
  return { signatures, imageFound: (await reader.manifest(digest)) !== null, skipped }
}

/** An envelope file: the type from the option, the file name (`*.jws.sig`, `*.cose.sig`) or its first byte. */
export function readEnvelopeFile(file: string, shown: string, type?: 'jws' | 'cose'): FetchedSignature {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    throw new ConfigurationError(`--notation-envelope ${shown}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`)
  }
  const guessed =
    type ?? (/\.jws(\.sig)?$/i.test(file) ? 'jws' : /\.cose(\.sig)?$/i.test(file) ? 'cose' : bytes.subarray(0, 1).toString() === '{' ? 'jws' : 'cose')
  return { source: shown, type: guessed, envelope: bytes }
}

export interface NotationTarget {
  label: string
  /** `host/path` for the trust policy scope. */
  repository: string
  digest: string
  mediaType?: string
  size?: number
  location?: Location
  signatures: () => Promise<FetchedSignature[] | string>
}

const CHECK_TITLES: Record<CheckOutcome['check'], string> = {
  'trust policy': 'trust policy',
  integrity: 'integrity',
  plugin: 'verification plugin',
  authenticity: 'authenticity',
  'trusted identity': 'trusted identity',
  expiry: 'expiry',
  'authentic timestamp': 'authentic timestamp',
  revocation: 'revocation'
}

/** The findings of one artifact; `passed` when a signature verified (no enforced check failed or was undecided). */
export async function notationFindings(target: NotationTarget, config: NotationConfig): Promise<{ findings: Finding[]; passed: boolean }> {
  const base = { rule: NOTATION_RULE_ID, area: 'artifacts' as const, ...(target.location ? { location: target.location } : {}) }
  let signatures: FetchedSignature[] | string
  try {
    signatures = await target.signatures()
  } catch (error) {
    signatures = `cannot read Notation signatures from the registry: ${errorMessage(error)}`
  }
  if (typeof signatures === 'string')
    return { findings: [{ ...base, severity: 'high', status: 'fail', message: `${target.label}: ${signatures}` }], passed: false }
  const verdicts: { source: string; type: string; verdict: SignatureVerdict }[] = []
  for (const signature of signatures) {
    const verdict = await verifySignature({
      envelope: signature.envelope,
      type: signature.type,
      repository: target.repository,
      artifact: {
        digest: target.digest,
        ...(target.mediaType ? { mediaType: target.mediaType } : {}),
        ...(target.size !== undefined ? { size: target.size } : {})
      },
      policy: config.policy,
      store: config.store,
      now: config.now
    })
    verdicts.push({ source: signature.source, type: signature.type, verdict })
    if (verdict.verified) break
  }
  // The signature reported: the one that verified, else the one that got furthest through the checks.
  const chosen = verdicts.find((entry) => entry.verdict.verified) ?? [...verdicts].sort((a, b) => b.verdict.outcomes.length - a.verdict.outcomes.length)[0]
  if (!chosen)
    return {
      findings: [{ ...base, severity: 'high', status: 'fail', message: `${target.label}: no Notation signature is attached (unsigned?)` }],
      passed: false
    }
  const { verdict } = chosen
  const statement = verdict.statement
  const levelText = statement
    ? `trust policy statement ${JSON.stringify(statement.name)}, level ${statement.level === 'custom' ? `${statement.baseLevel} with overrides` : statement.level}`
    : 'no trust policy statement'
  const many = verdicts.length > 1 ? ` (${verdicts.length} signatures tried)` : ''
  const findings: Finding[] = []
  for (const outcome of verdict.outcomes) {
    if (outcome.status !== 'fail' && outcome.status !== 'unknown') continue
    const enforced = outcome.action === 'enforce'
    const how = enforced ? 'enforced' : 'logged only'
    findings.push({
      ...base,
      severity: enforced ? 'high' : 'info',
      // A logged check never fails the gate: it is reported as an info-severity failure, whatever its outcome.
      status: enforced ? outcome.status : 'fail',
      message: `${target.label}: Notation ${CHECK_TITLES[outcome.check]} check ${outcome.status === 'unknown' ? 'could not be decided' : 'failed'} (${how}; ${levelText}; ${chosen.type.toUpperCase()} ${chosen.source}): ${outcome.message}`
    })
  }
  if (verdict.verified) {
    const signer = verdict.content?.chain[0]?.subject
    const skipped = verdict.outcomes.some((outcome) => outcome.check === 'trust policy' && outcome.status === 'skipped')
    findings.push({
      ...base,
      severity: 'high',
      status: 'pass',
      message: skipped
        ? `${target.label}: Notation verification skipped by ${levelText}`
        : `${target.label}: verified Notation ${chosen.type.toUpperCase()} signature by ${JSON.stringify(signer)} (${levelText})${many}`
    })
  } else if (findings.every((finding) => finding.severity === 'info')) {
    findings.push({ ...base, severity: 'high', status: 'fail', message: `${target.label}: no Notation signature verified${many}` })
  }
  return { findings, passed: verdict.verified }
}
