/**
 * Where the repository tells package managers to fetch from: npm scope and default registries (`.npmrc`,
 * `.yarnrc`, `.yarnrc.yml`) and pip's index options (`--index-url` / `--extra-index-url` in requirements
 * files, `index-url` / `extra-index-url` in `pip.conf` / `pip.ini`). Text only, with lines; judged by the
 * dependency-confusion-risk rule. User-level configuration (`~/.npmrc`) is not in the repository and not read.
 */
import path from 'node:path'
import { defineFact, known } from '../model/fact.js'
import type { Workspace } from '../workspace/workspace.js'
import type { FileLocation } from './model.js'

export interface RegistrySetting {
  url: string
  location: FileLocation
}

export interface NpmRegistryConfig {
  /** The file (`.npmrc`, `.yarnrc`, `.yarnrc.yml`). */
  path: string
  /** Its directory ('.' for the root): it applies to projects there and below. */
  directory: string
  /** `@scope` → registry. */
  scopes: Record<string, RegistrySetting>
  /** The default registry, when the file sets one. */
  registry?: RegistrySetting
}

export interface PipIndexOption {
  kind: 'index-url' | 'extra-index-url'
  url: string
  location: FileLocation
}

export interface RegistryConfig {
  npm: NpmRegistryConfig[]
  /** Index options by file (requirements files, pip.conf, pip.ini). */
  pip: Record<string, PipIndexOption[]>
}

const MAX_CONFIG_BYTES = 1024 * 1024

function lines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** `.npmrc` (ini) and `.yarnrc` (yarn classic: `"@scope:registry" "url"`). */
export function parseNpmrc(file: string, text: string): NpmRegistryConfig {
  const config: NpmRegistryConfig = { path: file, directory: path.posix.dirname(file), scopes: {} }
  lines(text).forEach((line, index) => {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return
    const match = /^["']?(@[^:"'\s]+:)?registry["']?\s*[=\s]\s*["']?([^"'\s]+)["']?\s*$/.exec(trimmed)
    if (!match) return
    const setting = { url: match[2]!, location: { path: file, line: index + 1, column: line.indexOf(trimmed) + 1 } }
    if (match[1]) config.scopes[match[1].slice(0, -1).toLowerCase()] = setting
    else config.registry = setting
  })
  return config
}

/** `.yarnrc.yml` (berry): `npmRegistryServer` and `npmScopes: { scope: { npmRegistryServer } }`, by indentation. */
export function parseYarnrcYml(file: string, text: string): NpmRegistryConfig {
  const config: NpmRegistryConfig = { path: file, directory: path.posix.dirname(file), scopes: {} }
  let inScopes = false
  let scope: string | null = null
  let scopeIndent = -1
  const value = (raw: string): string => raw.trim().replace(/^(["'])(.*)\1$/, '$2')
  lines(text).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return
    const indent = line.length - line.trimStart().length
    const match = /^\s*(["']?)([^"':]+)\1\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line)
    if (!match) return
    const key = match[2]!.trim()
    const location = { path: file, line: index + 1, column: indent + 1 }
    if (indent === 0) {
      inScopes = key === 'npmScopes'
      scope = null
      if (key === 'npmRegistryServer' && match[3]) config.registry = { url: value(match[3]), location }
      return
    }
    if (!inScopes) return
    if (scope === null || indent <= scopeIndent) {
      scope = `@${key.replace(/^@/, '').toLowerCase()}`
      scopeIndent = indent
      return
    }
    if (key === 'npmRegistryServer' && match[3]) config.scopes[scope] = { url: value(match[3]), location }
  })
  return config
}

/** `--index-url URL`, `-i URL`, `--extra-index-url=URL` lines of a requirements file. */
export function parseRequirementsIndexes(file: string, text: string): PipIndexOption[] {
  const options: PipIndexOption[] = []
  lines(text).forEach((line, index) => {
    const match = /^(\s*)(--index-url|-i|--extra-index-url)(?:\s*=\s*|\s+)(\S+)/.exec(line)
    if (!match) return
    options.push({
      kind: match[2] === '--extra-index-url' ? 'extra-index-url' : 'index-url',
      url: match[3]!,
      location: { path: file, line: index + 1, column: match[1]!.length + 1 }
    })
  })
  return options
}

/** `index-url` / `extra-index-url` of pip.conf / pip.ini (ini; a value may continue on indented lines). */
export function parsePipConf(file: string, text: string): PipIndexOption[] {
  const options: PipIndexOption[] = []
  let continuing: PipIndexOption['kind'] | null = null
  lines(text).forEach((line, index) => {
    const location = { path: file, line: index + 1, column: line.length - line.trimStart().length + 1 }
    if (continuing && /^\s+\S/.test(line) && !/^\s*[#;]/.test(line)) {
      for (const url of line.trim().split(/\s+/)) options.push({ kind: continuing, url, location })
      return
    }
    continuing = null
    const match = /^\s*(index-url|extra-index-url)\s*[=:]\s*(.*)$/.exec(line)
    if (!match) return
    const kind = match[1] as PipIndexOption['kind']
    for (const url of match[2]!.trim().split(/\s+/).filter(Boolean)) options.push({ kind, url, location })
    continuing = kind
  })
  return options
}

const REQUIREMENTS = /(^|\/)[^/]*requirements[^/]*\.(txt|in)$/i

export function readRegistryConfig(workspace: Workspace): RegistryConfig {
  const config: RegistryConfig = { npm: [], pip: {} }
  for (const file of workspace.files()) {
    if (workspace.isIgnored(file)) continue
    const base = path.posix.basename(file)
    const kind =
      base === '.npmrc' || base === '.yarnrc'
        ? 'npmrc'
        : base === '.yarnrc.yml'
          ? 'yarnrc'
          : base === 'pip.conf' || base === 'pip.ini'
            ? 'pip'
            : REQUIREMENTS.test(file)
              ? 'requirements'
              : null
    if (!kind || /(^|\/)node_modules\//.test(file)) continue
    const read = workspace.readText(file, MAX_CONFIG_BYTES)
    if (!read.ok) continue
    if (kind === 'npmrc') config.npm.push(parseNpmrc(file, read.text))
    else if (kind === 'yarnrc') config.npm.push(parseYarnrcYml(file, read.text))
    else {
      const options = kind === 'pip' ? parsePipConf(file, read.text) : parseRequirementsIndexes(file, read.text)
      if (options.length > 0) config.pip[file] = options
    }
  }
  return config
}

export const registryConfigFact = defineFact<RegistryConfig>('workspace.registry-config', async (ctx) => known(readRegistryConfig(ctx.workspace)))
