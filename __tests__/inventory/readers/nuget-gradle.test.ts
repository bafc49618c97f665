import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read as readGradle } from '../../../src/inventory/readers/gradle-lockfile.js'
import { read as readNuget } from '../../../src/inventory/readers/nuget-lock.js'

const fixture = (format: string, name: string): string => readFileSync(path.join('test/fixtures/inventory', format, name), 'utf8')
const none = () => undefined

describe('packages.lock.json reader (hand-written after NuGet’s documented format)', () => {
  const text = fixture('nuget-lock', 'packages.lock.json')
  const lines = text.split('\n')
  const outcome = readNuget({ path: 'src/App/packages.lock.json', text, sibling: none })

  it('merges frameworks and RIDs into one package per name and version, with type → direct and source', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.direct, pkg.source, pkg.scope])).toEqual([
      ['Newtonsoft.Json', '13.0.3', true, 'registry', 'unknown'],
      ['Serilog.Sinks.Console', '5.0.1', true, 'registry', 'unknown'],
      ['Serilog', '3.1.1', false, 'registry', 'unknown'],
      ['MyCompany.Core', null, true, 'workspace', 'runtime'],
      ['System.Text.Json', '8.0.4', false, 'registry', 'unknown'],
      ['System.Buffers', '4.5.1', false, 'registry', 'unknown']
    ])
  })

  it('keeps the content hash as SHA-512, the purl, and the line of the first entry', () => {
    const json = outcome.packages[0]
    expect(json?.hashes).toEqual(['sha512-HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lMReHMOagPa+zQ=='])
    expect(json?.purl).toBe('pkg:nuget/Newtonsoft.Json@13.0.3')
    for (const pkg of outcome.packages) expect(lines[pkg.location.line - 1]?.trim()).toBe(`"${pkg.name}": {`)
    expect(outcome.packages.find((pkg) => pkg.name === 'Serilog')?.location.line).toBe(20)
  })

  it('has each framework’s edges once', () => {
    expect(outcome.edges.map((edge) => `${edge.from.split('\u0000')[1]} -> ${edge.to.split('\u0000')[1]}`)).toEqual([
      'Serilog.Sinks.Console -> Serilog',
      'MyCompany.Core -> Newtonsoft.Json',
      'System.Text.Json -> System.Buffers'
    ])
  })

  it.each([
    ['{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "A": {"type": "Direct", "resolved": "1.0.0"},\n    }\n  }\n}\n', 6],
    ['{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "A": {\n        "type": "Direct"\n      }\n    }\n  }\n}\n', 5],
    ['{"version": 1}', 1]
  ])('reports a malformed lock file as one problem with its line (%#)', (bad, line) => {
    const result = readNuget({ path: 'packages.lock.json', text: bad, sibling: none })
    expect(result.packages).toEqual([])
    expect(result.problems).toMatchObject([{ path: 'packages.lock.json', line, format: 'nuget-lock' }])
  })
})

describe('gradle.lockfile reader (hand-written after Gradle’s documented format)', () => {
  const text = fixture('gradle-lockfile', 'gradle.lockfile')
  const outcome = readGradle({ path: 'app/gradle.lockfile', text, sibling: none })

  it('reads every module line with its scope from the configurations, skipping comments and empty=', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.scope, pkg.location.line])).toEqual([
      ['com.fasterxml.jackson.core:jackson-annotations', '2.17.2', 'runtime', 4],
      ['com.fasterxml.jackson.core:jackson-databind', '2.17.2', 'runtime', 5],
      ['com.google.auto.service:auto-service', '1.1.1', 'dev', 6],
      ['com.google.guava:guava', '33.2.1-jre', 'runtime', 7],
      ['org.junit.jupiter:junit-jupiter-api', '5.10.3', 'dev', 8],
      ['org.junit.jupiter:junit-jupiter-engine', '5.10.3', 'dev', 9],
      ['org.slf4j:slf4j-api', '2.0.16', 'dev', 10],
      ['com.example:detekt-rules', '1.0.0', 'unknown', 11]
    ])
    expect(outcome.packages[1]).toMatchObject({
      ecosystem: 'Maven',
      purl: 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2',
      direct: null,
      source: 'registry'
    })
    expect(outcome.edges).toEqual([])
  })

  it('calls the buildscript lockfile’s classpath dev', () => {
    const result = readGradle({ path: 'buildscript-gradle.lockfile', text: 'org.jetbrains.kotlin:kotlin-gradle-plugin:2.0.0=classpath\n', sibling: none })
    expect(result.packages[0]?.scope).toBe('dev')
  })

  it.each([['com.google.guava:guava=runtimeClasspath\n'], ['# c\ncom.google.guava:guava:33.2.1-jre\n'], ['a:b:c:d=runtimeClasspath\n']])(
    'reports a malformed line with its number (%#)',
    (bad) => {
      const result = readGradle({ path: 'gradle.lockfile', text: bad, sibling: none })
      expect(result.packages).toEqual([])
      expect(result.problems).toMatchObject([{ path: 'gradle.lockfile', line: bad.startsWith('#') ? 2 : 1, format: 'gradle-lockfile' }])
    }
  )
})
