/**
 * A test timestamp authority: RFC 3161 TimeStampTokens (CMS SignedData over a TSTInfo, with the
 * signing-certificate-v2 attribute) made with pkijs, and the countersignature added to a Notation envelope's
 * unprotected header (the signature does not cover it).
 */
import crypto from 'node:crypto'
import * as asn1js from 'asn1js'
import { decode, encode, Tag } from 'cbor2'
import * as pkijs from 'pkijs'
import type { TestCert } from './signer.js'

const TSTINFO = '1.2.840.113549.1.9.16.1.4'

export async function timestampToken(
  signature: Buffer,
  tsa: { leaf: TestCert; chain: TestCert[] },
  options: { genTime?: Date; imprint?: Buffer } = {}
): Promise<Buffer> {
  const leaf = pkijs.Certificate.fromBER(new Uint8Array(tsa.leaf.der))
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: '1.3.6.1.4.1.57264.99.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(options.imprint ?? crypto.createHash('sha256').update(signature).digest()) })
    }),
    serialNumber: new asn1js.Integer({ value: 4242 }),
    genTime: options.genTime ?? new Date(Math.floor(Date.now() / 1000) * 1000),
    accuracy: new pkijs.Accuracy({ seconds: 1 })
  })
  const infoDer = info.toSchema().toBER(false)
  const encapContent = new pkijs.EncapsulatedContentInfo({ eContentType: TSTINFO })
  encapContent.eContent = new asn1js.OctetString({ valueHex: infoDer })
  const certHash = crypto.createHash('sha256').update(tsa.leaf.der).digest()
  const signingCertificateV2 = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: new Uint8Array(certHash) })] })] })]
  })
  const signedData = new pkijs.SignedData({
    version: 3,
    encapContentInfo: encapContent,
    certificates: tsa.chain.map((cert) => pkijs.Certificate.fromBER(new Uint8Array(cert.der))),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: leaf.issuer, serialNumber: leaf.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: TSTINFO })] }),
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.4',
              values: [new asn1js.OctetString({ valueHex: new Uint8Array(crypto.createHash('sha256').update(Buffer.from(infoDer)).digest()) })]
            }),
            new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.47', values: [signingCertificateV2] })
          ]
        })
      })
    ]
  })
  await signedData.sign(tsa.leaf.key.webPrivate, 0, 'SHA-256')
  const content = new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.SIGNED_DATA, content: signedData.toSchema(true) })
  return Buffer.from(content.toSchema().toBER(false))
}

/** The envelope with a countersignature over its signature bytes. */
export async function addTimestamp(envelope: Buffer, type: 'jws' | 'cose', makeToken: (signature: Buffer) => Promise<Buffer>): Promise<Buffer> {
  if (type === 'jws') {
    const jws = JSON.parse(envelope.toString()) as { signature: string; header: Record<string, unknown> }
    jws.header['io.cncf.notary.timestampSignature'] = (await makeToken(Buffer.from(jws.signature, 'base64url'))).toString('base64')
    return Buffer.from(JSON.stringify(jws))
  }
  const message = decode(envelope, { preferMap: true }) as Tag
  const [protectedBytes, unprotected, payload, signature] = message.contents as [Uint8Array, Map<unknown, unknown>, Uint8Array, Uint8Array]
  unprotected.set('io.cncf.notary.timestampSignature', new Uint8Array(await makeToken(Buffer.from(signature))))
  const x5chain = unprotected.get(33) as Uint8Array[]
  unprotected.set(
    33,
    x5chain.map((der) => new Uint8Array(der))
  )
  return Buffer.from(encode(new Tag(18, [new Uint8Array(protectedBytes), unprotected, new Uint8Array(payload), new Uint8Array(signature)])))
}
