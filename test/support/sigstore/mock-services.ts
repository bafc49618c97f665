/**
 * Sigstore's official mock services (@sigstore/mock) behind one real HTTP server on 127.0.0.1, so the
 * production code path (make-fetch-happen, CIContextProvider) is exercised end to end, offline:
 *
 *   POST /api/v2/signingCert   mock Fulcio (SAN taken from the token's synthetic `x_san` claim)
 *   POST /api/v1/log/entries   mock Rekor v1, with dsse entries canonicalised the way real Rekor does
 *   POST /api/v1/timestamp     mock TSA
 *   GET  /_oidc/token          a fake GitHub Actions OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)
 *
 * Quirks handled (../shared/reference/sigstore.md §3): every service shares one fixed whole-second clock
 * 2 s in the future; the mock Rekor stores proposed dsse entries verbatim, so they are canonicalised first.
 * The trusted root is built from the services' keys.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'

export interface GitHubClaims {
  repository: string
  ref: string
  sha: string
  /** `.github/workflows/release.yml` */
  workflowPath: string
  /** The ref of the workflow file itself (defaults to `ref`). */
  workflowRef?: string
  runnerEnvironment?: string
  issuer?: string
  eventName?: string
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface MockSigstore {
  url: string
  fulcioURL: string
  rekorURL: string
  tsaURL: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL (the audience is appended by the client). */
  tokenRequestURL: string
  tokenRequestToken: string
  /** Claims the next tokens are issued with (change between signings). */
  claims: GitHubClaims
  trustedRoot: TrustedRoot
  trustedRootJSON(): string
  writeTrustedRoot(file: string): string
  /** An unsigned JWT for the claims (what the mock Fulcio accepts). */
  token(claims?: GitHubClaims): string
  /** Requests served, by path. */
  requests: Map<string, number>
  close(): Promise<void>
}

function unsignedJwt(payload: Record<string, unknown>): string {
  const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`
}

export function githubTokenClaims(claims: GitHubClaims, now = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  const workflowRef = claims.workflowRef ?? claims.ref
  const jobWorkflowRef = `${claims.repository}/${claims.workflowPath}@${workflowRef}`
  const [owner] = claims.repository.split('/')
  return {
    iss: claims.issuer ?? GITHUB_ISSUER,
    aud: 'sigstore',
    iat: now,
    exp: now + 600,
    sub: `repo:${claims.repository}:ref:${claims.ref}`,
    // Real Fulcio derives the SAN from job_workflow_ref; the mock copies one claim (see subjectClaim).
    x_san: `https://github.com/${jobWorkflowRef}`,
    repository: claims.repository,
    repository_owner: owner,
    repository_id: '1001',
    repository_owner_id: '2002',
    ref: claims.ref,
    sha: claims.sha,
    event_name: claims.eventName ?? 'push',
    workflow_ref: jobWorkflowRef,
    job_workflow_ref: jobWorkflowRef,
    job_workflow_sha: claims.sha,
    runner_environment: claims.runnerEnvironment ?? 'github-hosted',
    run_id: '42',
    run_attempt: '1',
    repository_visibility: 'public'
  }
}

/** The DSSE Rekor entry the way real Rekor stores it (the mock would store the proposal verbatim). */
function canonicaliseDsse(body: string): string {
  const entry = JSON.parse(body) as { kind?: string; apiVersion?: string; spec?: { proposedContent?: { envelope: string; verifiers: string[] } } }
  if (entry.kind !== 'dsse' || !entry.spec?.proposedContent) return body
  const envelope = JSON.parse(entry.spec.proposedContent.envelope) as { payload: string; signatures: { sig: string }[] }
  const sha256 = (data: Buffer | string): string => crypto.createHash('sha256').update(data).digest('hex')
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(entry.spec.proposedContent.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((signature, index) => ({
        signature: signature.sig,
        verifier: canonicalPem(entry.spec!.proposedContent!.verifiers[index] ?? entry.spec!.proposedContent!.verifiers[0]!)
      }))
    }
  })
}

/** Rekor stores a verifier re-encoded canonically: base64 of the PEM with 64-character lines and a final newline. */
function canonicalPem(base64Pem: string): string {
  const pem = Buffer.from(base64Pem, 'base64').toString('utf8')
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(pem)
  if (!match) return base64Pem
  const body = match[2]!
    .replace(/\s+/g, '')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')
  return Buffer.from(`-----BEGIN ${match[1]}-----\n${body}\n-----END ${match[1]}-----\n`).toString('base64')
}

function keyPair(): { publicKey: crypto.KeyObject; privateKey: crypto.KeyObject } {
  return crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
}

export async function startMockSigstore(initialClaims?: Partial<GitHubClaims>): Promise<MockSigstore> {
  // A whole-second clock 2 s ahead: the mock TSA drops trailing zeros of fractional seconds (which
  // @sigstore/core rejects), and the mock roots ignore the clock (notBefore must not pass it).
  const clock = new Date((Math.floor(Date.now() / 1000) + 2) * 1000)
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const ctKeys = keyPair()
  const caKeys = keyPair()
  const tlogKeys = keyPair()
  const tsaKeys = keyPair()
  const ctlog = await initializeCTLog(ctKeys, clock)
  const ca = await initializeCA(caKeys, ctlog, clock)
  const tlog = await initializeTLog(url, tlogKeys, clock)
  const tsa = await initializeTSA(tsaKeys, clock)
  const fulcio = fulcioHandler(ca, { strict: true, subjectClaim: 'x_san' })
  const rekor = rekorHandler(tlog)
  const timestamp = tsaHandler(tsa)
  const tokenRequestToken = crypto.randomBytes(16).toString('hex')

  const service: MockSigstore = {
    url,
    fulcioURL: url,
    rekorURL: url,
    tsaURL: url,
    tokenRequestURL: `${url}/_oidc/token?api-version=2.0`,
    tokenRequestToken,
    claims: {
      repository: 'octo-org/app',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
      workflowPath: '.github/workflows/release.yml',
      ...initialClaims
    },
    trustedRoot: buildTrustedRoot({
      url,
      caRoot: Buffer.from(ca.rootCertificate.buffer),
      ctlogKey: ctlog.publicKey,
      tlogKey: tlog.publicKey,
      tsaChain: [Buffer.from(tsa.intCertificate.buffer), Buffer.from(tsa.rootCertificate.buffer)]
    }),
    trustedRootJSON: () => `${JSON.stringify(TrustedRoot.toJSON(service.trustedRoot), null, 2)}\n`,
    writeTrustedRoot: (file) => {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, service.trustedRootJSON())
      return file
    },
    token: (claims) => unsignedJwt(githubTokenClaims(claims ?? service.claims)),
    requests: new Map(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }

  const routes = new Map<string, HandlerFn>([
    [fulcio.path, fulcio.fn],
    [rekor.path, (body) => rekor.fn(canonicaliseDsse(body))],
    [timestamp.path, timestamp.fn]
  ])

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const route = new URL(request.url ?? '/', url)
      service.requests.set(route.pathname, (service.requests.get(route.pathname) ?? 0) + 1)
      if (route.pathname === '/_oidc/token' && request.method === 'GET') {
        if (request.headers.authorization !== `Bearer ${tokenRequestToken}`) {
          response.writeHead(401).end('bad request token')
          return
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: service.token(), count: 1 }))
        return
      }
      const handler = request.method === 'POST' ? routes.get(route.pathname) : undefined
      if (!handler) {
        response.writeHead(404).end('not found')
        return
      }
      let body = Buffer.concat(chunks).toString('utf8')
      // Real Fulcio also takes the token as a bearer header (cosign / sigstore-go send it so); the mock
      // reads it from the body only.
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')
      if (route.pathname === fulcio.path && bearer) {
        const parsed = JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }
        if (!parsed.credentials?.oidcIdentityToken) body = JSON.stringify({ ...parsed, credentials: { oidcIdentityToken: bearer[1] } })
      }
      handler(body).then(
        (result) => {
          const headers: Record<string, string> = {}
          if (result.contentType) headers['content-type'] = result.contentType
          const payload =
            typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength)
          // Real Fulcio answers a certificate request with 200 (sigstore-go, cosign's client, requires it);
          // the mock says 201.
          const status = route.pathname === fulcio.path && result.statusCode === 201 ? 200 : result.statusCode
          // Real Rekor names the new entry in ETag and Location; sigstore-go reads the entry by its ETag.
          if (route.pathname === rekor.path && result.statusCode === 201 && typeof result.response === 'string') {
            const uuid = Object.keys(JSON.parse(result.response) as object)[0]
            if (uuid) Object.assign(headers, { etag: uuid, location: `${url}${rekor.path}/${uuid}` })
          }
          response.writeHead(status, headers).end(payload)
        },
        (error: unknown) => response.writeHead(500).end(String(error))
      )
    })
  })
  return service
}

function buildTrustedRoot(parts: { url: string; caRoot: Buffer; ctlogKey: Buffer; tlogKey: Buffer; tsaChain: Buffer[] }): TrustedRoot {
  const validFor = { start: new Date(0), end: undefined }
  const logInstance = (key: Buffer): TrustedRoot['tlogs'][number] => ({
    baseUrl: parts.url,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: key, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor },
    logId: { keyId: crypto.createHash('sha256').update(key).digest() },
    checkpointKeyId: undefined,
    operator: ''
  })
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [logInstance(parts.tlogKey)],
    ctlogs: [logInstance(parts.ctlogKey)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'fulcio' },
        uri: parts.url,
        certChain: { certificates: [{ rawBytes: parts.caRoot }] },
        validFor,
        operator: ''
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: parts.url,
        certChain: { certificates: parts.tsaChain.map((rawBytes) => ({ rawBytes })) },
        validFor,
        operator: ''
      }
    ]
  }
}
