/**
 * The official JSON schemas of the SBOM formats chaingate writes, compiled with ajv (draft-07): CycloneDX
 * 1.6 as shipped in @cyclonedx/cyclonedx-library (`res/schema`, with the SPDX license-id and JSF schemas it
 * references), and SPDX 2.3 from spdx/spdx-spec (test/support/schemas/README.md says where it comes from).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'

const require = createRequire(import.meta.url)
const CDX_SCHEMAS = path.join(path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema')
const SPDX_SCHEMA = fileURLToPath(new URL('../schemas/spdx-2.3.schema.json', import.meta.url))

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>

function compile(schema: Record<string, unknown>, references: Record<string, Record<string, unknown>> = {}): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, schemas: references, addUsedSchema: false })
  ajvFormats.default(ajv)
  // CycloneDX's iri-reference and idn-email: ajv-formats has no IRI check; URLs are checked by the tests.
  ajv.addFormat('iri-reference', true)
  ajv.addFormat('idn-email', true)
  return ajv.compile(schema)
}

let cyclonedx: ValidateFunction | undefined
let spdx: ValidateFunction | undefined

export function validateCycloneDx16(document: unknown): ErrorObject[] {
  cyclonedx ??= compile(readJson(path.join(CDX_SCHEMAS, 'bom-1.6.SNAPSHOT.schema.json')), {
    'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readJson(path.join(CDX_SCHEMAS, 'spdx.SNAPSHOT.schema.json')),
    'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': readJson(path.join(CDX_SCHEMAS, 'jsf-0.82.SNAPSHOT.schema.json'))
  })
  return cyclonedx(document) ? [] : (cyclonedx.errors ?? [])
}

export function validateSpdx23(document: unknown): ErrorObject[] {
  spdx ??= compile(readJson(SPDX_SCHEMA))
  return spdx(document) ? [] : (spdx.errors ?? [])
}
