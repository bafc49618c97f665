/** OSV's published JSON schema (test/support/schemas/osv-schema.json, draft 2020-12) compiled once per test file. */
import fs from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import type { ValidateFunction } from 'ajv'

let validator: ValidateFunction | undefined

export function osvSchemaValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ strict: false, allErrors: false })
    ajvFormats.default(ajv)
    validator = ajv.compile(JSON.parse(fs.readFileSync(path.resolve('test/support/schemas/osv-schema.json'), 'utf8')) as object)
  }
  return validator
}

/** Problems of a record against the schema ([] when valid). */
export function osvSchemaProblems(record: unknown): string[] {
  const validate = osvSchemaValidator()
  if (validate(record)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
}
