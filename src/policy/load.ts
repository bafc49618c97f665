/**
 * Loads the policy file: finds it, parses it with positions, validates it against the schema and the
 * rule catalogue, and resolves it over its preset. Every problem is one ConfigurationError naming the file,
 * the line and what is wrong.
 */
import fs from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isMap, isNode, isScalar } from '../workspace/yaml-ast.js'
import { ConfigurationError } from '../model/errors.js'
import { CONFIDENCES } from '../model/finding.js'
import type { AnyRule } from '../model/rule.js'
import { locate, parseYaml, type YamlFile } from '../workspace/yaml.js'
import { explainYamlFailure } from '../workspace/yaml-diagnostics.js'
import { nodeAtPath } from '../workspace/yaml-nodes.js'
import { globProblem } from './globs.js'
import type { PolicyLocation } from './locate.js'
import { embeddedPolicy, resolvePolicy } from './resolve.js'
import { buildPolicySchema } from './schema.js'
import type { Policy } from './types.js'

export { DEFAULT_POLICY_PATHS, findPolicy, type PolicyLocation } from './locate.js'

const MAX_POLICY_BYTES = 256 * 1024

export function loadPolicy(location: PolicyLocation, rules: AnyRule[]): Policy {
  if (!location.absolutePath) return embeddedPolicy(rules)
  const file = location.displayPath
  let text: string
  try {
    const stat = fs.statSync(location.absolutePath)
    if (!stat.isFile()) throw new ConfigurationError('policy path is not a regular file', { file })
    if (stat.size > MAX_POLICY_BYTES) throw new ConfigurationError(`policy file is larger than ${MAX_POLICY_BYTES / 1024} KiB`, { file })
    text = fs.readFileSync(location.absolutePath, 'utf8')
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(`cannot read policy file (${code === 'EACCES' ? 'permission denied' : (error as Error).message})`, { file })
  }
  return parsePolicyText(text, file, rules)
}

export function parsePolicyText(text: string, file: string, rules: AnyRule[]): Policy {
  const parsed = parseYaml(file, text)
  if (!parsed.ok) {
    const failure = explainYamlFailure(text, parsed.failure)
    throw new ConfigurationError(`invalid YAML: ${failure.message}`, { file, line: failure.line, column: failure.column })
  }
  const value = parsed.file.value
  if (value === null || value === undefined) return resolvePolicy({}, file, rules, parsed.file)
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError('the policy must be a mapping (extends, fail-on, rules, waivers...)', { file, line: 1, column: 1 })
  }
  validateAgainstSchema(value as Record<string, unknown>, parsed.file, rules)
  return resolvePolicy(value as Record<string, unknown>, file, rules, parsed.file)
}

// ---------------------------------------------------------------------------------------------------------

const validators = new WeakMap<AnyRule[], ValidateFunction>()
const optionValidators = new WeakMap<AnyRule, ValidateFunction | null>()

function optionsValidatorFor(rule: AnyRule): ValidateFunction | null {
  let validate = optionValidators.get(rule)
  if (validate === undefined) {
    const properties = rule.optionsSchema?.properties as Record<string, unknown> | undefined
    validate = properties ? new Ajv({ allErrors: false, strict: false }).compile({ type: 'object', properties }) : null
    optionValidators.set(rule, validate)
  }
  return validate
}

function validatorFor(rules: AnyRule[]): ValidateFunction {
  let validate = validators.get(rules)
  if (!validate) {
    const ajv = new Ajv({ allErrors: false, strict: false })
    validate = ajv.compile(buildPolicySchema(rules))
    validators.set(rules, validate)
  }
  return validate
}

function validateAgainstSchema(value: Record<string, unknown>, file: YamlFile, rules: AnyRule[]): void {
  // Rule entries are checked one by one first, for messages that name the rule and the option.
  const ruleEntries = value.rules
  if (ruleEntries !== undefined && (typeof ruleEntries !== 'object' || ruleEntries === null || Array.isArray(ruleEntries))) {
    fail(file, ['rules'], '"rules" must be a mapping of rule id to settings')
  }
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]))
  for (const [id, entry] of Object.entries((ruleEntries ?? {}) as Record<string, unknown>)) {
    const rule = byId.get(id)
    if (!rule) failKey(file, ['rules'], id, `unknown rule id "${id}"${suggestion(id, [...byId.keys()])}`)
    if (typeof entry === 'boolean') continue
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      fail(file, ['rules', id], `rule "${id}" must be true, false or a mapping (enabled, severity, min-confidence, options)`)
    }
    const properties = (rule.optionsSchema?.properties ?? {}) as Record<string, unknown>
    for (const key of Object.keys(entry as object)) {
      if (key !== 'enabled' && key !== 'severity' && key !== 'min-confidence' && !(key in properties)) {
        const known = ['enabled', 'severity', 'min-confidence', ...Object.keys(properties)]
        failKey(file, ['rules', id], key, `rule "${id}" has no setting "${key}" (it has: ${known.join(', ')})`)
      }
    }
    const minConfidence = (entry as Record<string, unknown>)['min-confidence']
    if (minConfidence !== undefined && !(CONFIDENCES as readonly unknown[]).includes(minConfidence)) {
      fail(file, ['rules', id, 'min-confidence'], `"rules.${id}.min-confidence" must be one of ${CONFIDENCES.join(', ')}`)
    }
    // The rule's own options first: the whole schema's oneOf (boolean or mapping) would only say "must be boolean".
    const validateOptions = optionsValidatorFor(rule)
    if (validateOptions && !validateOptions(entry)) {
      const error = (validateOptions.errors ?? [])[0]
      if (error) throw errorFromAjv({ ...error, instancePath: `/rules/${id.replace(/~/g, '~0').replace(/\//g, '~1')}${error.instancePath}` }, file)
    }
  }
  const validate = validatorFor(rules)
  if (!validate(value)) {
    const error = (validate.errors ?? [])[0]
    if (error) throw errorFromAjv(error, file)
  }
  for (const [id, entry] of Object.entries((ruleEntries ?? {}) as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue
    const problem = byId.get(id)?.checkOptions?.(entry as Record<string, unknown>)[0]
    if (problem) failKey(file, ['rules', id], problem.key, problem.message)
  }
  for (const [index, pattern] of ((value.vex ?? []) as string[]).entries()) {
    const problem = globProblem(pattern)
    if (problem) fail(file, ['vex', index], problem)
  }
  for (const [index, pattern] of ((value['ignore-paths'] ?? []) as string[]).entries()) {
    const problem = globProblem(pattern)
    if (problem) fail(file, ['ignore-paths', index], problem)
  }
  for (const [index, waiver] of ((value.waivers ?? []) as Array<Record<string, unknown>>).entries()) {
    for (const [pathIndex, pattern] of ((waiver.paths ?? []) as string[]).entries()) {
      const problem = globProblem(pattern)
      if (problem) fail(file, ['waivers', index, 'paths', pathIndex], problem)
    }
    for (const [purlIndex, purl] of ((waiver.purls ?? []) as string[]).entries()) {
      const problem = purlPatternProblem(purl)
      if (problem) fail(file, ['waivers', index, 'purls', purlIndex], problem)
    }
    if (typeof waiver.expires === 'string' && !isCalendarDate(waiver.expires)) {
      fail(file, ['waivers', index, 'expires'], `"${waiver.expires}" is not a valid date (YYYY-MM-DD)`)
    }
  }
}

/** A waiver's purl: a package URL, or a glob over them (`pkg:npm/@acme/*`); undefined when it is one. */
export function purlPatternProblem(text: string): string | undefined {
  // The shape only (packageurl-js is not loaded for a policy): scheme, type, then a name.
  return /^pkg:[A-Za-z.+-][A-Za-z0-9.+-]*\/[^/\s]/.test(text)
    ? undefined
    : `"${text}" is not a package URL or purl glob (pkg:type/namespace/name[@version], e.g. pkg:npm/lodash@4.17.20 or pkg:npm/@acme/*)`
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function errorFromAjv(error: ErrorObject, file: YamlFile): ConfigurationError {
  const segments = pointerSegments(error.instancePath)
  const name = segments.length ? `"${segments.join('.')}"` : 'the policy'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties':
      return errorAtKey(file, segments, String(params.additionalProperty), `unknown key "${String(params.additionalProperty)}" in ${name}`)
    case 'propertyNames':
      return errorAtKey(file, segments, String(params.propertyName), `unknown key "${String(params.propertyName)}" in ${name}`)
    case 'enum':
      return errorAt(file, segments, `${name} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`)
    case 'required':
      return errorAt(file, segments, `${name} needs "${String(params.missingProperty)}"`)
    case 'pattern':
      return errorAt(
        file,
        segments,
        segments.includes('expires')
          ? `${name} must look like YYYY-MM-DD`
          : String(params.pattern).startsWith('^https?')
            ? `${name} must be an http(s) URL`
            : `${name} must match ${String(params.pattern)}`
      )
    default:
      return errorAt(file, segments, `${name} ${error.message ?? 'is invalid'}`)
  }
}

function pointerSegments(pointer: string): Array<string | number> {
  if (!pointer) return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

const nodeAt = nodeAtPath

function errorAt(file: YamlFile, segments: Array<string | number>, message: string): ConfigurationError {
  const node = nodeAt(file.doc, segments)
  const where = node ? locate(file, node) : { startLine: 1, startColumn: 1 }
  return new ConfigurationError(message, { file: file.path, line: where.startLine, column: where.startColumn })
}

function errorAtKey(file: YamlFile, mapPath: Array<string | number>, key: string, message: string): ConfigurationError {
  const map = nodeAt(file.doc, mapPath)
  if (isMap(map)) {
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    if (pair && isNode(pair.key)) {
      const where = locate(file, pair.key)
      return new ConfigurationError(message, { file: file.path, line: where.startLine, column: where.startColumn })
    }
  }
  return errorAt(file, mapPath, message)
}

function fail(file: YamlFile, segments: Array<string | number>, message: string): never {
  throw errorAt(file, segments, message)
}

function failKey(file: YamlFile, mapPath: Array<string | number>, key: string, message: string): never {
  throw errorAtKey(file, mapPath, key, message)
}

function suggestion(id: string, ids: string[]): string {
  const close = ids.filter((candidate) => distance(candidate, id) <= Math.max(2, Math.floor(id.length / 4)))
  return close.length ? ` (did you mean "${close[0]}"?)` : ''
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

// ---------------------------------------------------------------------------------------------------------
