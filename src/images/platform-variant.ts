/**
 * The variant a platform has when it names none (image-index.md; containerd's defaults): arm64 is v8, arm is
 * v7, amd64 is v1. Shared by the image reader (src/images/reference.ts) and the base-image config reader
 * (src/images/sources/config.ts).
 */
export function variantOf(architecture: string | undefined, variant: string | undefined): string | undefined {
  if (variant) return variant
  if (architecture === 'arm64') return 'v8'
  if (architecture === 'arm') return 'v7'
  if (architecture === 'amd64') return 'v1'
  return undefined
}
