/** The version string an advisory API is asked about: Go module versions without their `v` (OSV and GitHub records drop it). */
export function queryVersion(ecosystem: string, version: string): string {
  return ecosystem === 'Go' ? version.replace(/^v(?=\d)/, '') : version
}
