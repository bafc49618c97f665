/**
 * The Notation procedure, check by check, on JWS and COSE envelopes made by the test signer
 * (test/support/notation/signer.ts): each check passes on a good signature and fails (or is undecided)
 * on one broken in that respect, and the level decides whether the failure is enforced or logged.
 * Envelopes made by notation-go itself are verified in __interop__/notation.test.ts.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseTrustPolicy, type TrustPolicyDocument } from '../../src/verify/notation/trust-policy.js'
import { directoryTrustStore, inlineTrustStore } from '../../src/verify/notation/trust-store.js'
import { verifySignature, type SignatureVerdict } from '../../src/verify/notation/verify.js'
import { addTimestamp, timestampToken } from '../../test/support/notation/tsa.js'
import { makeCert, signCose, signJws, TEST_SUBJECT, trustPolicy, writeTrustStore, type SignOptions, type TestCert } from '../../test/support/notation/signer.js'

const REPOSITORY = 'registry.example/team/app'
const DIGEST = `sha256:${'ab'.repeat(32)}`
const DESCRIPTOR = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 1234 }
const TRUSTED = `x509.subject:${TEST_SUBJECT('chaingate.test')}`

let dir: string
let leaf: TestCert
let other: TestCert
let root: TestCert
let chainLeaf: TestCert
let expired: TestCert
let revocable: TestCert
let tsaRoot: TestCert
let tsaLeaf: TestCert
let tsaRevocable: TestCert
let otherTsaRoot: TestCert

beforeAll(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-notation-')))
  leaf = await makeCert()
  other = await makeCert({ subject: TEST_SUBJECT('someone-else') })
  root = await makeCert({ subject: 'C=US, ST=WA, O=Notary, CN=Test Root', ca: true, pathLength: 1, kind: 'p256' })
  chainLeaf = await makeCert({ issuer: root, subject: TEST_SUBJECT('chained'), kind: 'p256' })
  expired = await makeCert({
    subject: TEST_SUBJECT('chaingate.test'),
    notBefore: new Date(Date.now() - 3 * 86400_000),
    notAfter: new Date(Date.now() - 86400_000)
  })
  revocable = await makeCert({ subject: TEST_SUBJECT('chaingate.test'), ocsp: 'http://ocsp.example/', crl: 'http://crl.example/ca.crl' })
  const longAgo = new Date(Date.now() - 10 * 86400_000)
  tsaRoot = await makeCert({ subject: 'C=US, ST=WA, O=Test TSA, CN=TSA Root', ca: true, notBefore: longAgo })
  otherTsaRoot = await makeCert({ subject: 'C=US, ST=WA, O=Other TSA, CN=TSA Root', ca: true, notBefore: longAgo })
  tsaLeaf = await makeCert({ subject: 'C=US, ST=WA, O=Test TSA, CN=TSA', issuer: tsaRoot, eku: ['1.3.6.1.5.5.7.3.8'], ekuCritical: true, notBefore: longAgo })
  tsaRevocable = await makeCert({
    subject: 'C=US, ST=WA, O=Test TSA, CN=TSA with OCSP',
    issuer: tsaRoot,
    eku: ['1.3.6.1.5.5.7.3.8'],
    ekuCritical: true,
    notBefore: longAgo,
    ocsp: 'http://ocsp.tsa.example/'
  })
  const store = path.join(dir, 'truststore')
  writeTrustStore(store, 'ca', 'test', [leaf, expired, revocable])
  writeTrustStore(store, 'ca', 'root', [root])
  writeTrustStore(store, 'signingAuthority', 'sa', [leaf])
  writeTrustStore(store, 'tsa', 'timestamps', [tsaRoot])
  writeTrustStore(store, 'tsa', 'other', [otherTsaRoot])
}, 60_000)

function policy(level: string, extra: Record<string, unknown> = {}, stores = ['ca:test', 'ca:root']): TrustPolicyDocument {
  return parseTrustPolicy(
    trustPolicy([
      {
        name: 'p',
        registryScopes: [REPOSITORY],
        signatureVerification: { level, ...extra },
        trustStores: stores,
        trustedIdentities: [TRUSTED, `x509.subject:${TEST_SUBJECT('chained')}`]
      }
    ]),
    'trustpolicy.json'
  )
}

const sign = { jws: signJws, cose: signCose }

function outcome(verdict: SignatureVerdict, check: string): { status: string; action: string; message: string } | undefined {
  return verdict.outcomes.find((entry) => entry.check === check)
}

describe.each(['jws', 'cose'] as const)('Notation %s envelopes', (type) => {
  const run = async (
    options: Partial<SignOptions> & { envelope?: Buffer },
    level = 'strict',
    extra: Record<string, unknown> = {},
    descriptor = DESCRIPTOR,
    stores?: string[]
  ): Promise<SignatureVerdict> => {
    const envelope = options.envelope ?? (await sign[type](descriptor, { chain: [leaf], ...options }))
    return verifySignature({
      envelope,
      type,
      repository: REPOSITORY,
      artifact: { digest: DIGEST, mediaType: DESCRIPTOR.mediaType, size: DESCRIPTOR.size },
      policy: policy(level, extra, stores),
      store: directoryTrustStore(path.join(dir, 'truststore')),
      now: new Date()
    })
  }

  it('verifies a good signature: every check passes', async () => {
    const verdict = await run({ expiry: new Date(Date.now() + 3600_000) })
    expect(verdict.outcomes.filter((entry) => entry.status !== 'pass')).toEqual([])
    expect(verdict.verified).toBe(true)
    expect(verdict.outcomes.map((entry) => [entry.check, entry.status])).toEqual([
      ['integrity', 'pass'],
      ['authenticity', 'pass'],
      ['trusted identity', 'pass'],
      ['expiry', 'pass'],
      ['authentic timestamp', 'pass'],
      ['revocation', 'pass']
    ])
    expect(outcome(verdict, 'revocation')?.message).toMatch(/not revocable/)
  })

  it('verifies a CA chain (EC P-256 leaf under a root of the trust store)', async () => {
    const verdict = await run({ chain: [chainLeaf, root] })
    expect(verdict.verified).toBe(true)
    expect(outcome(verdict, 'authenticity')?.message).toMatch(/Test Root/)
  })

  describe('integrity (always enforced)', () => {
    it('fails a tampered payload', async () => {
      const good = await sign[type](DESCRIPTOR, { chain: [leaf] })
      let envelope: Buffer
      if (type === 'jws') {
        const jws = JSON.parse(good.toString()) as { payload: string }
        jws.payload = Buffer.from(JSON.stringify({ targetArtifact: { ...DESCRIPTOR, size: 999 } })).toString('base64url')
        envelope = Buffer.from(JSON.stringify(jws))
      } else {
        envelope = Buffer.from(good)
        const at = envelope.indexOf(Buffer.from('"size":1234'))
        envelope.write('"size":1235', at)
      }
      const verdict = await run({ envelope }, 'audit')
      expect(verdict.verified).toBe(false)
      expect(outcome(verdict, 'integrity')).toMatchObject({ status: 'fail', action: 'enforce', message: expect.stringMatching(/signature does not verify/) })
    })

    it('fails a signature over another digest (swapped or tampered manifest)', async () => {
      const verdict = await run({}, 'audit', {}, { ...DESCRIPTOR, digest: `sha256:${'cd'.repeat(32)}` })
      expect(outcome(verdict, 'integrity')).toMatchObject({ status: 'fail', message: expect.stringMatching(/signs another artifact/) })
    })

    it('fails an algorithm the key does not imply', async () => {
      const verdict = await run({ alg: 'PS384' })
      expect(outcome(verdict, 'integrity')?.message).toMatch(/PS384.*implies \(PS256\)/)
    })

    it('fails an unknown critical header', async () => {
      const verdict = await run({ extraCrit: ['io.example.mustUnderstand'], extraProtected: { 'io.example.mustUnderstand': 'x' } })
      expect(outcome(verdict, 'integrity')?.message).toMatch(/unknown critical header "io.example.mustUnderstand"/)
    })

    it('fails another content type', async () => {
      const verdict = await run({ contentType: 'application/json' })
      expect(outcome(verdict, 'integrity')?.message).toMatch(/content type/)
    })

    it('fails a signing certificate breaking the certificate rules (keyUsage not critical)', async () => {
      const loose = await makeCert({ keyUsageCritical: false })
      const verdict = await run({ chain: [loose] })
      expect(outcome(verdict, 'integrity')?.message).toMatch(/keyUsage not marked critical/)
    })

    it('fails a TLS server certificate (serverAuth EKU)', async () => {
      const tls = await makeCert({ eku: ['1.3.6.1.5.5.7.3.1'] })
      const verdict = await run({ chain: [tls] })
      expect(outcome(verdict, 'integrity')?.message).toMatch(/extended key usage 1\.3\.6\.1\.5\.5\.7\.3\.1/)
    })

    it('fails a signature by another key than the certificate', async () => {
      const verdict = await run({ signWith: other.key.privateKey })
      expect(outcome(verdict, 'integrity')?.status).toBe('fail')
    })
  })

  it('fails closed on a signature that needs a verification plugin', async () => {
    const verdict = await run({
      extraCrit: ['io.cncf.notary.verificationPlugin'],
      extraProtected: { 'io.cncf.notary.verificationPlugin': 'com.example.plugin' }
    })
    expect(verdict.verified).toBe(false)
    expect(outcome(verdict, 'plugin')).toMatchObject({ status: 'fail', message: expect.stringMatching(/does not run Notation plugins.*failed closed/) })
  })

  describe('authenticity', () => {
    it('fails a signer whose certificate is not in the trust store (enforced under permissive)', async () => {
      const verdict = await run({ chain: [other] }, 'permissive')
      expect(verdict.verified).toBe(false)
      expect(outcome(verdict, 'authenticity')).toMatchObject({
        status: 'fail',
        action: 'enforce',
        message: expect.stringMatching(/not signed by a trusted signer/)
      })
    })

    it('only logs it under audit', async () => {
      const verdict = await run({ chain: [other] }, 'audit')
      expect(verdict.verified).toBe(true)
      expect(outcome(verdict, 'authenticity')).toMatchObject({ status: 'fail', action: 'log' })
    })

    it('fails when the named store does not exist', async () => {
      const verdict = await run({}, 'strict', {}, DESCRIPTOR, ['ca:missing'])
      expect(outcome(verdict, 'authenticity')?.message).toMatch(/ca:missing does not exist/)
    })

    it('needs a signingAuthority store for the signingAuthority scheme', async () => {
      const verdict = await run({ scheme: 'notary.x509.signingAuthority' })
      expect(outcome(verdict, 'authenticity')?.message).toMatch(/no signingAuthority trust store/)
      const ok = await run({ scheme: 'notary.x509.signingAuthority' }, 'strict', {}, DESCRIPTOR, ['signingAuthority:sa'])
      expect(ok.verified).toBe(true)
      expect(outcome(ok, 'authentic timestamp')?.message).toMatch(/authentic signing time/)
    })
  })

  describe('trusted identity', () => {
    it('fails a trusted certificate whose subject is not a trusted identity', async () => {
      const wrong = await makeCert({ subject: TEST_SUBJECT('wrong-identity') })
      const store = inlineTrustStore({ 'ca:test': wrong.pem })
      const envelope = await sign[type](DESCRIPTOR, { chain: [wrong] })
      const strict = await verifySignature({
        envelope,
        type,
        repository: REPOSITORY,
        artifact: { digest: DIGEST },
        policy: policy('strict', {}, ['ca:test']),
        store,
        now: new Date()
      })
      expect(strict.verified).toBe(false)
      expect(outcome(strict, 'authenticity')?.status).toBe('pass')
      expect(outcome(strict, 'trusted identity')).toMatchObject({
        status: 'fail',
        action: 'enforce',
        message: expect.stringMatching(/CN=wrong-identity.*is not one of the trusted identities/)
      })
      const audit = await verifySignature({
        envelope,
        type,
        repository: REPOSITORY,
        artifact: { digest: DIGEST },
        policy: policy('audit', {}, ['ca:test']),
        store,
        now: new Date()
      })
      expect(audit.verified).toBe(true)
      expect(outcome(audit, 'trusted identity')).toMatchObject({ status: 'fail', action: 'log' })
    })
  })

  describe('expiry', () => {
    it('fails an expired signature under strict, logs it under permissive', async () => {
      const options = { signingTime: new Date(Date.now() - 7200_000), expiry: new Date(Date.now() - 3600_000) }
      const strict = await run(options, 'strict')
      expect(strict.verified).toBe(false)
      expect(outcome(strict, 'expiry')).toMatchObject({ status: 'fail', action: 'enforce', message: expect.stringMatching(/expired on/) })
      const permissive = await run(options, 'permissive')
      expect(permissive.verified).toBe(true)
      expect(outcome(permissive, 'expiry')).toMatchObject({ status: 'fail', action: 'log' })
    })
  })

  describe('authentic timestamp', () => {
    it('fails an expired certificate without a trusted timestamp (strict), logs it (permissive)', async () => {
      const strict = await run({ chain: [expired] }, 'strict')
      expect(strict.verified).toBe(false)
      expect(outcome(strict, 'authentic timestamp')).toMatchObject({
        status: 'fail',
        action: 'enforce',
        message: expect.stringMatching(/expired on .*no trusted timestamp/)
      })
      const permissive = await run({ chain: [expired] }, 'permissive')
      expect(permissive.verified).toBe(true)
      expect(outcome(permissive, 'authentic timestamp')).toMatchObject({ status: 'fail', action: 'log' })
    })

    it('fails when the policy has a tsa store and the envelope no timestamp', async () => {
      const tsaRoot = await makeCert({ subject: 'C=US, ST=WA, O=TSA, CN=TSA Root', ca: true })
      writeTrustStore(path.join(dir, 'truststore'), 'tsa', 'tsa', [tsaRoot])
      const verdict = await run({}, 'strict', {}, DESCRIPTOR, ['ca:test', 'tsa:tsa'])
      expect(outcome(verdict, 'authentic timestamp')).toMatchObject({ status: 'fail', message: expect.stringMatching(/no timestamp countersignature/) })
      // afterCertExpiry: an unexpired chain needs no timestamp.
      const later = await run({}, 'strict', { verifyTimestamp: 'afterCertExpiry' }, DESCRIPTOR, ['ca:test', 'tsa:tsa'])
      expect(later.verified).toBe(true)
    })
  })

  describe('RFC 3161 timestamp countersignatures', () => {
    // The expired certificate was valid two days ago: a trusted timestamp from then vouches for it.
    const stamped = async (tsa: TestCert, options: { imprint?: Buffer } = {}): Promise<Buffer> =>
      addTimestamp(await sign[type](DESCRIPTOR, { chain: [expired] }), type, (signature) =>
        timestampToken(signature, { leaf: tsa, chain: [tsa, tsaRoot] }, { genTime: new Date(Date.now() - 2 * 86400_000), ...options })
      )

    it('passes an expired certificate vouched for by a trusted timestamp from its validity period', async () => {
      const verdict = await run({ envelope: await stamped(tsaLeaf) }, 'strict', {}, DESCRIPTOR, ['ca:test', 'tsa:timestamps'])
      expect(outcome(verdict, 'authentic timestamp')).toMatchObject({
        status: 'pass',
        message: expect.stringMatching(/timestamped .* by "C=US, ST=WA, O=Test TSA, CN=TSA"/)
      })
      expect(verdict.verified).toBe(true)
    })

    it('fails a timestamp over something else, and one from an untrusted TSA', async () => {
      const wrongImprint = await run({ envelope: await stamped(tsaLeaf, { imprint: Buffer.alloc(32, 7) }) }, 'strict', {}, DESCRIPTOR, [
        'ca:test',
        'tsa:timestamps'
      ])
      expect(outcome(wrongImprint, 'authentic timestamp')).toMatchObject({ status: 'fail', message: expect.stringMatching(/timestamps something else/) })
      const untrusted = await run({ envelope: await stamped(tsaLeaf) }, 'strict', {}, DESCRIPTOR, ['ca:test', 'tsa:other'])
      expect(outcome(untrusted, 'authentic timestamp')).toMatchObject({
        status: 'fail',
        message: expect.stringMatching(/does not chain to a root of the policy's tsa trust stores/)
      })
    })

    it("is unknown (not pass) when the TSA chain's revocation cannot be checked offline", async () => {
      const verdict = await run({ envelope: await stamped(tsaRevocable) }, 'strict', {}, DESCRIPTOR, ['ca:test', 'tsa:timestamps'])
      expect(outcome(verdict, 'authentic timestamp')).toMatchObject({
        status: 'unknown',
        action: 'enforce',
        message: expect.stringMatching(/TSA chain's revocation was not checked.*OCSP http:\/\/ocsp\.tsa\.example\//)
      })
      expect(verdict.verified).toBe(false)
      expect(verdict.undecided).toBe(true)
    })
  })

  describe('revocation', () => {
    it('is unknown (never pass) when the chain names OCSP/CRL endpoints: enforced under strict', async () => {
      const strict = await run({ chain: [revocable] }, 'strict')
      expect(strict.verified).toBe(false)
      expect(strict.undecided).toBe(true)
      expect(outcome(strict, 'revocation')).toMatchObject({
        status: 'unknown',
        action: 'enforce',
        message: expect.stringMatching(/offline.*OCSP http:\/\/ocsp\.example\/.*CRL http:\/\/crl\.example\/ca\.crl/)
      })
    })

    it('is logged under permissive, skipped by an override', async () => {
      const permissive = await run({ chain: [revocable] }, 'permissive')
      expect(permissive.verified).toBe(true)
      expect(outcome(permissive, 'revocation')).toMatchObject({ status: 'unknown', action: 'log' })
      const skipped = await run({ chain: [revocable] }, 'strict', { override: { revocation: 'skip' } })
      expect(skipped.verified).toBe(true)
      expect(outcome(skipped, 'revocation')?.status).toBe('skipped')
    })
  })

  it('fails an artifact no trust policy statement covers, and skips under level skip', async () => {
    const envelope = await sign[type](DESCRIPTOR, { chain: [leaf] })
    const none = await verifySignature({
      envelope,
      type,
      repository: 'other.example/x',
      artifact: { digest: DIGEST },
      policy: policy('strict'),
      store: inlineTrustStore({}),
      now: new Date()
    })
    expect(outcome(none, 'trust policy')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/no trust policy statement .* applies to other\.example\/x/)
    })
    const skipPolicy = parseTrustPolicy(trustPolicy([{ name: 'skip', registryScopes: ['*'], signatureVerification: { level: 'skip' } }]), 'p.json')
    const skipped = await verifySignature({
      envelope,
      type,
      repository: 'other.example/x',
      artifact: { digest: DIGEST },
      policy: skipPolicy,
      store: inlineTrustStore({}),
      now: new Date()
    })
    expect(skipped.verified).toBe(true)
  })
})

describe('trust policy documents', () => {
  const statement = (patch: Record<string, unknown>): unknown =>
    trustPolicy([
      { name: 'p', registryScopes: ['r.example/a'], signatureVerification: { level: 'strict' }, trustStores: ['ca:x'], trustedIdentities: ['*'], ...patch }
    ])
  it.each([
    [{ registryScopes: ['r.example/*'] }, /wildcard/],
    [{ registryScopes: ['r.example/a:tag'] }, /not a fully qualified repository/],
    [{ signatureVerification: { level: 'lenient' } }, /level "lenient"/],
    [{ signatureVerification: { level: 'strict', override: { integrity: 'log' } } }, /integrity, which cannot be overridden/],
    [{ signatureVerification: { level: 'strict', override: { expiry: 'skip' } } }, /only revocation can be skipped/],
    [{ signatureVerification: { level: 'skip' } }, /skips verification but names trust stores/],
    [{ trustStores: [] }, /needs both trustStores and trustedIdentities/],
    [{ trustStores: ['cert:x'] }, /unknown type "cert"/],
    [{ trustedIdentities: ['*', 'x509.subject:C=US, ST=WA, O=N'] }, /"\*" must stand alone/],
    [{ trustedIdentities: ['x509.subject:CN=only-cn'] }, /no 'C' attribute/],
    [{ trustedIdentities: ['x509.subject:C=US, ST=WA, O=N', 'x509.subject:C=US, ST=WA, O=N, CN=a'] }, /overlapping/]
  ])('refuses %j', (patch, message) => {
    expect(() => parseTrustPolicy(statement(patch), 'trustpolicy.json')).toThrow(message)
  })

  it('accepts S for ST and ignores identities of other kinds', () => {
    const parsed = parseTrustPolicy(statement({ trustedIdentities: ['x509.subject:C=US, S=WA, O=N', 'other:thing'] }), 'p.json')
    const identities = parsed.statements[0]!.trustedIdentities
    expect(identities !== '*' && identities.map((identity) => identity.dn.get('ST'))).toEqual(['WA'])
  })

  it('refuses a scope in two statements', () => {
    const doc = trustPolicy([
      { name: 'a', registryScopes: ['r.example/a'], signatureVerification: { level: 'skip' } },
      { name: 'b', registryScopes: ['r.example/a'], signatureVerification: { level: 'skip' } }
    ])
    expect(() => parseTrustPolicy(doc, 'p.json')).toThrow(/in statements "a" and "b"/)
  })
})

describe('trust stores', () => {
  it('refuses a symlinked store and a non-CA certificate that is not self-signed', async () => {
    const store = path.join(dir, 'store2')
    writeTrustStore(store, 'ca', 'real', [leaf])
    fs.symlinkSync(path.join(store, 'x509', 'ca', 'real'), path.join(store, 'x509', 'ca', 'linked'))
    const trust = directoryTrustStore(store)
    expect(trust.get('ca', 'real').ok).toBe(true)
    expect(trust.get('ca', 'linked')).toMatchObject({ ok: false, message: expect.stringMatching(/symlinks are refused/) })
    expect(inlineTrustStore({ 'ca:leaf': chainLeaf.pem }).get('ca', 'leaf')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/neither a CA certificate nor a self-signed/)
    })
    expect(inlineTrustStore({ 'tsa:t': leaf.pem }).get('tsa', 't').ok).toBe(true)
    expect(inlineTrustStore({ 'tsa:t': chainLeaf.pem }).get('tsa', 't')).toMatchObject({ ok: false, message: expect.stringMatching(/not a self-signed root/) })
  })
})
