/**
 * Shape checks of what the OSV API answers, before anything is used: the parts of an OSV record chaingate
 * reads (ids, dates, aliases, severity, affected packages, ranges and events, versions), and the
 * `querybatch` answer. Fields chaingate does not read are not judged here, so a record with a new severity
 * type or reference kind still counts; the test fakes validate whole records against OSV's published
 * JSON schema (test/support/schemas/osv-schema.json).
 */
import type { OsvRecord } from './osv.js'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit']

/** The first problem of a record, or null when every part chaingate reads has the OSV shape. */
export function osvRecordProblem(value: unknown): string | null {
  if (!isObject(value)) return 'the record is not a JSON object'
  if (!isString(value.id) || value.id === '') return '"id" is missing or not a string'
  for (const key of ['modified', 'published', 'withdrawn']) {
    if (key === 'modified' || value[key] !== undefined) {
      if (!isString(value[key]) || !TIMESTAMP.test(value[key])) return `"${key}" is not an RFC 3339 timestamp`
    }
  }
  if (value.aliases !== undefined && value.aliases !== null && !isStringArray(value.aliases)) return '"aliases" is not a list of strings'
  if (value.summary !== undefined && !isString(value.summary)) return '"summary" is not a string'
  const severity = severityProblem(value.severity, 'severity')
  if (severity) return severity
  if (value.database_specific !== undefined && !isObject(value.database_specific)) return '"database_specific" is not an object'
  if (value.affected === undefined || value.affected === null) return null
  if (!Array.isArray(value.affected)) return '"affected" is not a list'
  for (const [index, entry] of value.affected.entries()) {
    const where = `affected[${index}]`
    if (!isObject(entry)) return `${where} is not an object`
    if (entry.package !== undefined) {
      if (!isObject(entry.package) || !isString(entry.package.ecosystem) || !isString(entry.package.name))
        return `${where}.package needs "ecosystem" and "name" strings`
    }
    if (entry.versions !== undefined && !isStringArray(entry.versions)) return `${where}.versions is not a list of strings`
    const entrySeverity = severityProblem(entry.severity, `${where}.severity`)
    if (entrySeverity) return entrySeverity
    if (entry.database_specific !== undefined && !isObject(entry.database_specific)) return `${where}.database_specific is not an object`
    if (entry.ranges === undefined) continue
    if (!Array.isArray(entry.ranges)) return `${where}.ranges is not a list`
    for (const [rangeIndex, range] of entry.ranges.entries()) {
      const at = `${where}.ranges[${rangeIndex}]`
      if (!isObject(range) || !isString(range.type)) return `${at} needs a "type"`
      if (!Array.isArray(range.events) || range.events.length === 0) return `${at}.events is not a non-empty list`
      for (const [eventIndex, event] of range.events.entries()) {
        const keys = isObject(event) ? Object.keys(event).filter((key) => EVENT_KEYS.includes(key)) : []
        if (!isObject(event) || keys.length !== 1 || !isString(event[keys[0]!]))
          return `${at}.events[${eventIndex}] must have exactly one of ${EVENT_KEYS.join(', ')} (a string)`
      }
    }
  }
  return null
}

function severityProblem(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value)) return `"${where}" is not a list`
  for (const entry of value)
    if (!isObject(entry) || !isString(entry.type) || !isString(entry.score)) return `"${where}" entries need "type" and "score" strings`
  return null
}

export function asOsvRecord(value: unknown): OsvRecord | string {
  const problem = osvRecordProblem(value)
  return problem ?? (value as OsvRecord)
}

export interface QueryBatchResult {
  vulns: Array<{ id: string; modified: string }>
  next_page_token?: string
}

/** The `querybatch` answer for `expected` queries, or a problem. */
export function queryBatchProblem(value: unknown, expected: number): string | null {
  if (!isObject(value) || !Array.isArray(value.results)) return 'the answer has no "results" list'
  if (value.results.length !== expected) return `the answer has ${value.results.length} results for ${expected} queries`
  for (const [index, result] of value.results.entries()) {
    if (!isObject(result)) return `results[${index}] is not an object`
    if (result.next_page_token !== undefined && !isString(result.next_page_token)) return `results[${index}].next_page_token is not a string`
    if (result.vulns === undefined) continue
    if (!Array.isArray(result.vulns)) return `results[${index}].vulns is not a list`
    for (const vuln of result.vulns) {
      if (!isObject(vuln) || !isString(vuln.id) || vuln.id === '') return `results[${index}].vulns has an entry without an "id"`
      if (!isString(vuln.modified) || !TIMESTAMP.test(vuln.modified)) return `results[${index}].vulns entry ${vuln.id} has no RFC 3339 "modified"`
    }
  }
  return null
}
