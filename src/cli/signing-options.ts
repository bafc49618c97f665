/** Options shared by `sign` and `check --sign` (parseArgs definitions), apart so `check` loads no signing code. */
export const SIGNING_OPTIONS = {
  'subject-path': { type: 'string', multiple: true },
  'subject-checksums': { type: 'string', multiple: true },
  subject: { type: 'string', multiple: true },
  'fulcio-url': { type: 'string' },
  'rekor-url': { type: 'string' },
  'tsa-url': { type: 'string' },
  instance: { type: 'string' },
  key: { type: 'string' },
  'bundle-out': { type: 'string' },
  'attestations-api': { type: 'boolean', default: false },
  'push-to-registry': { type: 'boolean', default: false }
} as const
