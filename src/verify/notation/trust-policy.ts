/**
 * Notation trust policy, version 1.0, in Notation's own format (`trustpolicy.json` /
 * `trustpolicy.oci.json`): statements with registry scopes, a verification level (strict, permissive,
 * audit, skip, with overrides), trust stores and trusted identities. Validation follows the rules of the
 * Notary Project specification (and notation-go's reading of them): unique names, fully qualified scopes
 * or one lone `*`, a scope in one statement only, `skip` without stores or identities, other levels with
 * both, identities `*` alone or `x509.subject:<RFC 4514 DN>` with C, ST (or S) and O, no duplicate or
 * multi-valued attributes, no overlapping DNs. Every problem is a ConfigurationError naming the file.
 */
import { Name } from './x509.js'
import { ConfigurationError, errorMessage } from '../../model/errors.js'

export const CHECKS = ['integrity', 'authenticity', 'authenticTimestamp', 'expiry', 'revocation'] as const
export type CheckType = (typeof CHECKS)[number]
export type Action = 'enforce' | 'log' | 'skip'
export type StoreType = 'ca' | 'signingAuthority' | 'tsa'

export const LEVELS: Record<string, Record<CheckType, Action>> = {
  strict: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'enforce', expiry: 'enforce', revocation: 'enforce' },
  permissive: { integrity: 'enforce', authenticity: 'enforce', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
  audit: { integrity: 'enforce', authenticity: 'log', authenticTimestamp: 'log', expiry: 'log', revocation: 'log' },
  skip: { integrity: 'skip', authenticity: 'skip', authenticTimestamp: 'skip', expiry: 'skip', revocation: 'skip' }
}

/** A distinguished name as attribute → value (`S` read as `ST`). */
export type DistinguishedName = Map<string, string>

export interface TrustPolicyStatement {
  name: string
  registryScopes: string[]
  /** `strict`, `permissive`, `audit`, `skip`, or `custom` when overridden. */
  level: string
  baseLevel: string
  actions: Record<CheckType, Action>
  verifyTimestamp: 'always' | 'afterCertExpiry'
  trustStores: { type: StoreType; name: string }[]
  /** `*`, or the x509.subject DNs; identities with other prefixes never match (as in notation-go). */
  trustedIdentities: '*' | { text: string; dn: DistinguishedName }[]
}

export interface TrustPolicyDocument {
  source: string
  statements: TrustPolicyStatement[]
}

const STORE_TYPES: StoreType[] = ['ca', 'signingAuthority', 'tsa']
const STORE_NAME = /^[a-zA-Z0-9_.-]+$/
// Domain and repository grammar of the distribution reference (as notation-go checks scopes).
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-*)[a-z0-9]+)*)*$/

export function scopeProblem(scope: string): string | null {
  if (scope.length > 1 && scope.includes('*'))
    return `registry scope ${JSON.stringify(scope)} has a wildcard: scopes are fully qualified repositories (host/path) or a lone "*"`
  const slash = scope.indexOf('/')
  if (slash < 0) return `registry scope ${JSON.stringify(scope)} is not a fully qualified repository (host[:port]/path, no tag)`
  const domain = scope.slice(0, slash)
  const repository = scope.slice(slash + 1)
  if (!DOMAIN.test(domain) || !REPOSITORY.test(repository))
    return `registry scope ${JSON.stringify(scope)} is not a fully qualified repository (host[:port]/path, no scheme, no tag)`
  return null
}

/** Parses a DN string (RFC 4514) the way Notation requires it for trusted identities. */
export function parseTrustedDn(text: string): DistinguishedName {
  let name: Name
  try {
    // Notation accepts S for ST; the X.509 library knows ST only.
    name = new Name(text.replace(/(^|[^\\],\s*)S=/g, '$1ST='))
  } catch (error) {
    throw new Error(`${JSON.stringify(text)} is not a distinguished name (RFC 4514): ${errorMessage(error)}`, { cause: error })
  }
  const dn = dnFromJson(name.toJSON(), text)
  for (const field of ['C', 'ST', 'O']) {
    if (!dn.has(field))
      throw new Error(
        `distinguished name ${JSON.stringify(text)} has no ${field === 'ST' ? "'ST' (or 'S')" : `'${field}'`} attribute: Notation requires C, ST (or S) and O at least`
      )
  }
  return dn
}

/** Attribute → value of a Name's JSON form; duplicate or multi-valued attributes are refused. */
export function dnFromJson(json: Record<string, string[]>[], shown: string): DistinguishedName {
  const dn: DistinguishedName = new Map()
  for (const rdn of json) {
    const entries = Object.entries(rdn)
    if (entries.length !== 1 || entries[0]![1].length !== 1)
      throw new Error(`distinguished name ${JSON.stringify(shown)} has a multi-valued attribute, which Notation does not support`)
    const [rawType, [value]] = entries[0]! as [string, string[]]
    const type = rawType === 'S' ? 'ST' : rawType
    if (dn.has(type)) throw new Error(`distinguished name ${JSON.stringify(shown)} has ${type} twice`)
    dn.set(type, value!)
  }
  return dn
}

/** Every attribute of `trusted` present with the same value in `subject`. */
export function dnMatches(trusted: DistinguishedName, subject: DistinguishedName): boolean {
  for (const [type, value] of trusted) if (subject.get(type) !== value) return false
  return true
}

function levelOf(name: string, verification: Record<string, unknown>, fail: (message: string) => never): { level: string; actions: Record<CheckType, Action> } {
  const levelName = verification.level
  if (typeof levelName !== 'string' || levelName === '') fail('has no signatureVerification.level (strict, permissive, audit or skip)')
  const base = LEVELS[levelName]
  if (!base) fail(`has signatureVerification.level ${JSON.stringify(levelName)}: use strict, permissive, audit or skip`)
  const override = verification.override
  if (override === undefined || (typeof override === 'object' && override !== null && Object.keys(override).length === 0))
    return { level: levelName, actions: { ...base } }
  if (typeof override !== 'object' || override === null || Array.isArray(override)) fail('has a signatureVerification.override that is not an object')
  if (levelName === 'skip') fail('overrides level "skip", which cannot be customised')
  const actions = { ...base }
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    if (!(CHECKS as readonly string[]).includes(key)) fail(`overrides ${JSON.stringify(key)}, which is not one of ${CHECKS.join(', ')}`)
    if (value !== 'enforce' && value !== 'log' && value !== 'skip') fail(`overrides ${key} with ${JSON.stringify(value)}: use enforce, log or skip`)
    if (key === 'integrity') fail('overrides integrity, which cannot be overridden')
    if (key !== 'revocation' && value === 'skip') fail(`skips ${key}: only revocation can be skipped`)
    actions[key as CheckType] = value
  }
  void name
  return { level: 'custom', actions }
}

export function parseTrustPolicy(value: unknown, source: string): TrustPolicyDocument {
  const fail = (message: string): never => {
    throw new ConfigurationError(`Notation trust policy: ${message}`, { file: source })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a JSON object with version and trustPolicies')
  const document = value as Record<string, unknown>
  if (document.version !== '1.0') fail(`version is ${JSON.stringify(document.version)}; chaingate reads trust policy version "1.0"`)
  if (!Array.isArray(document.trustPolicies) || document.trustPolicies.length === 0) fail('trustPolicies must be a non-empty array of statements')
  const names = new Set<string>()
  const scopeOwner = new Map<string, string>()
  const statements: TrustPolicyStatement[] = []
  for (const [index, entry] of (document.trustPolicies as unknown[]).entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(`trustPolicies[${index}] is not an object`)
    const raw = entry as Record<string, unknown>
    const name = raw.name
    if (typeof name !== 'string' || name === '') fail(`trustPolicies[${index}] has no name; every statement needs one`)
    const statementFail = (message: string): never => fail(`statement ${JSON.stringify(name)} ${message}`)
    if (names.has(name as string)) fail(`two statements are named ${JSON.stringify(name)}; names must be unique`)
    names.add(name as string)
    const verification = raw.signatureVerification
    if (typeof verification !== 'object' || verification === null || Array.isArray(verification)) statementFail('has no signatureVerification object')
    const { level, actions } = levelOf(name as string, verification as Record<string, unknown>, statementFail)
    const verifyTimestamp = (verification as Record<string, unknown>).verifyTimestamp ?? 'always'
    if (verifyTimestamp !== 'always' && verifyTimestamp !== 'afterCertExpiry')
      statementFail(`has verifyTimestamp ${JSON.stringify(verifyTimestamp)}: use "always" or "afterCertExpiry"`)
    const stringList = (key: string): string[] => {
      const list = raw[key] ?? []
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) statementFail(`has ${key} that is not a list of strings`)
      return list as string[]
    }
    const scopes = stringList('registryScopes')
    if (scopes.length === 0) statementFail('has no registryScopes')
    if (scopes.length > 1 && scopes.includes('*')) statementFail('uses the wildcard scope "*" with other scopes; "*" must stand alone')
    for (const scope of scopes) {
      if (scope !== '*') {
        const problem = scopeProblem(scope)
        if (problem) statementFail(`has ${problem}`)
      }
      const owner = scopeOwner.get(scope)
      if (owner !== undefined)
        fail(
          `registry scope ${JSON.stringify(scope)} is in statements ${JSON.stringify(owner)} and ${JSON.stringify(name)}; a scope may be in one statement only`
        )
      scopeOwner.set(scope, name as string)
    }
    const storeTexts = stringList('trustStores')
    const identityTexts = stringList('trustedIdentities')
    const trustStores: TrustPolicyStatement['trustStores'] = []
    let trustedIdentities: TrustPolicyStatement['trustedIdentities'] = []
    if (LEVELS[level] === LEVELS.skip) {
      if (storeTexts.length > 0 || identityTexts.length > 0) statementFail('skips verification but names trust stores or trusted identities; remove them')
    } else {
      if (storeTexts.length === 0 || identityTexts.length === 0) statementFail('needs both trustStores and trustedIdentities')
      for (const text of storeTexts) {
        const colon = text.indexOf(':')
        const type = text.slice(0, colon)
        const storeName = text.slice(colon + 1)
        if (colon < 0) statementFail(`has trust store ${JSON.stringify(text)}; the format is <type>:<name>, type ca, signingAuthority or tsa`)
        if (!(STORE_TYPES as string[]).includes(type))
          statementFail(`has trust store ${JSON.stringify(text)} of unknown type ${JSON.stringify(type)} (ca, signingAuthority or tsa)`)
        if (!STORE_NAME.test(storeName)) statementFail(`has trust store ${JSON.stringify(text)}; names are [a-zA-Z0-9_.-]+`)
        trustStores.push({ type: type as StoreType, name: storeName })
      }
      if (identityTexts.includes('*')) {
        if (identityTexts.length > 1) statementFail('uses the wildcard identity "*" with other identities; "*" must stand alone')
        trustedIdentities = '*'
      } else {
        const parsed: { text: string; dn: DistinguishedName }[] = []
        for (const text of identityTexts) {
          const colon = text.indexOf(':')
          if (text === '') statementFail('has an empty trusted identity')
          if (colon < 0) statementFail(`has trusted identity ${JSON.stringify(text)} without a prefix (x509.subject:<DN>)`)
          if (text.slice(0, colon) !== 'x509.subject') continue
          const dnText = text.slice(colon + 1)
          if (dnText === '') statementFail(`has trusted identity ${JSON.stringify(text)} without a DN`)
          try {
            parsed.push({ text, dn: parseTrustedDn(dnText) })
          } catch (error) {
            statementFail(`has trusted identity ${JSON.stringify(text)}: ${errorMessage(error)}`)
          }
        }
        for (const [i, a] of parsed.entries()) {
          for (const [j, b] of parsed.entries())
            if (i !== j && dnMatches(a.dn, b.dn)) statementFail(`has overlapping trusted identities ${JSON.stringify(a.text)} and ${JSON.stringify(b.text)}`)
        }
        trustedIdentities = parsed
      }
    }
    statements.push({
      name: name as string,
      registryScopes: scopes,
      level,
      baseLevel: (verification as Record<string, unknown>).level as string,
      actions,
      verifyTimestamp: verifyTimestamp as 'always' | 'afterCertExpiry',
      trustStores,
      trustedIdentities
    })
  }
  return { source, statements }
}

/** The statement for a repository (`host/path`): an exact scope first, else the `*` statement. */
export function selectStatement(document: TrustPolicyDocument, repository: string): TrustPolicyStatement | undefined {
  return (
    document.statements.find((statement) => statement.registryScopes.includes(repository)) ??
    document.statements.find((statement) => statement.registryScopes.includes('*'))
  )
}
