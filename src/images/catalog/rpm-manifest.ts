/**
 * `var/lib/rpmmanifest/container-manifest-2`: the package list Azure Linux (CBL-Mariner) distroless images
 * carry instead of an rpm database, which their build removes. One line per package, as `rpm -qa --qf` writes
 * it with ten tab-separated fields: `%{NAME}`, `%{VERSION}-%{RELEASE}`, `%{INSTALLTIME}`, `%{BUILDTIME}`,
 * `%{VENDOR}`, `(none)` (the epoch column of older builds), `%{SIZE}`, `%{ARCH}`, `%{EPOCHNUM}` (0 for no
 * epoch) and `%{SOURCERPM}`. No file lists: nothing is known of which files the packages own.
 */
import type { RpmPackage } from './rpm.js'

export class RpmManifestError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = 'RpmManifestError'
  }
}

export function parseRpmManifest(text: string): Array<RpmPackage & { line: number }> {
  const packages: Array<RpmPackage & { line: number }> = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '')
    if (line.trim() === '') continue
    const fields = line.split('\t')
    if (fields.length !== 10) throw new RpmManifestError(`${fields.length} tab-separated fields where container-manifest-2 has 10`, index + 1)
    const [name, versionRelease, , , , epochColumn, , arch, epochNumber, sourceRpm] = fields as [string, ...string[]]
    const dash = versionRelease!.lastIndexOf('-')
    if (!name || dash <= 0 || dash === versionRelease!.length - 1)
      throw new RpmManifestError(`package ${JSON.stringify(name)}: ${JSON.stringify(versionRelease)} is not VERSION-RELEASE`, index + 1)
    // EPOCHNUM is 0 both for "no epoch" and epoch 0, which rpm compares alike; an epoch column that is not
    // `(none)` says which (older manifests wrote %{EPOCH} there).
    const epochText = /^\d+$/.test(epochColumn ?? '') ? epochColumn! : epochNumber!
    if (!/^\d+$/.test(epochText)) throw new RpmManifestError(`package ${name}: epoch ${JSON.stringify(epochText)} is not a number`, index + 1)
    const epoch = Number(epochText)
    packages.push({
      name,
      version: versionRelease!.slice(0, dash),
      release: versionRelease!.slice(dash + 1),
      ...(epoch > 0 || /^\d+$/.test(epochColumn ?? '') ? { epoch } : {}),
      ...(arch && arch !== '(none)' ? { arch } : {}),
      ...(sourceRpm && sourceRpm !== '(none)' ? { sourceRpm } : {}),
      files: [],
      line: index + 1
    })
  }
  return packages
}
