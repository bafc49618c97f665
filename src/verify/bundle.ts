/**
 * One bundle against the trusted roots: parse (bundle v0.1–v0.3), cryptographic verification with
 * @sigstore/verify (signature, certificate chain and SCT, transparency log inclusion or RFC 3161
 * timestamps), then the in-toto statement (payload type, `_type`) and the signer identity read from the
 * certificate. Binding to an artifact (subject digest, predicate type) is `checkSubject`'s job: the
 * Verifier does not do it.
 */
import { bundleFromJSON, isBundleWithDsseEnvelope, type Bundle } from '@sigstore/bundle'
import { toSignedEntity, Verifier } from '@sigstore/verify'
import { errorMessage } from '../model/errors.js'
import { identityFromSigner, identityProblems, type IdentityPolicy, type SignerIdentity } from './identity.js'
import { trustMaterial, type LoadedRoot } from './trust.js'
import { describePredicate, predicateAccepted, type PredicateRequirement } from './predicate-aliases.js'

const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
const LEGACY_STATEMENT_TYPES = new Set(['https://in-toto.io/Statement/v0.1'])
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

export interface InTotoStatement {
  _type: string
  subject: { name?: string; digest?: Record<string, string> }[]
  predicateType: string
  predicate?: Record<string, unknown>
}

/** Which check failed: `signer` failures are identity-policy findings, the rest attestation findings. */
export type FailureStage = 'format' | 'crypto' | 'statement' | 'signer'

export type BundleResult =
  { ok: true; statement: InTotoStatement; signer: SignerIdentity; root: string; keyless: boolean } | { ok: false; stage: FailureStage; message: string }

export interface BundleCheckOptions {
  roots: LoadedRoot[]
  identity: IdentityPolicy
  /** Key-based verification: the signer's public key (PEM); the identity policy then does not apply. */
  publicKeyPem?: string
}

const CODE_HINTS: Record<string, string> = {
  SIGNATURE_ERROR: 'the signature does not verify: the payload or the signature was altered',
  TLOG_BODY_ERROR: 'the transparency log entry does not match the bundle: the payload was altered',
  CERTIFICATE_ERROR: 'the signing certificate does not chain to the trusted root',
  TIMESTAMP_ERROR: 'the timestamp evidence does not verify against the trusted root',
  TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not verify against the trusted root',
  TLOG_INCLUSION_PROMISE_ERROR: 'the transparency log promise does not verify against the trusted root',
  PUBLIC_KEY_ERROR: 'the public key is not valid for this signature'
}

function describeVerificationError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = errorMessage(error)
  if (code === 'TLOG_ERROR' && /expected \d+ tlog entries, got 0/.test(message))
    return `no transparency log entry: the policy requires one (TLOG_ERROR: ${message})`
  if (code === 'TIMESTAMP_ERROR' && /expected \d+ timestamps, got 0/.test(message))
    return `no timestamp evidence (transparency log or timestamp authority) (TIMESTAMP_ERROR: ${message})`
  const hint = code ? CODE_HINTS[code] : undefined
  return hint ? `${hint} (${code}: ${message})` : code ? `${code}: ${message}` : message
}

export function parseBundle(json: unknown): { ok: true; bundle: Bundle } | { ok: false; message: string } {
  try {
    return { ok: true, bundle: bundleFromJSON(json) }
  } catch (error) {
    return { ok: false, message: `not a valid Sigstore bundle: ${errorMessage(error)}` }
  }
}

export function checkBundle(json: unknown, options: BundleCheckOptions): BundleResult {
  const parsed = parseBundle(json)
  if (!parsed.ok) return { ok: false, stage: 'format', message: parsed.message }
  const bundle = parsed.bundle
  if (!isBundleWithDsseEnvelope(bundle))
    return { ok: false, stage: 'format', message: 'the bundle holds a message signature, not an in-toto attestation (DSSE)' }
  const envelope = bundle.content.dsseEnvelope
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE)
    return { ok: false, stage: 'statement', message: `DSSE payload type is ${JSON.stringify(envelope.payloadType)}, expected ${INTOTO_PAYLOAD_TYPE}` }
  const keyless = bundle.verificationMaterial.content.$case !== 'publicKey'
  if (!keyless && !options.publicKeyPem)
    return { ok: false, stage: 'crypto', message: 'the bundle is signed with a key, not a certificate: give the public key (--key) to verify it' }
  if (keyless && options.publicKeyPem)
    return {
      ok: false,
      stage: 'crypto',
      message: 'the bundle is signed keyless (certificate), but a public key was given: verify it against a trusted root and identity policy instead'
    }

  const entity = toSignedEntity(bundle)
  const failures: string[] = []
  let signer: ReturnType<Verifier['verify']> | undefined
  let rootName = ''
  for (const root of options.roots) {
    const hasEvidence =
      bundle.verificationMaterial.tlogEntries.length > 0 || (bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0
    const verifier = new Verifier(trustMaterial(root, options.publicKeyPem), {
      // A root with logs requires a log entry (the default policy); GitHub's private instance has none.
      tlogThreshold: keyless && root.hasTlogs ? 1 : 0,
      ctlogThreshold: keyless && root.root.ctlogs.length > 0 ? 1 : 0,
      // A certificate is short-lived: it needs a trusted time. A key needs one only when evidence was made.
      timestampThreshold: keyless || hasEvidence ? 1 : 0
    })
    try {
      signer = verifier.verify(entity)
      rootName = root.name
      break
    } catch (error) {
      failures.push(options.roots.length > 1 ? `${root.name}: ${describeVerificationError(error)}` : describeVerificationError(error))
    }
  }
  if (!signer) return { ok: false, stage: 'crypto', message: failures.join('; ') }

  let statement: InTotoStatement
  try {
    statement = JSON.parse(envelope.payload.toString('utf8')) as InTotoStatement
  } catch (error) {
    return { ok: false, stage: 'statement', message: `the DSSE payload is not JSON: ${errorMessage(error)}` }
  }
  if (
    typeof statement !== 'object' ||
    statement === null ||
    (statement._type !== STATEMENT_TYPE && !LEGACY_STATEMENT_TYPES.has(statement._type)) ||
    !Array.isArray(statement.subject)
  ) {
    return { ok: false, stage: 'statement', message: 'the payload is not an in-toto statement' }
  }
  const identity = identityFromSigner(signer.identity)
  if (keyless) {
    const problems = identityProblems(identity, options.identity)
    if (problems.length > 0) return { ok: false, stage: 'signer', message: `signer identity does not match the policy: ${problems.join('; ')}` }
  }
  return { ok: true, statement, signer: identity, root: rootName, keyless }
}

/** Binds a verified statement to an artifact digest and the required predicate type. */
export function checkSubject(statement: InTotoStatement, sha256: string, predicateType: PredicateRequirement | undefined): string | null {
  if (predicateType !== undefined && !predicateAccepted(predicateType, statement.predicateType))
    return `predicate type is ${JSON.stringify(statement.predicateType)}, policy requires ${describePredicate(predicateType)}`
  const listed = statement.subject.some((subject) => subject?.digest?.sha256?.toLowerCase() === sha256)
  if (!listed)
    return `the artifact's digest sha256:${sha256} is not a subject of the attestation (${statement.subject.length} subject${statement.subject.length === 1 ? '' : 's'}): the artifact differs from what was signed`
  if (statement.predicateType === 'https://slsa.dev/verification_summary/v1' && statement.predicate?.verificationResult !== 'PASSED') {
    return `the verification summary's result is ${JSON.stringify(statement.predicate?.verificationResult)}, not PASSED`
  }
  return null
}
