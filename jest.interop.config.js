/**
 * Interoperability tests against the real clients (cosign, notation-go, sigstore-python) and SBOM tools (Syft,
 * osv-scanner, Trivy, cyclonedx-npm, cyclonedx-py, cdxgen, spdx-tools), installed by
 * scripts/install-peers.sh outside the repository: `npm run test:interop`. Not part of `npm test`.
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__interop__/**/*.test.ts'],
  testTimeout: 180000
}
