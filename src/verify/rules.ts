/**
 * The findings `chaingate verify` reports, described as rules so the SARIF, Markdown and text renderers
 * show their metadata. They are not in the `check` catalogue: only verify produces them.
 */
import { defineRule, type AnyRule } from '../model/rule.js'

const access = { token: 'none' as const }

export const ATTESTATION_RULE = defineRule({
  meta: {
    id: 'artifact-attestation',
    area: 'artifacts',
    severity: 'high',
    title: 'Artifact has a valid Sigstore attestation',
    rationale:
      'An artifact whose attestation is missing, does not verify, or does not name its digest may have been tampered with or built outside the release pipeline.',
    remediation:
      'Sign the artifact in the release workflow (`chaingate sign` or the action with `sign: true`) and ship the bundle with it; never edit an artifact after signing.',
    references: ['SLSA v1.0 Build L2', 'OSPS-BR-06', 'https://docs.sigstore.dev/about/bundle/'],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const SIGNER_RULE = defineRule({
  meta: {
    id: 'attestation-signer',
    area: 'artifacts',
    severity: 'high',
    title: 'Attestation was signed by the expected workflow',
    rationale:
      'A valid signature only proves who signed: the signer identity (issuer, repository, workflow, ref, runner) must match the policy, or anyone with a Sigstore identity could produce an accepted attestation.',
    remediation:
      'Check that the artifact comes from the expected repository and workflow; fix --signer-repo / --signer-workflow if the release process changed.',
    references: ['SLSA v1.0 verifying artifacts', 'https://docs.github.com/actions/security-for-github-actions/using-artifact-attestations'],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const IMAGE_DIGEST_RULE = defineRule({
  meta: {
    id: 'image-pinned-by-digest',
    area: 'artifacts',
    severity: 'high',
    title: 'Deployed images are referenced by digest',
    rationale: 'A tag can be moved to another image after it was verified; only a digest names the bytes that were signed.',
    remediation: 'Reference the image as name@sha256:<digest> (e.g. `kustomize edit set image`, Helm values with the digest).',
    references: ['https://kubernetes.io/docs/concepts/containers/images/#image-names', 'SLSA v1.0 verifying artifacts'],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const NOTATION_RULE = defineRule({
  meta: {
    id: 'notation-signature',
    area: 'artifacts',
    severity: 'high',
    title: 'Image has a Notation signature meeting the trust policy',
    rationale:
      'A Notation (Notary Project) signature proves who signed an image only when its envelope is intact, its certificate chain reaches the trust store, the signer is a trusted identity, and it has neither expired nor been revoked; each check is enforced or logged as the trust policy level says.',
    remediation:
      'Sign the image with the expected key (`notation sign`), or fix the trust policy / trust store; a check reported as logged only does not fail the gate.',
    references: [
      'https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md',
      'https://github.com/notaryproject/specifications/blob/main/specs/signature-specification.md'
    ],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const SBOM_ATTESTATION_RULE = defineRule({
  meta: {
    id: 'sbom-attestation',
    area: 'artifacts',
    severity: 'high',
    title: 'Image has a verified SBOM attestation',
    rationale:
      "An admission controller that gates on what an image contains needs a list of its packages it can trust: an SBOM signed for the image digest by the expected build, attached where the controller looks (the image's OCI referrers). An SBOM that is missing, unsigned, signed by someone else or about another digest proves nothing about the image.",
    remediation:
      'Attach one in the build that pushes the image: `chaingate sign --predicate sbom --image REF` (action: `sign: sbom` with `sbom-image`), signed by the identity the verification policy trusts.',
    references: [
      'https://github.com/in-toto/attestation/blob/main/spec/predicates/cyclonedx.md',
      'https://kyverno.io/docs/writing-policies/verify-images/sigstore/#verifying-image-attestations',
      'https://docs.sigstore.dev/policy-controller/overview/'
    ],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const IMAGE_VULNERABILITIES_RULE = defineRule({
  meta: {
    id: 'image-vulnerabilities',
    area: 'artifacts',
    severity: 'high',
    title: 'Deployed image has no known vulnerability over the threshold',
    rationale:
      "What a cluster admits runs: an image with a known vulnerability at or over the policy's threshold should not be deployed. The packages are those of the image's verified SBOM attestation when it has one (the SBOM the build signed), else those read from its layers.",
    remediation:
      'Rebuild the image on fixed packages (the finding names the fixed versions), or record why a vulnerability does not apply (VEX `not_affected`, or a waiver with a reason and an expiry).',
    references: ['https://kubernetes.io/docs/concepts/security/supply-chain-security/', 'https://ossf.github.io/osv-schema/'],
    access
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => []
})

export const VERIFY_RULES: AnyRule[] = [ATTESTATION_RULE, SIGNER_RULE, IMAGE_DIGEST_RULE, NOTATION_RULE, SBOM_ATTESTATION_RULE, IMAGE_VULNERABILITIES_RULE]
