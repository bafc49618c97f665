/**
 * Licenses of installed packages, read narrowly from what is on disk beside the lockfiles (git does not list
 * these folders, so they are looked up by name, only for packages of the inventory that have no license yet):
 *
 * - npm: `<lockfile dir>/node_modules/<name>/package.json` (and pnpm's
 *   `node_modules/.pnpm/<name>@<version>/node_modules/<name>/package.json`); the `license` field, or the
 *   legacy `license: {type}` / `licenses: [...]` forms (several: offered under each, so `OR`).
 * - PyPI: `<dir>/{.venv,venv}/lib/python*\/site-packages/<name>-<version>.dist-info/METADATA` (and
 *   `Lib/site-packages` on Windows), see python-metadata.ts.
 *
 * The installed version must equal the inventory's: a different version's license is never borrowed.
 */
import path from 'node:path'
import type { Workspace } from '../../workspace/workspace.js'
import type { Package } from '../model.js'
import { metadataLicense, parseMetadata } from './python-metadata.js'

const MAX_METADATA_BYTES = 1024 * 1024

/** License text of a package.json `license`/`licenses` value, or undefined. */
export function packageJsonLicense(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null) return undefined
  const { license, licenses } = manifest as { license?: unknown; licenses?: unknown }
  const one = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value.trim() || undefined
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string')
      return (value as { type: string }).type.trim() || undefined
    return undefined
  }
  const single = one(license)
  if (single) return single
  if (Array.isArray(licenses)) {
    const all = licenses.map(one).filter((value): value is string => value !== undefined)
    if (all.length === 1) return all[0]
    if (all.length > 1) return all.map((value) => (/\s/.test(value) ? `(${value})` : value)).join(' OR ')
  }
  return one(licenses)
}

const pep503 = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

function join(directory: string, relative: string): string {
  return directory === '.' ? relative : `${directory}/${relative}`
}

/** `<name>-<version>.dist-info` folders of the virtual environments in `directory`, by normalised name. */
function distInfos(workspace: Workspace, directory: string): Map<string, { version: string; path: string }> {
  const found = new Map<string, { version: string; path: string }>()
  for (const venv of ['.venv', 'venv']) {
    const root = join(directory, venv)
    const sitePackages = [
      ...workspace
        .directoriesIn(`${root}/lib`)
        .filter((name) => /^python\d/.test(name))
        .map((name) => `${root}/lib/${name}/site-packages`),
      `${root}/Lib/site-packages`
    ]
    for (const site of sitePackages) {
      for (const entry of workspace.directoriesIn(site)) {
        const match = /^(.+)-([^-]+)\.dist-info$/.exec(entry)
        if (match) found.set(pep503(match[1]!), { version: match[2]!, path: `${site}/${entry}` })
      }
    }
  }
  return found
}

/**
 * Licenses found installed for `packages[i]` (only those without a license and in npm or PyPI), by index.
 * `isExpression` decides whether a METADATA `License:` text is an SPDX expression.
 */
export function installedLicenses(workspace: Workspace, packages: Package[], isExpression: (text: string) => boolean): Map<number, string> {
  const found = new Map<number, string>()
  const nodeModules = new Map<string, { present: boolean; pnpm: boolean }>()
  const venvs = new Map<string, Map<string, { version: string; path: string }>>()
  packages.forEach((pkg, index) => {
    if (pkg.license || pkg.version === null || pkg.source === 'workspace') return
    const directory = path.posix.dirname(pkg.location.path)
    if (pkg.ecosystem === 'npm') {
      let layout = nodeModules.get(directory)
      if (!layout) {
        layout = { present: workspace.directoriesIn(directory === '.' ? '.' : directory).includes('node_modules'), pnpm: false }
        if (layout.present) layout.pnpm = workspace.directoriesIn(join(directory, 'node_modules')).includes('.pnpm')
        nodeModules.set(directory, layout)
      }
      if (!layout.present) return
      const candidates = [join(directory, `node_modules/${pkg.name}/package.json`)]
      if (layout.pnpm) candidates.push(join(directory, `node_modules/.pnpm/${pkg.name.replace('/', '+')}@${pkg.version}/node_modules/${pkg.name}/package.json`))
      for (const candidate of candidates) {
        const read = workspace.readText(candidate, MAX_METADATA_BYTES, { cache: false })
        if (!read.ok) continue
        let manifest: unknown
        try {
          manifest = JSON.parse(read.text)
        } catch {
          continue
        }
        if ((manifest as { version?: unknown }).version !== pkg.version) continue
        const license = packageJsonLicense(manifest)
        if (license) found.set(index, license)
        break
      }
    } else if (pkg.ecosystem === 'PyPI') {
      let installed = venvs.get(directory)
      if (!installed) {
        installed = distInfos(workspace, directory)
        if (directory !== '.') for (const [name, entry] of distInfos(workspace, '.')) if (!installed.has(name)) installed.set(name, entry)
        venvs.set(directory, installed)
      }
      const entry = installed.get(pep503(pkg.name))
      if (!entry || entry.version !== pkg.version) return
      const read = workspace.readText(`${entry.path}/METADATA`, MAX_METADATA_BYTES, { cache: false })
      if (!read.ok) return
      const license = metadataLicense(parseMetadata(read.text), isExpression)
      if (license) found.set(index, license)
    }
  })
  return found
}

/**
 * Fills `license` on the packages that have none from the installed metadata beside their lockfile (for the
 * SBOM writers, which are offline: GitHub's export is the check's business). Returns how many were filled.
 */
export async function addInstalledLicenses(workspace: Workspace, inventory: { packages: Package[] }): Promise<number> {
  const { classifyLicense } = await import('./spdx.js')
  const found = installedLicenses(workspace, inventory.packages, (text) => classifyLicense(text).kind === 'valid')
  for (const [index, license] of found) inventory.packages[index]!.license = license
  return found.size
}
