/**
 * X.509 for Notation: certificates parsed once for both `node:crypto` (signatures, keys, validity) and
 * `@peculiar/x509` (extensions, names), and the certificate requirements of the Notary Project signature
 * specification, for code-signing and timestamping chains: chain order leaf → root with each certificate
 * issued by the next and nothing self-signed before the root; CA certificates with critical basicConstraints
 * cA=true, path length honoured and keyUsage keyCertSign; the leaf without cA, with critical keyUsage
 * digitalSignature and none of the encipherment/agreement/CA usages; the leaf EKU without anyEKU, serverAuth,
 * clientAuth, emailProtection (and timeStamping for code signing; exactly timeStamping for a TSA); RSA of
 * at least 2048 bits, EC of at least 256; no SHA-1 signatures. A lone self-signed certificate is a leaf.
 */
import crypto from 'node:crypto'
import {
  AuthorityInfoAccessExtension,
  BasicConstraintsExtension,
  CRLDistributionPointsExtension,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  X509Certificate as PeculiarCertificate
} from './x509.js'
import { errorMessage } from '../../model/errors.js'
import { dnFromJson, type DistinguishedName } from './trust-policy.js'

export interface Cert {
  der: Buffer
  node: crypto.X509Certificate
  x509: PeculiarCertificate
  subject: string
  notBefore: Date
  notAfter: Date
  fingerprint256: string
}

export function parseCert(der: Uint8Array): Cert {
  const buffer = Buffer.from(der)
  const node = new crypto.X509Certificate(buffer)
  const x509 = new PeculiarCertificate(buffer)
  return {
    der: buffer,
    node,
    x509,
    subject: x509.subject,
    notBefore: new Date(node.validFrom),
    notAfter: new Date(node.validTo),
    fingerprint256: crypto.createHash('sha256').update(buffer).digest('hex')
  }
}

/** Every certificate of a PEM (several blocks allowed) or DER file. */
export function parseCertFile(bytes: Buffer): Cert[] {
  const text = bytes.toString('latin1')
  if (text.includes('-----BEGIN')) {
    const blocks = PemConverter.decodeWithHeaders(text)
    const certs = blocks.filter((block) => block.type === 'CERTIFICATE').map((block) => parseCert(new Uint8Array(block.rawData)))
    if (certs.length === 0) throw new Error('no CERTIFICATE block')
    return certs
  }
  return [parseCert(bytes)]
}

export function subjectDn(cert: Cert): DistinguishedName {
  return dnFromJson(cert.x509.subjectName.toJSON() as Record<string, string[]>[], cert.subject)
}

/** Issuer name equals the issuer's subject and the signature verifies with its key (OpenSSL's checkIssued also
 * demands keyCertSign of the issuer, which a self-signed signing certificate does not have). */
export function issuedBy(cert: Cert, issuer: Cert): boolean {
  return cert.node.issuer === issuer.node.subject && cert.node.verify(issuer.node.publicKey)
}

export function isSelfSigned(cert: Cert): boolean {
  return issuedBy(cert, cert)
}

const EKU = {
  any: '2.5.29.37.0',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8'
}
const EXT = { basicConstraints: '2.5.29.19', keyUsage: '2.5.29.15', extKeyUsage: '2.5.29.37' }

function extension<T>(cert: Cert, oid: string, type: new (raw: ArrayBuffer) => T): { value: T; critical: boolean } | undefined {
  const found = cert.x509.extensions.find((candidate) => candidate.type === oid)
  if (!found) return undefined
  return { value: new type(found.rawData), critical: found.critical }
}

function keyProblem(cert: Cert): string | null {
  const key = cert.node.publicKey
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') {
    if ((details.modulusLength ?? 0) < 2048)
      return `certificate ${JSON.stringify(cert.subject)} has an RSA key of ${details.modulusLength} bits; at least 2048 are required`
    return null
  }
  if (key.asymmetricKeyType === 'ec') {
    if (!['prime256v1', 'secp384r1', 'secp521r1'].includes(details.namedCurve ?? ''))
      return `certificate ${JSON.stringify(cert.subject)} has an EC key on ${details.namedCurve}; P-256, P-384 or P-521 are required`
    return null
  }
  return `certificate ${JSON.stringify(cert.subject)} has a ${key.asymmetricKeyType} key; Notation accepts RSA and EC keys only`
}

function signatureAlgorithmProblem(cert: Cert): string | null {
  let hash: string
  try {
    hash = (cert.x509.signatureAlgorithm as { hash?: { name?: string } }).hash?.name ?? ''
  } catch {
    return `certificate ${JSON.stringify(cert.subject)} has a signature algorithm chaingate does not know`
  }
  if (/^sha-?1$/i.test(hash)) return `certificate ${JSON.stringify(cert.subject)} is signed with SHA-1, which Notation refuses`
  return null
}

function caProblem(cert: Cert, expectedPathLength: number): string | null {
  const constraints = extension(cert, EXT.basicConstraints, BasicConstraintsExtension)
  if (!constraints) return `CA certificate ${JSON.stringify(cert.subject)} has no basicConstraints extension`
  if (!constraints.critical) return `CA certificate ${JSON.stringify(cert.subject)} has basicConstraints not marked critical`
  if (!constraints.value.ca)
    return `certificate ${JSON.stringify(cert.subject)} issues another certificate of the chain but is not a CA (basicConstraints cA=false)`
  if (constraints.value.pathLength !== undefined && constraints.value.pathLength < expectedPathLength)
    return `CA certificate ${JSON.stringify(cert.subject)} has path length ${constraints.value.pathLength}, the chain needs ${expectedPathLength}`
  const usage = extension(cert, EXT.keyUsage, KeyUsagesExtension)
  if (!usage) return `CA certificate ${JSON.stringify(cert.subject)} has no keyUsage extension`
  if (!usage.critical) return `CA certificate ${JSON.stringify(cert.subject)} has keyUsage not marked critical`
  if ((usage.value.usages & KeyUsageFlags.keyCertSign) === 0) return `CA certificate ${JSON.stringify(cert.subject)} lacks keyUsage keyCertSign`
  return keyProblem(cert) ?? signatureAlgorithmProblem(cert)
}

function leafProblem(cert: Cert, purpose: 'codeSigning' | 'timeStamping'): string | null {
  const constraints = extension(cert, EXT.basicConstraints, BasicConstraintsExtension)
  if (constraints?.value.ca) return `signing certificate ${JSON.stringify(cert.subject)} is a CA certificate (basicConstraints cA=true)`
  const usage = extension(cert, EXT.keyUsage, KeyUsagesExtension)
  if (!usage) return `signing certificate ${JSON.stringify(cert.subject)} has no keyUsage extension`
  if (!usage.critical) return `signing certificate ${JSON.stringify(cert.subject)} has keyUsage not marked critical`
  if ((usage.value.usages & KeyUsageFlags.digitalSignature) === 0) return `signing certificate ${JSON.stringify(cert.subject)} lacks keyUsage digitalSignature`
  const forbidden =
    KeyUsageFlags.keyEncipherment |
    KeyUsageFlags.dataEncipherment |
    KeyUsageFlags.keyAgreement |
    KeyUsageFlags.keyCertSign |
    KeyUsageFlags.cRLSign |
    KeyUsageFlags.encipherOnly |
    KeyUsageFlags.decipherOnly
  if ((usage.value.usages & forbidden) !== 0)
    return `signing certificate ${JSON.stringify(cert.subject)} has a keyUsage other than digitalSignature/nonRepudiation`
  const eku = extension(cert, EXT.extKeyUsage, ExtendedKeyUsageExtension)
  const usages = (eku?.value.usages ?? []).map(String)
  if (purpose === 'timeStamping') {
    if (!eku || usages.length !== 1 || usages[0] !== EKU.timeStamping)
      return `timestamping certificate ${JSON.stringify(cert.subject)} must have exactly the timeStamping extended key usage`
    if (!eku.critical) return `timestamping certificate ${JSON.stringify(cert.subject)} has extendedKeyUsage not marked critical`
  } else {
    const refused = [EKU.any, EKU.serverAuth, EKU.clientAuth, EKU.emailProtection, EKU.timeStamping]
    const bad = usages.find((oid) => refused.includes(oid))
    if (bad) return `signing certificate ${JSON.stringify(cert.subject)} has extended key usage ${bad}, not allowed for code signing`
  }
  return keyProblem(cert) ?? signatureAlgorithmProblem(cert)
}

/** The first requirement the chain breaks, or null. Validity periods are not checked here. */
export function chainProblem(chain: Cert[], purpose: 'codeSigning' | 'timeStamping'): string | null {
  try {
    if (chain.length === 0) return 'the envelope has no certificate chain'
    if (chain.length === 1) {
      if (!isSelfSigned(chain[0]!))
        return `the chain has one certificate, ${JSON.stringify(chain[0]!.subject)}, which is not self-signed: the chain must end with a root`
      return leafProblem(chain[0]!, purpose)
    }
    for (const [index, cert] of chain.entries()) {
      const last = index === chain.length - 1
      if (last) {
        if (!isSelfSigned(cert)) return `the chain ends with ${JSON.stringify(cert.subject)}, which is not a self-signed root`
      } else {
        if (isSelfSigned(cert)) return `certificate ${JSON.stringify(cert.subject)} is self-signed but is not the last of the chain`
        if (!issuedBy(cert, chain[index + 1]!))
          return `certificate ${JSON.stringify(cert.subject)} is not issued by the next one in the chain, ${JSON.stringify(chain[index + 1]!.subject)}`
      }
      const problem = index === 0 ? leafProblem(cert, purpose) : caProblem(cert, index - 1)
      if (problem) return problem
    }
    return null
  } catch (error) {
    return `the certificate chain could not be read: ${errorMessage(error)}`
  }
}

export function validAt(cert: Cert, time: Date): boolean {
  return time.getTime() >= cert.notBefore.getTime() && time.getTime() <= cert.notAfter.getTime()
}

/** OCSP responders and CRL distribution points a certificate names (empty: it cannot be revoked). */
export function revocationEndpoints(cert: Cert): string[] {
  const endpoints: string[] = []
  const aia = cert.x509.extensions.find((candidate) => candidate.type === '1.3.6.1.5.5.7.1.1')
  if (aia) for (const name of new AuthorityInfoAccessExtension(aia.rawData).ocsp) endpoints.push(`OCSP ${name.value}`)
  const crl = cert.x509.extensions.find((candidate) => candidate.type === '2.5.29.31')
  if (crl) {
    for (const point of new CRLDistributionPointsExtension(crl.rawData).distributionPoints) {
      for (const name of point.distributionPoint?.fullName ?? []) if (name.uniformResourceIdentifier) endpoints.push(`CRL ${name.uniformResourceIdentifier}`)
    }
  }
  return endpoints
}
