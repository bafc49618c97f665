/**
 * The Notation verification procedure for one signature, in the order the Notary Project specification
 * gives: trust policy statement for the repository → integrity (envelope, algorithm, critical headers,
 * certificate rules, signed digest) → verification plugin (chaingate runs none: fail closed) →
 * authenticity (chain contains a certificate of the policy's trust stores for the signing scheme) and
 * trusted identity (leaf subject DN) → expiry → authentic timestamp (RFC 3161 countersignature or the
 * signing authority's time; without timestamp verification every certificate must be valid at the
 * verification time) → revocation. Each check is enforced, logged or skipped as the statement's level says;
 * the signature verifies when no enforced check failed or was undecided. Revocation (OCSP/CRL) is never
 * queried: a chain naming revocation endpoints is `unknown` for revocation, never a pass.
 */
import { verifyEnvelope, type EnvelopeContent } from './envelope.js'
import { revocationEndpoints, subjectDn, validAt, type Cert } from './certificates.js'
import { verifyTimestampToken } from './timestamp.js'
import { dnMatches, selectStatement, type Action, type CheckType, type StoreType, type TrustPolicyDocument, type TrustPolicyStatement } from './trust-policy.js'
import type { TrustStore } from './trust-store.js'

/** The checks as findings name them. */
export type CheckName = 'trust policy' | 'integrity' | 'plugin' | 'authenticity' | 'trusted identity' | 'expiry' | 'authentic timestamp' | 'revocation'

export interface CheckOutcome {
  check: CheckName
  action: Action
  status: 'pass' | 'fail' | 'unknown' | 'skipped'
  message: string
}

export interface SignatureVerdict {
  verified: boolean
  /** True when the only enforced problems are undecided checks (revocation offline). */
  undecided: boolean
  outcomes: CheckOutcome[]
  statement?: TrustPolicyStatement
  content?: EnvelopeContent
}

export interface SignatureInput {
  envelope: Buffer
  type: 'jws' | 'cose'
  /** `host/path` of the artifact, to select the trust policy statement. */
  repository: string
  /** What the signature must name: the digest always; media type and size when known. */
  artifact: { digest: string; mediaType?: string; size?: number }
  policy: TrustPolicyDocument
  store: TrustStore
  /** Verification time (expiry, certificate validity). */
  now: Date
}

const CHECK_TYPE: Record<Exclude<CheckName, 'trust policy' | 'plugin'>, CheckType> = {
  integrity: 'integrity',
  authenticity: 'authenticity',
  'trusted identity': 'authenticity',
  expiry: 'expiry',
  'authentic timestamp': 'authenticTimestamp',
  revocation: 'revocation'
}

function storeCerts(store: TrustStore, statement: TrustPolicyStatement, type: StoreType): { certs: Cert[]; problems: string[]; names: string[] } {
  const certs: Cert[] = []
  const problems: string[] = []
  const names: string[] = []
  for (const entry of statement.trustStores.filter((candidate) => candidate.type === type)) {
    names.push(`${type}:${entry.name}`)
    const result = store.get(type, entry.name)
    if (result.ok) certs.push(...result.certs)
    else problems.push(result.message)
  }
  return { certs, problems, names }
}

export async function verifySignature(input: SignatureInput): Promise<SignatureVerdict> {
  const outcomes: CheckOutcome[] = []
  const statement = selectStatement(input.policy, input.repository)
  if (!statement) {
    outcomes.push({
      check: 'trust policy',
      action: 'enforce',
      status: 'fail',
      message: `no trust policy statement of ${input.policy.source} applies to ${input.repository} (no matching registry scope and no "*" statement)`
    })
    return { verified: false, undecided: false, outcomes }
  }
  const base = { statement }
  if (statement.actions.integrity === 'skip') {
    outcomes.push({
      check: 'trust policy',
      action: 'skip',
      status: 'skipped',
      message: `trust policy statement ${JSON.stringify(statement.name)} skips verification (level skip)`
    })
    return { ...base, verified: true, undecided: false, outcomes }
  }
  const record = (check: Exclude<CheckName, 'trust policy' | 'plugin'>, status: CheckOutcome['status'], message: string): CheckOutcome => {
    const outcome: CheckOutcome = { check, action: statement.actions[CHECK_TYPE[check]], status, message }
    outcomes.push(outcome)
    return outcome
  }
  const stopped = (outcome: CheckOutcome): boolean => outcome.action === 'enforce' && (outcome.status === 'fail' || outcome.status === 'unknown')
  const verdict = (content?: EnvelopeContent): SignatureVerdict => {
    const enforced = outcomes.filter((outcome) => outcome.action === 'enforce' && (outcome.status === 'fail' || outcome.status === 'unknown'))
    return {
      ...base,
      ...(content ? { content } : {}),
      verified: enforced.length === 0,
      undecided: enforced.length > 0 && enforced.every((outcome) => outcome.status === 'unknown'),
      outcomes
    }
  }

  // Integrity (always enforced).
  const parsed = await verifyEnvelope(input.envelope, input.type)
  if (!parsed.ok) {
    record('integrity', 'fail', `${input.type.toUpperCase()} envelope: ${parsed.message}`)
    return verdict()
  }
  const content = parsed.content
  const target = content.target
  if (target.digest !== input.artifact.digest) {
    record('integrity', 'fail', `the signature is for ${target.digest}, not ${input.artifact.digest}: it signs another artifact (tampered or swapped manifest)`)
    return verdict(content)
  }
  if (
    (input.artifact.mediaType !== undefined && target.mediaType !== input.artifact.mediaType) ||
    (input.artifact.size !== undefined && target.size !== input.artifact.size)
  ) {
    record(
      'integrity',
      'fail',
      `the signed descriptor (${target.mediaType}, ${target.size} bytes) does not match the artifact (${input.artifact.mediaType ?? '?'}, ${input.artifact.size ?? '?'} bytes)`
    )
    return verdict(content)
  }
  record('integrity', 'pass', `${content.format.toUpperCase()} envelope signed with ${content.alg} (${content.signingScheme}) over ${target.digest}`)

  // Verification plugins are not run: fail closed, as the specification allows.
  if (content.plugin) {
    outcomes.push({
      check: 'plugin',
      action: 'enforce',
      status: 'fail',
      message: `the signature requires the verification plugin ${JSON.stringify(content.plugin.name)}${content.plugin.minVersion ? ` (>= ${content.plugin.minVersion})` : ''}; chaingate does not run Notation plugins, so it cannot verify this signature (failed closed)`
    })
    return verdict(content)
  }

  // Authenticity: the chain contains a certificate of the trust stores for the signing scheme.
  const storeType: StoreType = content.signingScheme === 'notary.x509' ? 'ca' : 'signingAuthority'
  const trusted = storeCerts(input.store, statement, storeType)
  let authenticity: CheckOutcome
  if (trusted.names.length === 0)
    authenticity = record(
      'authenticity',
      'fail',
      `trust policy statement ${JSON.stringify(statement.name)} has no ${storeType} trust store, which scheme ${content.signingScheme} needs`
    )
  else if (trusted.certs.length === 0) authenticity = record('authenticity', 'fail', `no trusted certificate could be loaded: ${trusted.problems.join('; ')}`)
  else {
    const anchor = content.chain.find((cert) => trusted.certs.some((candidate) => candidate.der.equals(cert.der)))
    authenticity = anchor
      ? record('authenticity', 'pass', `the certificate chain contains ${JSON.stringify(anchor.subject)} from ${trusted.names.join(', ')}`)
      : record(
          'authenticity',
          'fail',
          `the certificate chain of ${JSON.stringify(content.chain[0]!.subject)} does not contain a certificate of ${trusted.names.join(', ')}${trusted.problems.length ? ` (${trusted.problems.join('; ')})` : ''}: not signed by a trusted signer`
        )
  }
  if (stopped(authenticity)) return verdict(content)

  // Trusted identity (under the authenticity action).
  const leaf = content.chain[0]!
  let identity: CheckOutcome
  if (statement.trustedIdentities === '*')
    identity = record('trusted identity', 'pass', `any identity is trusted (*); the signer is ${JSON.stringify(leaf.subject)}`)
  else if (statement.trustedIdentities.length === 0)
    identity = record('trusted identity', 'fail', `trust policy statement ${JSON.stringify(statement.name)} has no x509.subject trusted identity`)
  else {
    let leafDn
    try {
      leafDn = subjectDn(leaf)
    } catch {
      leafDn = undefined
    }
    const match = leafDn ? statement.trustedIdentities.find((candidate) => dnMatches(candidate.dn, leafDn)) : undefined
    identity = match
      ? record('trusted identity', 'pass', `signer ${JSON.stringify(leaf.subject)} matches ${JSON.stringify(match.text)}`)
      : record(
          'trusted identity',
          'fail',
          `signer ${JSON.stringify(leaf.subject)} is not one of the trusted identities ${statement.trustedIdentities.map((candidate) => JSON.stringify(candidate.text)).join(', ')}`
        )
  }
  if (stopped(identity)) return verdict(content)

  // Expiry of the signature itself.
  const expiry = content.expiry
    ? input.now.getTime() >= content.expiry.getTime()
      ? record('expiry', 'fail', `the signature expired on ${content.expiry.toISOString()} (verification time ${input.now.toISOString()})`)
      : record('expiry', 'pass', `the signature expires on ${content.expiry.toISOString()}`)
    : record('expiry', 'pass', 'the signature has no expiry')
  if (stopped(expiry)) return verdict(content)

  // Authentic timestamp.
  const timestamp = await authenticTimestamp(input, statement, content, record)
  if (stopped(timestamp)) return verdict(content)

  // Revocation: not queried (offline); a chain without endpoints cannot be revoked.
  if (statement.actions.revocation === 'skip') record('revocation', 'skipped', 'revocation checking is skipped by the trust policy')
  else {
    const endpoints = [...content.chain].reverse().flatMap((cert) => revocationEndpoints(cert).map((endpoint) => `${cert.subject}: ${endpoint}`))
    if (endpoints.length === 0) record('revocation', 'pass', 'no certificate of the chain names an OCSP responder or CRL: not revocable')
    else record('revocation', 'unknown', `revocation not checked: chaingate does not query OCSP responders or CRLs (offline); ${endpoints.join(', ')}`)
  }
  return verdict(content)
}

async function authenticTimestamp(
  input: SignatureInput,
  statement: TrustPolicyStatement,
  content: EnvelopeContent,
  record: (check: 'authentic timestamp', status: CheckOutcome['status'], message: string) => CheckOutcome
): Promise<CheckOutcome> {
  const chain = content.chain
  if (content.signingScheme === 'notary.x509.signingAuthority') {
    const time = content.authenticSigningTime!
    const invalid = chain.find((cert) => !validAt(cert, time))
    return invalid
      ? record(
          'authentic timestamp',
          'fail',
          `certificate ${JSON.stringify(invalid.subject)} was not valid at the authentic signing time ${time.toISOString()}`
        )
      : record('authentic timestamp', 'pass', `every certificate was valid at the authentic signing time ${time.toISOString()}`)
  }
  const now = input.now
  const tsaStores = statement.trustStores.filter((store) => store.type === 'tsa')
  const expiredNow = chain.some((cert) => now.getTime() > cert.notAfter.getTime())
  const verifyToken = tsaStores.length > 0 && (statement.verifyTimestamp === 'always' || expiredNow)
  if (!verifyToken) {
    const invalid = chain.find((cert) => !validAt(cert, now))
    if (!invalid)
      return record(
        'authentic timestamp',
        'pass',
        `no timestamp verification (${tsaStores.length === 0 ? 'no tsa trust store in the policy' : 'verifyTimestamp afterCertExpiry and the chain is unexpired'}); every certificate is valid at ${now.toISOString()}`
      )
    const when =
      now.getTime() < invalid.notBefore.getTime() ? `is not valid before ${invalid.notBefore.toISOString()}` : `expired on ${invalid.notAfter.toISOString()}`
    return record(
      'authentic timestamp',
      'fail',
      `certificate ${JSON.stringify(invalid.subject)} ${when} (verification time ${now.toISOString()}) and there is no trusted timestamp to vouch for the signing time`
    )
  }
  if (!content.timestampToken)
    return record('authentic timestamp', 'fail', 'the policy requires a timestamp (tsa trust store) but the envelope has no timestamp countersignature')
  const roots = storeCerts(input.store, statement, 'tsa')
  if (roots.certs.length === 0) return record('authentic timestamp', 'fail', `no TSA root could be loaded: ${roots.problems.join('; ')}`)
  const result = await verifyTimestampToken(content.timestampToken, content.signature, roots.certs)
  if (!result.ok) return record('authentic timestamp', 'fail', result.message)
  for (const cert of chain) {
    if (result.earliest.getTime() < cert.notBefore.getTime() || result.latest.getTime() > cert.notAfter.getTime()) {
      return record(
        'authentic timestamp',
        'fail',
        `the time stamped (${result.genTime.toISOString()}) may lie outside the validity of certificate ${JSON.stringify(cert.subject)}`
      )
    }
  }
  if (result.revocationUnchecked.length > 0) {
    return record(
      'authentic timestamp',
      'unknown',
      `timestamp ${result.genTime.toISOString()} verifies, but the TSA chain's revocation was not checked: chaingate does not query OCSP responders or CRLs (offline); ${result.revocationUnchecked.join(', ')}`
    )
  }
  return record(
    'authentic timestamp',
    'pass',
    `timestamped ${result.genTime.toISOString()} by ${JSON.stringify(result.tsaChain[0]!.subject)}, within the signing certificates' validity`
  )
}
