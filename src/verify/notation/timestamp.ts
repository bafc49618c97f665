/**
 * RFC 3161 timestamp countersignatures on Notation envelopes (a bare TimeStampToken: CMS SignedData over a
 * TSTInfo), with `pkijs`: the CMS signature, the message imprint = hash of the envelope's signature bytes,
 * a signing-certificate(-v2) attribute, the TSA chain built from the token's certificates to a root of the
 * policy's `tsa` stores and meeting the timestamping certificate rules, each TSA certificate valid at the
 * time stamped. The TSA chain's revocation cannot be checked offline: when a TSA certificate names OCSP or
 * CRL endpoints the result says so, and the caller reports it unknown.
 */
import crypto from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { errorMessage } from '../../model/errors.js'
import { chainProblem, issuedBy, parseCert, revocationEndpoints, validAt, type Cert } from './certificates.js'

const TSTINFO = '1.2.840.113549.1.9.16.1.4'
const SIGNING_CERTIFICATE = ['1.2.840.113549.1.9.16.2.12', '1.2.840.113549.1.9.16.2.47']
const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

export type TimestampResult =
  { ok: true; genTime: Date; earliest: Date; latest: Date; tsaChain: Cert[]; revocationUnchecked: string[] } | { ok: false; message: string }

export async function verifyTimestampToken(token: Buffer, signature: Buffer, tsaRoots: Cert[]): Promise<TimestampResult> {
  let signedData: pkijs.SignedData
  let info: pkijs.TSTInfo
  try {
    const contentInfo = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(token)).result })
    if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) return { ok: false, message: 'the timestamp token is not CMS SignedData' }
    signedData = new pkijs.SignedData({ schema: contentInfo.content })
    if (signedData.encapContentInfo.eContentType !== TSTINFO || !signedData.encapContentInfo.eContent)
      return { ok: false, message: 'the timestamp token does not hold a TSTInfo' }
    info = new pkijs.TSTInfo({ schema: asn1js.fromBER(signedData.encapContentInfo.eContent.getValue()).result })
  } catch (error) {
    return { ok: false, message: `the timestamp token does not parse: ${errorMessage(error)}` }
  }
  const hash = HASHES[info.messageImprint.hashAlgorithm.algorithmId]
  if (!hash || hash === 'sha1')
    return { ok: false, message: `the timestamp's message imprint uses an unsupported hash (${info.messageImprint.hashAlgorithm.algorithmId})` }
  const expected = crypto.createHash(hash).update(signature).digest()
  if (!expected.equals(Buffer.from(info.messageImprint.hashedMessage.getValue())))
    return { ok: false, message: "the timestamp's message imprint is not the hash of the envelope's signature: it timestamps something else" }
  const signer = signedData.signerInfos[0]
  if (!signer || signedData.signerInfos.length !== 1) return { ok: false, message: 'the timestamp token must have exactly one signer' }
  if (!signer.signedAttrs?.attributes.some((attribute) => SIGNING_CERTIFICATE.includes(attribute.type)))
    return { ok: false, message: 'the timestamp token has no signing-certificate attribute' }

  let signerCert: pkijs.Certificate | null | undefined
  try {
    // For a TSTInfo, pkijs also checks the message imprint against `data`: the envelope's signature.
    const data = signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength) as ArrayBuffer
    const result = await signedData.verify({ signer: 0, data, checkChain: false, extendedMode: true })
    if (!result.signatureVerified) return { ok: false, message: `the timestamp token's signature does not verify: ${result.message}` }
    signerCert = result.signerCertificate
  } catch (error) {
    const reason = (error as { message?: string }).message ?? errorMessage(error)
    return { ok: false, message: `the timestamp token's signature does not verify: ${reason}` }
  }
  if (!signerCert) return { ok: false, message: 'the timestamp token does not carry its signing certificate' }

  // The TSA chain: the signer, then issuers from the token's certificates, ending at a trusted root.
  const carried = (signedData.certificates ?? [])
    .filter((entry): entry is pkijs.Certificate => entry instanceof pkijs.Certificate)
    .map((entry) => parseCert(new Uint8Array(entry.toSchema().toBER(false))))
  const pool = [...carried, ...tsaRoots]
  const chain: Cert[] = [parseCert(new Uint8Array(signerCert.toSchema().toBER(false)))]
  while (chain.length < 8) {
    const last = chain[chain.length - 1]!
    if (tsaRoots.some((root) => root.der.equals(last.der))) break
    const issuer = pool.find((candidate) => !chain.some((member) => member.der.equals(candidate.der)) && issuedBy(last, candidate))
    if (!issuer) break
    chain.push(issuer)
  }
  const root = chain[chain.length - 1]!
  if (!tsaRoots.some((trusted) => trusted.der.equals(root.der)))
    return {
      ok: false,
      message: `the timestamp's TSA certificate ${JSON.stringify(chain[0]!.subject)} does not chain to a root of the policy's tsa trust stores`
    }
  const problem = chainProblem(chain, 'timeStamping')
  if (problem) return { ok: false, message: `TSA certificate chain: ${problem}` }
  const genTime = info.genTime
  const accuracy = info.accuracy ? (info.accuracy.seconds ?? 0) * 1000 + (info.accuracy.millis ?? 0) + (info.accuracy.micros ?? 0) / 1000 : 0
  for (const cert of chain)
    if (!validAt(cert, genTime))
      return { ok: false, message: `TSA certificate ${JSON.stringify(cert.subject)} was not valid at the time stamped (${genTime.toISOString()})` }
  const revocationUnchecked = chain.flatMap((cert) => revocationEndpoints(cert).map((endpoint) => `${cert.subject}: ${endpoint}`))
  return {
    ok: true,
    genTime,
    earliest: new Date(genTime.getTime() - accuracy),
    latest: new Date(genTime.getTime() + accuracy),
    tsaChain: chain,
    revocationUnchecked
  }
}
