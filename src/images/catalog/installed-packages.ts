/**
 * Installed-package records of three more language ecosystems, as images carry them (the files Syft and
 * Trivy read too):
 * - RubyGems: each installed gem's specification, `<gem dir>/specifications/[default/]<name>-<version>.gemspec`,
 *   Ruby code RubyGems writes (`Gem::Specification#to_ruby`): a `# stub: <name> <version> <platform> <paths>`
 *   line, then `s.name = "…"` and `s.version = "…"`. Read as text, never run.
 * - Composer: `vendor/composer/installed.json`, what `composer install` installed (Composer 2: `{packages,
 *   dev-package-names}`; Composer 1: the list itself).
 * - .NET: an application's `<app>.deps.json` (the runtime's dependency manifest): its `libraries` of type
 *   `package` are NuGet packages, keyed `<name>/<version>`; `project` and `reference` entries are the
 *   application's own assemblies.
 */
import type { LanguagePackage } from './language.js'
import { licenseExpression } from '../../inventory/readers/composer-lock.js'
import { jsonErrorLine, jsonErrorMessage } from '../../inventory/readers/json-error.js'

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw Object.assign(new Error(`not JSON: ${jsonErrorMessage(error)}`), { line: jsonErrorLine(text, error) })
  }
}

/** A Ruby string literal's text (`"rake".freeze`, `'rake'`), or undefined when the value is not a plain literal. */
function rubyString(value: string): string | undefined {
  const match = /^\s*(?:"((?:[^"\\#]|\\.)*)"|'((?:[^'\\]|\\.)*)')(?:\.freeze)?\s*$/.exec(value)
  if (!match) return undefined
  return (match[1] ?? match[2]!).replace(/\\(.)/g, '$1')
}

export function parseGemspec(text: string): LanguagePackage[] {
  let name: string | undefined
  let version: string | undefined
  const stub = /^# stub: (\S+) (\S+) /m.exec(text)
  if (stub) {
    name = stub[1]
    version = stub[2]
  }
  // The assignments, when the stub line is missing (gemspecs written by other tools) or to check it.
  const assigned = (field: string): string | undefined => {
    const match = new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*(.+?)\\s*$`, 'm').exec(text)
    if (!match) return undefined
    const literal = rubyString(match[1]!)
    if (literal !== undefined) return literal
    // `Gem::Version.new("1.2.3")`, as some writers put the version.
    const wrapped = /^Gem::Version\.new\((.+)\)$/.exec(match[1]!)
    return wrapped ? rubyString(wrapped[1]!) : undefined
  }
  name ??= assigned('name')
  version ??= assigned('version')
  if (!name || !version) throw new Error('a gem specification without a literal name and version')
  const licenses = /^\s*\w+\.licenses\s*=\s*\[(.*)\]\s*$/m.exec(text)?.[1]
  const list = licenses
    ?.split(',')
    .map((item) => rubyString(item))
    .filter((item): item is string => item !== undefined && item !== '')
  const single = /^\s*\w+\.license\s*=\s*(.+?)\s*$/m.exec(text)?.[1]
  const license = list?.length === 1 ? list[0] : list === undefined && single ? rubyString(single) : undefined
  return [{ ecosystem: 'RubyGems', name, version, ...(license ? { license } : {}) }]
}

export function parseComposerInstalled(text: string): LanguagePackage[] {
  const json = parseJson(text)
  const packages = Array.isArray(json) ? json : (json as { packages?: unknown } | null)?.packages
  if (!Array.isArray(packages)) throw new Error('no packages list (Composer 2 writes {"packages": [...]}, Composer 1 a list)')
  const found: LanguagePackage[] = []
  for (const item of packages as Array<Record<string, unknown>>) {
    if (!item || typeof item !== 'object') continue
    const name = typeof item.name === 'string' ? item.name : undefined
    const version = typeof item.version === 'string' ? item.version : undefined
    if (!name || !version) throw new Error(`a package without a name and version (${JSON.stringify(name ?? null)})`)
    // Composer's list of licenses means any of them, as composer.lock's reader reads it.
    const license = licenseExpression(item.license)
    found.push({ ecosystem: 'Packagist', name, version, ...(license ? { license } : {}) })
  }
  return found
}

export function parseDotnetDeps(text: string): LanguagePackage[] {
  const json = parseJson(text) as { libraries?: unknown } | null
  if (!json || typeof json !== 'object' || !json.libraries || typeof json.libraries !== 'object')
    throw new Error('no libraries (a deps.json lists them under "libraries")')
  const found: LanguagePackage[] = []
  for (const [key, value] of Object.entries(json.libraries as Record<string, { type?: unknown }>)) {
    if (value?.type !== 'package') continue
    const slash = key.lastIndexOf('/')
    if (slash <= 0 || slash === key.length - 1) throw new Error(`library ${JSON.stringify(key)} is not <name>/<version>`)
    found.push({ ecosystem: 'NuGet', name: key.slice(0, slash), version: key.slice(slash + 1) })
  }
  return found
}
