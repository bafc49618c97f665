/**
 * chaingate's verification policy file (YAML or JSON): per image scope which signatures are required
 * (`sigstore`, `notation`, `sigstore and notation`, `sigstore or notation`; a glob over `host/path`, first
 * match wins), and optionally the Notation trust policy and trust store inline; and the Notation
 * configuration assembled from options and that file, shared by the CLI and the action.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { SEVERITY_WORDS, type SeverityWord } from '../../advisories/model.js'
import { ConfigurationError, errorMessage } from '../../model/errors.js'
import type { VulnerabilityRequirement } from '../admission.js'
import { inlineTrustStore, parseTrustPolicy, readTrustPolicyFile, trustStoreDirectory, type NotationConfig } from './index.js'

export interface VerifyPolicyFile {
  images?: ImagePolicyEntry[]
  notation?: { trustPolicy?: unknown; trustStore?: Record<string, string> }
  shown: string
}

export const REQUIREMENTS = ['sigstore', 'notation', 'sigstore and notation', 'sigstore or notation', 'none']
const ENTRY_KEYS = ['scope', 'require', 'sbom', 'vulnerabilities']
const VULNERABILITY_KEYS = ['fail-on', 'only-fixed', 'max-age-days']

/** One scope of the verification policy: signatures, SBOM attestation, vulnerabilities (any of them). */
export interface ImagePolicyEntry {
  scope: string
  require?: 'sigstore' | 'notation' | 'sigstore and notation' | 'sigstore or notation' | 'none'
  sbom?: boolean
  vulnerabilities?: VulnerabilityRequirement
}

/** chaingate's verification policy (YAML or JSON): per image scope what is required, and Notation inline. */
export function readVerifyPolicy(file: string, shown: string): VerifyPolicyFile {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigurationError(`--verify-policy ${shown}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`)
  }
  let document: unknown
  try {
    document = parseYaml(text)
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line
    throw new ConfigurationError(`not YAML: ${(error as Error).message.split('\n')[0]}`, { file: shown, ...(line ? { line } : {}) })
  }
  const lineOf = (needle: string): number | undefined => {
    const index = text.indexOf(needle)
    return index < 0 ? undefined : text.slice(0, index).split('\n').length
  }
  const fail = (message: string, needle?: string): never => {
    const line = needle ? lineOf(needle) : undefined
    throw new ConfigurationError(message, { file: shown, ...(line ? { line } : {}) })
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) fail('the verification policy must be a mapping (images, notation)')
  const root = document as Record<string, unknown>
  for (const key of Object.keys(root)) if (key !== 'images' && key !== 'notation') fail(`unknown key ${JSON.stringify(key)} (images, notation)`, `${key}:`)
  const result: VerifyPolicyFile = { shown }
  if (root.images !== undefined) {
    if (!Array.isArray(root.images)) fail('images must be a list of {scope, require}', 'images:')
    result.images = (root.images as unknown[]).map((entry, index) => {
      const item = entry as Record<string, unknown> | null
      if (typeof item?.scope !== 'string' || item.scope === '') fail(`images[${index}] needs a scope (a glob over host/path)`, 'images:')
      const scope = item!.scope as string
      for (const key of Object.keys(item!))
        if (!ENTRY_KEYS.includes(key)) fail(`images[${index}]: unknown key ${JSON.stringify(key)} (${ENTRY_KEYS.join(', ')})`, `${key}:`)
      if (item!.require === undefined && item!.sbom === undefined && item!.vulnerabilities === undefined)
        fail(`images[${index}] requires nothing: give require, sbom and/or vulnerabilities`, scope)
      if (item!.require !== undefined && (typeof item!.require !== 'string' || !REQUIREMENTS.includes(item!.require)))
        fail(`images[${index}].require must be one of: ${REQUIREMENTS.join(', ')}`, scope)
      if (item!.sbom !== undefined && typeof item!.sbom !== 'boolean') fail(`images[${index}].sbom must be true or false`, scope)
      const parsed: ImagePolicyEntry = {
        scope,
        ...(item!.require !== undefined ? { require: item!.require as 'sigstore' } : {}),
        ...(item!.sbom === true ? { sbom: true } : {})
      }
      const vulnerabilities = item!.vulnerabilities
      if (vulnerabilities === true) parsed.vulnerabilities = { 'fail-on': 'low', 'only-fixed': false }
      else if (vulnerabilities !== undefined && vulnerabilities !== false) {
        if (typeof vulnerabilities !== 'object' || vulnerabilities === null || Array.isArray(vulnerabilities))
          fail(`images[${index}].vulnerabilities must be true or a mapping (${VULNERABILITY_KEYS.join(', ')})`, scope)
        const options = vulnerabilities as Record<string, unknown>
        for (const key of Object.keys(options))
          if (!VULNERABILITY_KEYS.includes(key))
            fail(`images[${index}].vulnerabilities: unknown key ${JSON.stringify(key)} (${VULNERABILITY_KEYS.join(', ')})`, `${key}:`)
        const failOn = options['fail-on'] === 'medium' ? 'moderate' : (options['fail-on'] ?? 'low')
        if (typeof failOn !== 'string' || !(SEVERITY_WORDS as readonly string[]).includes(failOn))
          fail(`images[${index}].vulnerabilities.fail-on must be one of: ${SEVERITY_WORDS.join(', ')}`, 'fail-on:')
        if (options['only-fixed'] !== undefined && typeof options['only-fixed'] !== 'boolean')
          fail(`images[${index}].vulnerabilities.only-fixed must be true or false`, 'only-fixed:')
        const days = options['max-age-days']
        if (days !== undefined && (typeof days !== 'number' || !Number.isInteger(days) || days < 0))
          fail(`images[${index}].vulnerabilities.max-age-days must be a whole number of days (0 or more)`, 'max-age-days:')
        parsed.vulnerabilities = {
          'fail-on': failOn as SeverityWord,
          'only-fixed': options['only-fixed'] === true,
          ...(days !== undefined ? { 'max-age-days': days as number } : {})
        }
      }
      return parsed
    })
  }
  if (root.notation !== undefined) {
    const notation = root.notation as Record<string, unknown> | null
    if (typeof notation !== 'object' || notation === null) fail('notation must be a mapping (trust-policy, trust-store)', 'notation:')
    for (const key of Object.keys(notation!))
      if (key !== 'trust-policy' && key !== 'trust-store') fail(`unknown key notation.${key} (trust-policy, trust-store)`, `${key}:`)
    const store = notation!['trust-store']
    if (store !== undefined && (typeof store !== 'object' || store === null || Object.values(store).some((value) => typeof value !== 'string')))
      fail('notation.trust-store must map "type:name" to PEM text', 'trust-store:')
    result.notation = {
      ...(notation!['trust-policy'] !== undefined ? { trustPolicy: notation!['trust-policy'] } : {}),
      ...(store ? { trustStore: store as Record<string, string> } : {})
    }
  }
  return result
}

/** Notation's configuration from the options (paths relative to `cwd`) and/or the verification policy file. */
export function notationConfig(
  values: { trustPolicy?: string | undefined; trustStore?: string | undefined; time?: string | undefined },
  policyFile: VerifyPolicyFile | undefined,
  cwd: string
): NotationConfig | undefined {
  const inline = policyFile?.notation
  const policyPath = values.trustPolicy
  const storeDir = values.trustStore
  if (!policyPath && !storeDir && !inline) {
    if (values.time) throw new ConfigurationError('--notation-time needs --notation-trust-policy and --notation-trust-store')
    return undefined
  }
  const policy = policyPath
    ? readTrustPolicyFile(path.resolve(cwd, policyPath), policyPath)
    : inline?.trustPolicy !== undefined
      ? parseTrustPolicy(inline.trustPolicy, `${policyFile!.shown} (notation.trust-policy)`)
      : undefined
  if (!policy)
    throw new ConfigurationError('Notation verification needs a trust policy: --notation-trust-policy FILE, or notation.trust-policy in --verify-policy')
  const store = storeDir
    ? trustStoreDirectory(path.resolve(cwd, storeDir), storeDir)
    : inline?.trustStore
      ? inlineTrustStore(inline.trustStore, `${policyFile!.shown} notation.trust-store`)
      : undefined
  if (!store)
    throw new ConfigurationError(
      'Notation verification needs a trust store: --notation-trust-store DIR (DIR/x509/{ca,signingAuthority,tsa}/<name>/), or notation.trust-store in --verify-policy'
    )
  let now = new Date()
  if (values.time !== undefined) {
    const text = values.time
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(Date.parse(text)))
      throw new ConfigurationError(`--notation-time must be an RFC 3339 time (2026-01-31T12:00:00Z), got ${JSON.stringify(text)}`)
    now = new Date(text)
  }
  return { policy, store, now }
}
