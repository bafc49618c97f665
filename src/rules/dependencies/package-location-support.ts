/** Findings of the dependency rules point at the line of the lockfile (or manifest) that names the package. */
import type { Location } from '../../model/finding.js'
import type { FileLocation, Package } from '../../inventory/model.js'

export function locationOf(where: FileLocation): Location {
  const column = where.column ?? 1
  return { path: where.path, startLine: where.line, startColumn: column, endLine: where.line, endColumn: column }
}

/** `name@version` as reports show it (`name` alone when unresolved). */
export function packageLabel(pkg: Pick<Package, 'name' | 'version'>): string {
  return pkg.version === null ? pkg.name : `${pkg.name}@${pkg.version}`
}

/** "a, b, c and 4 more" */
export function listSome(items: string[], shown = 5): string {
  if (items.length <= shown) return items.join(', ')
  return `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`
}
