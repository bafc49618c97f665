/**
 * Gradle `gradle.lockfile` / `buildscript-gradle.lockfile` (dependency locking,
 * https://docs.gradle.org/current/userguide/dependency_locking.html): one line per module,
 * `group:artifact:version=configuration,…`, `empty=…` naming configurations that resolve nothing, `#`
 * comments. Scope from the configurations: test source sets (`test…`, `…Test…`) and annotation processors
 * (`annotationProcessor`, `kapt…`) are dev, as is the buildscript `classpath`; `…RuntimeClasspath` /
 * `…CompileClasspath` (and `runtimeClasspath`/`compileClasspath`) are runtime; others are unknown. A module
 * in a runtime configuration is runtime whatever else it is in. The file has no edges and does not say
 * what the build names directly.
 */
import { emptyOutcome, type Package, type ReadOutcome, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'gradle-lockfile'

function configurationScope(configuration: string, buildscript: boolean): Scope {
  if (buildscript) return 'dev'
  if (/^test/.test(configuration) || /Test[A-Z]/.test(configuration) || /annotationProcessor$/i.test(configuration) || /^kapt/.test(configuration)) return 'dev'
  if (/(^r|R)untimeClasspath$/.test(configuration) || /(^c|C)ompileClasspath$/.test(configuration)) return 'runtime'
  return 'unknown'
}

const RANK: Record<Scope, number> = { runtime: 3, optional: 2, unknown: 1, dev: 0 }

export function read(input: ReaderInput): ReadOutcome {
  const buildscript = input.path.endsWith('buildscript-gradle.lockfile')
  const packages: Package[] = []
  const lines = input.text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim()
    if (line === '' || line.startsWith('#')) continue
    const equals = line.indexOf('=')
    const coordinates = equals < 0 ? line : line.slice(0, equals)
    if (coordinates === 'empty') continue
    const parts = coordinates.split(':')
    if (equals < 0 || parts.length !== 3 || parts.some((part) => part === '')) {
      return emptyOutcome({
        path: input.path,
        line: index + 1,
        format: FORMAT,
        message: `not a lock entry "group:artifact:version=configurations": ${line.slice(0, 120)}`
      })
    }
    const [group, artifact, version] = parts as [string, string, string]
    const configurations = line
      .slice(equals + 1)
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
    let scope: Scope = configurations.length === 0 ? 'unknown' : 'dev'
    for (const configuration of configurations) {
      const candidate = configurationScope(configuration, buildscript)
      if (RANK[candidate] > RANK[scope]) scope = candidate
    }
    const name = `${group}:${artifact}`
    packages.push({
      ecosystem: 'Maven',
      name,
      version,
      purl: purlFor('Maven', name, version),
      scope,
      direct: null,
      source: 'registry',
      location: { path: input.path, line: index + 1 }
    })
  }
  return { packages, edges: [], problems: [] }
}
