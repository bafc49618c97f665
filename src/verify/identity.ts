/**
 * The signer identity policy, checked on the Fulcio certificate's extensions by exact comparison and
 * anchored globs. @sigstore/verify matches a SAN policy as an unanchored regular expression (a policy for
 * `...@refs/heads/main` accepts `...@refs/heads/main-evil`), so chaingate never hands it one: every
 * comparison here is whole-string.
 */
import { globLibrary } from '../policy/glob-library.js'
import { ConfigurationError } from '../model/errors.js'

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'
export const DEFAULT_SERVER_URL = 'https://github.com'

export const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14'
} as const

export interface WorkflowPolicy {
  /** Glob of the workflow path, `.github/workflows/release.yml` (in the signer repository) or `owner/repo/.github/...`. */
  path: string
  /** Glob of the workflow ref; a bare name means `refs/heads/<name>` or `refs/tags/<name>`. Absent: any ref. */
  ref?: string
}

export interface IdentityPolicy {
  issuer: string
  /** `owner/repo` the signing workflow ran in. */
  repository?: string
  workflow?: WorkflowPolicy
  /** `github-hosted` (default for GitHub's issuer), `self-hosted`, or `any`. */
  runnerEnvironment: 'github-hosted' | 'self-hosted' | 'any'
  serverUrl: string
}

/** What the certificate says about the signer. */
export interface SignerIdentity {
  subjectAlternativeName?: string
  issuer?: string
  buildSignerUri?: string
  runnerEnvironment?: string
  sourceRepositoryUri?: string
  sourceRepositoryRef?: string
  sourceRepositoryDigest?: string
}

/** `PATH@REF-GLOB` from the command line. */
export function parseWorkflowPolicy(text: string): WorkflowPolicy {
  const at = text.lastIndexOf('@')
  const path = (at >= 0 ? text.slice(0, at) : text).replace(/^\/+/, '')
  const ref = at >= 0 ? text.slice(at + 1) : undefined
  if (!path) throw new ConfigurationError(`--signer-workflow ${JSON.stringify(text)} needs a workflow path, e.g. .github/workflows/release.yml@main`)
  if (ref !== undefined && ref === '') throw new ConfigurationError(`--signer-workflow ${JSON.stringify(text)} has an empty ref after '@'`)
  if (path.split('/').includes('..')) throw new ConfigurationError(`--signer-workflow ${JSON.stringify(text)} must not contain '..'`)
  return ref === undefined ? { path } : { path, ref }
}

export function parseRepositoryPolicy(text: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/.test(text)) throw new ConfigurationError(`--signer-repo must be OWNER/REPO, got ${JSON.stringify(text)}`)
  return text
}

const GLOB_OPTIONS = { dot: true, nocomment: true, nonegate: true, noext: true } as const

/** Whole-string glob match (minimatch is anchored; `!` negation and extglobs are off). */
export function globMatches(pattern: string, value: string, nocase = false): boolean {
  return new (globLibrary().Minimatch)(pattern, { ...GLOB_OPTIONS, nocase }).match(value)
}

/** A ref policy: `refs/...` is matched as given; a bare `main` or `v*` as a branch or a tag. */
export function refMatches(policy: string, ref: string): boolean {
  if (policy.startsWith('refs/')) return globMatches(policy, ref)
  return globMatches(`refs/heads/${policy}`, ref) || globMatches(`refs/tags/${policy}`, ref)
}

/** Decodes an extension value: DER UTF8String/IA5String for the new Fulcio OIDs, raw bytes for legacy ones. */
export function extensionText(value: Buffer): string {
  if (value.length >= 2 && (value[0] === 0x0c || value[0] === 0x16 || value[0] === 0x13)) {
    let length = value[1]!
    let offset = 2
    if (length & 0x80) {
      const bytes = length & 0x7f
      length = 0
      for (let index = 0; index < bytes; index += 1) length = (length << 8) | value[2 + index]!
      offset = 2 + bytes
    }
    if (offset + length === value.length) return value.subarray(offset).toString('utf8')
  }
  return value.toString('utf8')
}

export function identityFromSigner(
  identity: { subjectAlternativeName?: string; extensions?: { issuer?: string }; oids?: { oid?: { id: number[] }; value: Buffer }[] } | undefined
): SignerIdentity {
  const byOid = new Map<string, string>()
  for (const pair of identity?.oids ?? []) if (pair.oid) byOid.set(pair.oid.id.join('.'), extensionText(Buffer.from(pair.value)))
  const result: SignerIdentity = {}
  if (identity?.subjectAlternativeName) result.subjectAlternativeName = identity.subjectAlternativeName
  const issuer = byOid.get(OID.issuer) ?? identity?.extensions?.issuer ?? byOid.get(OID.issuerV1)
  if (issuer) result.issuer = issuer
  const set = (key: keyof SignerIdentity, oid: string): void => {
    const value = byOid.get(oid)
    if (value !== undefined) result[key] = value
  }
  set('buildSignerUri', OID.buildSignerUri)
  set('runnerEnvironment', OID.runnerEnvironment)
  set('sourceRepositoryUri', OID.sourceRepositoryUri)
  set('sourceRepositoryRef', OID.sourceRepositoryRef)
  set('sourceRepositoryDigest', OID.sourceRepositoryDigest)
  return result
}

/** The reasons the signer does not satisfy the policy; empty when it does. */
export function identityProblems(signer: SignerIdentity, policy: IdentityPolicy): string[] {
  const problems: string[] = []
  const server = policy.serverUrl.replace(/\/+$/, '')
  if (signer.issuer !== policy.issuer) problems.push(`issuer is ${JSON.stringify(signer.issuer ?? '(none)')}, policy requires ${JSON.stringify(policy.issuer)}`)
  if (policy.repository) {
    const expected = `${server}/${policy.repository}`
    const actual = signer.sourceRepositoryUri
    if (!actual || actual.toLowerCase() !== expected.toLowerCase())
      problems.push(`signed in repository ${JSON.stringify(actual ?? '(unknown)')}, policy requires ${JSON.stringify(expected)}`)
  }
  if (policy.workflow) {
    // BuildSignerURI (the SAN for GitHub Actions) is <server>/<owner>/<repo>/<path>@<ref>.
    const signerUri = signer.buildSignerUri ?? signer.subjectAlternativeName ?? ''
    const at = signerUri.lastIndexOf('@')
    const prefix = `${server}/`
    if (!signerUri.startsWith(prefix) || at < 0) {
      problems.push(`signer ${JSON.stringify(signerUri || '(none)')} is not a workflow on ${server}`)
    } else {
      const full = signerUri.slice(prefix.length, at)
      const ref = signerUri.slice(at + 1)
      const segments = full.split('/')
      const repoOfWorkflow = segments.slice(0, 2).join('/')
      const pathInRepo = segments.slice(2).join('/')
      const pattern = policy.workflow.path
      const qualified = pattern.startsWith('.github/') ? undefined : pattern
      const pathOk = qualified
        ? globMatches(qualified, full, false)
        : globMatches(pattern, pathInRepo) && (!policy.repository || repoOfWorkflow.toLowerCase() === policy.repository.toLowerCase())
      if (!pathOk)
        problems.push(
          `signed by workflow ${JSON.stringify(full)}, policy requires ${JSON.stringify(qualified ?? (policy.repository ? `${policy.repository}/${pattern}` : pattern))}`
        )
      if (policy.workflow.ref !== undefined && !refMatches(policy.workflow.ref, ref))
        problems.push(`workflow ref is ${JSON.stringify(ref)}, policy requires ${JSON.stringify(policy.workflow.ref)}`)
    }
  }
  if (policy.runnerEnvironment !== 'any' && signer.runnerEnvironment !== policy.runnerEnvironment) {
    problems.push(
      `runner environment is ${JSON.stringify(signer.runnerEnvironment ?? '(not in the certificate)')}, policy requires ${JSON.stringify(policy.runnerEnvironment)}`
    )
  }
  return problems
}
