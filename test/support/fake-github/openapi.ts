/**
 * GitHub's published OpenAPI description (`@octokit/openapi`) as a validator for the fake server: route
 * templates are looked up in it, and every JSON body (responses and request bodies) is checked against
 * the operation's schema. The document is loaded once per process per variant; a schema is compiled
 * lazily, the first time an (operation, status) pair is served, and cached.
 *
 * OpenAPI 3.0 is not JSON Schema: `nullable: true` is rewritten once at load time into
 * `anyOf: [{ type: 'null' }, schema]`; `discriminator`, `example` and `x-*` keywords are ignored.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'

export type OpenApiVariant = 'api.github.com' | 'ghec' | `ghes-3.${number}`

type Json = Record<string, unknown>

const DOC_ID = 'https://chaingate.test/openapi.json'
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** The fallback schema for error statuses an operation does not document. */
export const BASIC_ERROR_POINTER = '#/components/schemas/basic-error'

export interface OperationInfo {
  method: string
  template: string
  operationId: string
  operation: Json
}

export class OpenApiDocument {
  readonly variant: OpenApiVariant
  readonly loadMs: number
  readonly version: string
  private readonly doc: Json
  private readonly ajv: Ajv
  private readonly validators = new Map<string, ValidateFunction>()
  /** Time spent compiling schemas, per pointer, for measurements. */
  readonly compileMs = new Map<string, number>()

  constructor(variant: OpenApiVariant) {
    const started = performance.now()
    this.variant = variant
    const file = openApiFile(variant)
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as Json
    rewriteNullable(this.doc.paths)
    rewriteNullable((this.doc.components as Json | undefined) ?? {})
    this.version = String((this.doc.info as Json | undefined)?.version ?? '')
    this.ajv = new Ajv({ strict: false, validateSchema: false, allErrors: false, logger: false, code: { optimize: false } })
    ajvFormats.default(this.ajv, { mode: 'fast' })
    for (const format of ['repo.nwo', 'binary', 'uri-template']) this.ajv.addFormat(format, true)
    this.ajv.addSchema({ ...this.doc, $id: DOC_ID } as Json, DOC_ID)
    this.loadMs = performance.now() - started
  }

  /** The operation for `method` on `template` (OpenAPI path syntax), or undefined when GitHub does not document it. */
  operation(method: string, template: string): OperationInfo | undefined {
    const paths = this.doc.paths as Record<string, Json | undefined>
    const item = paths[template]
    const operation = item?.[method.toLowerCase()] as Json | undefined
    if (!item || !operation || !METHODS.includes(method.toLowerCase())) return undefined
    return { method: method.toUpperCase(), template, operationId: String(operation.operationId ?? ''), operation }
  }

  /** Documented statuses of an operation, e.g. ['200', '403', '404']. */
  statuses(info: OperationInfo): string[] {
    return Object.keys((info.operation.responses as Json | undefined) ?? {})
  }

  /**
   * Checks a response body. Returns problems as one line each (empty when valid).
   * An undocumented status is a problem, except an error status (>= 400) whose body matches `basic-error`.
   */
  validateResponse(info: OperationInfo, status: number, body: unknown): string[] {
    const where = `${info.method} ${info.template} (${info.operationId}) -> ${status}`
    const responses = (info.operation.responses as Json | undefined) ?? {}
    const key = String(status)
    const base = `#/paths/${escapePointer(info.template)}/${info.method.toLowerCase()}/responses`
    if (!(key in responses)) {
      if (status >= 400) {
        const problems = this.check(BASIC_ERROR_POINTER, body)
        return problems.map((problem) => `${where}: status ${status} is not documented for this operation and the body is not a basic-error: ${problem}`)
      }
      return [`${where}: status ${status} is not documented for this operation (documented: ${Object.keys(responses).join(', ')})`]
    }
    const resolved = this.resolve(`${base}/${key}`)
    const content = resolved.value.content as Json | undefined
    const json = content?.['application/json'] as Json | undefined
    if (!json?.schema) {
      if (body === undefined || body === null || body === '') return []
      if (status >= 400) return []
      return [`${where}: GitHub documents no JSON body for this status, but the fake sent one`]
    }
    if (body === undefined) return [`${where}: GitHub documents a JSON body for this status, but the fake sent none`]
    const pointer = `${resolved.pointer}/content/application~1json/schema`
    return this.check(pointer, body).map((problem) => `${where}: ${problem}`)
  }

  /** Checks a request body against the operation's `requestBody` JSON schema. */
  validateRequest(info: OperationInfo, body: unknown): string[] {
    const where = `${info.method} ${info.template} (${info.operationId}) request body`
    if (!info.operation.requestBody) return []
    const resolved = this.resolve(`#/paths/${escapePointer(info.template)}/${info.method.toLowerCase()}/requestBody`)
    const content = resolved.value.content as Json | undefined
    const json = content?.['application/json'] as Json | undefined
    if (!json?.schema) return []
    if (body === undefined) {
      return resolved.value.required === true ? [`${where}: GitHub requires a JSON body, none was sent`] : []
    }
    return this.check(`${resolved.pointer}/content/application~1json/schema`, body).map((problem) => `${where}: ${problem}`)
  }

  /** Validates `data` against the schema at `pointer` (a JSON pointer fragment into the document). */
  check(pointer: string, data: unknown): string[] {
    const validate = this.validator(pointer)
    if (validate(data)) return []
    return formatErrors(validate.errors ?? [])
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer)
    if (!validate) {
      const started = performance.now()
      validate = this.ajv.compile({ $ref: `${DOC_ID}${pointer}` })
      this.compileMs.set(pointer, performance.now() - started)
      this.validators.set(pointer, validate)
    }
    return validate
  }

  /** Follows `$ref`s of OpenAPI objects (responses, request bodies) and returns the final pointer and value. */
  private resolve(pointer: string): { pointer: string; value: Json } {
    let current = pointer
    for (let hops = 0; hops < 10; hops += 1) {
      const value = getPointer(this.doc, current)
      if (value && typeof value.$ref === 'string' && value.$ref.startsWith('#/')) {
        current = value.$ref
        continue
      }
      return { pointer: current, value: value ?? {} }
    }
    throw new Error(`$ref loop at ${pointer}`)
  }
}

const documents = new Map<OpenApiVariant, OpenApiDocument>()

/** The OpenAPI document of `variant`, loaded once per process. */
export function loadOpenApi(variant: OpenApiVariant = 'api.github.com'): OpenApiDocument {
  let doc = documents.get(variant)
  if (!doc) {
    doc = new OpenApiDocument(variant)
    documents.set(variant, doc)
  }
  return doc
}

const require = createRequire(import.meta.url)

function openApiFile(variant: OpenApiVariant): string {
  try {
    return require.resolve(`@octokit/openapi/generated/${variant}.json`)
  } catch {
    throw new Error(`fake-github: no OpenAPI description "${variant}" in @octokit/openapi (see ${availableVariants().join(', ')})`)
  }
}

/** The variants shipped by the installed `@octokit/openapi`. */
export function availableVariants(): OpenApiVariant[] {
  const dir = require.resolve('@octokit/openapi/generated/api.github.com.json').replace(/api\.github\.com\.json$/, '')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.deref.json'))
    .map((name) => name.replace(/\.json$/, '') as OpenApiVariant)
}

/** The newest GHES description shipped, e.g. `ghes-3.19`. */
export function newestGhes(): OpenApiVariant {
  const ghes = availableVariants()
    .filter((name) => name.startsWith('ghes-'))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
  const newest = ghes[ghes.length - 1]
  if (!newest) throw new Error('fake-github: @octokit/openapi ships no GHES description')
  return newest
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1')
}

function getPointer(doc: Json, pointer: string): Json | undefined {
  let current: unknown = doc
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Json)[key]
  }
  return current !== null && typeof current === 'object' ? (current as Json) : undefined
}

/** OpenAPI 3.0 `nullable: true` -> JSON Schema `anyOf: [{type: 'null'}, rest]`, in place. */
function rewriteNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteNullable(item)
    return
  }
  if (node === null || typeof node !== 'object') return
  const object = node as Json
  for (const [key, value] of Object.entries(object)) {
    if (key === 'example' || key === 'examples') continue
    if (value !== null && typeof value === 'object') rewriteNullable(value)
  }
  if (object.nullable === true) {
    const rest: Json = {}
    for (const [key, value] of Object.entries(object)) {
      if (key === 'nullable' || key === 'description' || key === 'title') continue
      rest[key] = value
      delete object[key]
    }
    delete object.nullable
    object.anyOf = [{ type: 'null' }, rest]
  } else if (object.nullable === false) {
    delete object.nullable
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  // With anyOf/oneOf, Ajv lists every failing branch first; the most specific line is usually the deepest path.
  const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)
  const lines = sorted.slice(0, 4).map((error) => {
    const at = error.instancePath === '' ? '(body)' : error.instancePath
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : error.keyword === 'enum'
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : ''
    return `${at} ${error.message ?? error.keyword}${extra} [schema ${error.schemaPath}]`
  })
  return [lines.join('; ')]
}
