/** VEX in (OpenVEX, CycloneDX) and out (OpenVEX, validated against the OpenVEX schema). */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { decidingStatement, openVexDocument, purlMatches, readVex, suppresses, VexError } from '../../src/advisories/vex.js'

const require = createRequire(import.meta.url)
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default

const openvex = {
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/1',
  author: 'Security team',
  timestamp: '2026-01-10T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2020-8203' },
      products: [{ '@id': 'pkg:npm/lodash@4.17.15' }],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path'
    },
    {
      vulnerability: { name: 'GHSA-aaaa-bbbb-cccc', aliases: ['CVE-2024-1'] },
      products: [{ '@id': 'pkg:github/acme/app', subcomponents: [{ '@id': 'pkg:pypi/django' }] }],
      status: 'under_investigation'
    },
    { vulnerability: { name: 'CVE-2024-1' }, products: [{ '@id': 'pkg:pypi/django' }], status: 'fixed', timestamp: '2026-02-01T00:00:00Z' }
  ]
}

describe('reading VEX', () => {
  it('reads OpenVEX statements with aliases, subcomponents and cascading timestamps', () => {
    const statements = readVex(openvex, '.vex/app.openvex.json')
    expect(statements.map((statement) => [statement.ids, statement.purls, statement.status, statement.timestamp])).toEqual([
      [['CVE-2020-8203'], ['pkg:npm/lodash@4.17.15'], 'not_affected', '2026-01-10T00:00:00Z'],
      [['GHSA-aaaa-bbbb-cccc', 'CVE-2024-1'], ['pkg:github/acme/app', 'pkg:pypi/django'], 'under_investigation', '2026-01-10T00:00:00Z'],
      [['CVE-2024-1'], ['pkg:pypi/django'], 'fixed', '2026-02-01T00:00:00Z']
    ])
  })
  it('reads CycloneDX VEX, resolving bom-refs to purls and mapping analysis states', () => {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        {
          type: 'library',
          name: 'log4j-core',
          group: 'org.apache.logging.log4j',
          version: '2.14.1',
          'bom-ref': 'log4j',
          purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'
        }
      ],
      vulnerabilities: [
        { id: 'CVE-2021-44228', analysis: { state: 'false_positive', detail: 'JNDI lookups disabled' }, affects: [{ ref: 'log4j' }] },
        { id: 'CVE-2021-45046', analysis: { state: 'exploitable' }, affects: [{ ref: 'log4j' }] },
        { id: 'CVE-2000-1', affects: [{ ref: 'log4j' }] }
      ]
    }
    const statements = readVex(bom, 'bom.vex.json')
    expect(statements.map((statement) => [statement.ids[0], statement.status, statement.purls[0], statement.impact])).toEqual([
      ['CVE-2021-44228', 'not_affected', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', 'JNDI lookups disabled'],
      ['CVE-2021-45046', 'affected', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1', undefined]
    ])
  })
  it('refuses documents it cannot read, naming the file and statement', () => {
    expect(() => readVex({ foo: 1 }, 'x.json')).toThrow(VexError)
    expect(() => readVex({ ...openvex, statements: [{ vulnerability: { name: 'CVE-1' }, products: [], status: 'not_affected' }] }, 'x.json')).toThrow(
      'x.json: statement 1: not_affected needs a justification or an impact_statement'
    )
    expect(() => readVex({ ...openvex, statements: [{ vulnerability: { name: 'CVE-1' }, status: 'maybe' }] }, 'x.json')).toThrow(
      /statement 1: status must be one of/
    )
  })
})

describe('deciding findings', () => {
  const statements = readVex(openvex, 'a.json')
  it('matches by any alias and purl; a versioned product purl needs the same version', () => {
    expect(suppresses(decidingStatement(statements, ['GHSA-p6mc-m468-83gw', 'CVE-2020-8203'], 'pkg:npm/lodash@4.17.15'))).toBe(true)
    expect(decidingStatement(statements, ['GHSA-p6mc-m468-83gw', 'CVE-2020-8203'], 'pkg:npm/lodash@4.17.21')).toBeUndefined()
    expect(decidingStatement(statements, ['CVE-2020-8203'], undefined)).toBeUndefined()
  })
  it('the latest statement about a product and vulnerability wins; under_investigation does not suppress', () => {
    const deciding = decidingStatement(statements, ['GHSA-aaaa-bbbb-cccc', 'CVE-2024-1'], 'pkg:pypi/django@4.2.0')
    expect(deciding?.status).toBe('fixed')
    expect(suppresses(deciding)).toBe(true)
    const earlier = decidingStatement(statements.slice(0, 2), ['CVE-2024-1'], 'pkg:pypi/django@4.2.0')
    expect(earlier?.status).toBe('under_investigation')
    expect(suppresses(earlier)).toBe(false)
  })
  it('compares purls by type, namespace, name, version and given qualifiers only', () => {
    expect(purlMatches('pkg:deb/debian/openssl', 'pkg:deb/debian/openssl@3.0.11-1?arch=amd64&distro=debian-12')).toBe(true)
    expect(purlMatches('pkg:deb/debian/openssl?arch=arm64', 'pkg:deb/debian/openssl@3.0.11-1?arch=amd64')).toBe(false)
    expect(purlMatches('pkg:npm/%40acme/util', 'pkg:npm/%40acme/util@1.0.0')).toBe(true)
    expect(purlMatches('pkg:npm/util', 'pkg:npm/%40acme/util@1.0.0')).toBe(false)
    expect(purlMatches('not a purl', 'pkg:npm/util@1.0.0')).toBe(false)
  })
})

describe('exporting waivers as OpenVEX', () => {
  it('writes a document valid against the OpenVEX 0.2.0 schema that reads back the same', () => {
    const document = openVexDocument(
      [
        { ids: ['GHSA-p6mc-m468-83gw', 'CVE-2020-8203'], purl: 'pkg:npm/lodash@4.17.15', reason: 'zipObjectDeep is never called' },
        { ids: ['CVE-2024-1'], purl: 'pkg:pypi/django@4.2.0', reason: 'admin disabled', justification: 'vulnerable_code_not_in_execute_path' }
      ],
      { id: 'https://example.com/vex/waivers', author: 'chaingate', timestamp: '2026-12-05T00:00:00Z' }
    )
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(fs.readFileSync('test/support/schemas/openvex-0.2.0.schema.json', 'utf8')))
    expect(validate(document) ? [] : validate.errors).toEqual([])
    const again = readVex(document, 'out.json')
    expect(again.map((statement) => [statement.ids, statement.purls, statement.status])).toEqual([
      [['GHSA-p6mc-m468-83gw', 'CVE-2020-8203'], ['pkg:npm/lodash@4.17.15'], 'not_affected'],
      [['CVE-2024-1'], ['pkg:pypi/django@4.2.0'], 'not_affected']
    ])
  })
})
