/**
 * The verification policy's JSON Schema (src/verify/verify-policy.schema.json, published by the build as
 * schema/chaingate-verify-policy.schema.json, for editors) says what `readVerifyPolicy` accepts: the same
 * documents pass and fail both, and its enums are the code's.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Ajv } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { SEVERITY_WORDS } from '../../src/advisories/model.js'
import { readVerifyPolicy, REQUIREMENTS } from '../../src/verify/notation/config.js'

const schema = JSON.parse(fs.readFileSync('src/verify/verify-policy.schema.json', 'utf8')) as Record<string, unknown>
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

const accepted = [
  'images:\n  - scope: "ghcr.io/acme/**"\n    require: sigstore\n    sbom: true\n    vulnerabilities: { fail-on: high, only-fixed: true }\n  - scope: "docker.io/library/*"\n    require: none\n    vulnerabilities: { fail-on: critical, max-age-days: 30 }\n',
  'images:\n  - scope: "**"\n    vulnerabilities: true\n',
  'images:\n  - scope: "**"\n    sbom: false\n    vulnerabilities: { fail-on: medium }\n',
  'images:\n  - scope: "**"\n    require: sigstore or notation\nnotation:\n  trust-policy: { version: "1.0", trustPolicies: [] }\n  trust-store: { "ca:acme": "PEM" }\n'
]
const refused = [
  'images:\n  - require: sigstore\n',
  'images:\n  - scope: "**"\n',
  'images:\n  - scope: "**"\n    require: cosign\n',
  'images:\n  - scope: "**"\n    sbom: "yes"\n',
  'images:\n  - scope: "**"\n    vulnerabilities: { fail-on: severe }\n',
  'images:\n  - scope: "**"\n    vulnerabilities: { max-age-days: -1 }\n',
  'images:\n  - scope: "**"\n    vulnerabilities: { fail-on: high, ignore: true }\n',
  'images:\n  - scope: "**"\n    sbom: true\n    signed: true\n',
  'images: {}\n',
  'rules: {}\n'
]

function readerAccepts(text: string): boolean {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-verify-policy-')), 'policy.yml')
  fs.writeFileSync(file, text)
  try {
    readVerifyPolicy(file, 'policy.yml')
    return true
  } catch {
    return false
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
}

describe('verification policy schema', () => {
  it.each(accepted)('accepts what the reader accepts: %s', (text) => {
    expect(validate(parseYaml(text))).toBe(true)
    expect(readerAccepts(text)).toBe(true)
  })

  it.each(refused)('refuses what the reader refuses: %s', (text) => {
    expect(validate(parseYaml(text))).toBe(false)
    expect(readerAccepts(text)).toBe(false)
  })

  it("has the code's requirement and severity words", () => {
    const entry = (schema.properties as Record<string, { items: { properties: Record<string, Record<string, unknown>> } }>).images!.items.properties
    expect(entry.require!.enum).toEqual(REQUIREMENTS)
    const failOn = (entry.vulnerabilities!.oneOf as Array<{ properties?: Record<string, { enum: string[] }> }>)[1]!.properties!['fail-on']!.enum.filter(
      (word) => word !== 'medium'
    )
    expect(failOn).toEqual([...SEVERITY_WORDS])
  })
})
