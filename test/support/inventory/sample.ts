/** A hand-made inventory covering what SBOM writers must carry: scoped npm names, Maven group:artifact, Go
 * modules, dev/optional packages, git and workspace sources, edges, licenses (id, expression, free text),
 * hashes, a package found in two lockfiles, a declared-only package, and an unreadable file. */
import type { Ecosystem, Inventory, Package, PackageSource, Scope } from '../../../src/inventory/model.js'
import { packageKey } from '../../../src/inventory/model.js'
import { purlFor } from '../../../src/inventory/purl.js'

interface Spec {
  ecosystem: Ecosystem
  name: string
  version: string | null
  scope: Scope
  direct: boolean | null
  path: string
  line: number
  source?: PackageSource
  resolved?: string
  license?: string
  hashes?: string[]
  declared?: string
  purl?: string
}

export function pkg(spec: Spec): Package {
  const purl = spec.purl ?? purlFor(spec.ecosystem, spec.name, spec.version)
  return {
    ecosystem: spec.ecosystem,
    name: spec.name,
    version: spec.version,
    ...(purl ? { purl } : {}),
    ...(spec.declared ? { declared: spec.declared } : {}),
    scope: spec.scope,
    direct: spec.direct,
    source: spec.source ?? 'registry',
    ...(spec.resolved ? { resolved: spec.resolved } : {}),
    ...(spec.hashes ? { hashes: spec.hashes } : {}),
    ...(spec.license ? { license: spec.license } : {}),
    location: { path: spec.path, line: spec.line }
  }
}

export function sampleInventory(): Inventory {
  const lock = 'web/package-lock.json'
  const packages: Package[] = [
    pkg({
      ecosystem: 'npm',
      name: '@babel/core',
      version: '7.24.0',
      scope: 'dev',
      direct: true,
      path: lock,
      line: 20,
      license: 'MIT',
      hashes: ['sha512-' + Buffer.alloc(64, 1).toString('base64')]
    }),
    pkg({
      ecosystem: 'npm',
      name: 'express',
      version: '4.19.2',
      scope: 'runtime',
      direct: true,
      path: lock,
      line: 40,
      license: 'MIT',
      resolved: 'https://registry.npmjs.org/express/-/express-4.19.2.tgz'
    }),
    pkg({ ecosystem: 'npm', name: 'debug', version: '2.6.9', scope: 'runtime', direct: false, path: lock, line: 60, license: '(MIT OR Apache-2.0)' }),
    pkg({ ecosystem: 'npm', name: 'fsevents', version: '2.3.3', scope: 'optional', direct: false, path: lock, line: 80, license: 'MIT' }),
    pkg({
      ecosystem: 'npm',
      name: 'left-pad',
      version: '1.3.0',
      scope: 'runtime',
      direct: true,
      path: lock,
      line: 90,
      source: 'git',
      resolved: 'git+ssh://git@github.com/left-pad/left-pad.git#5b1a3c7d9e0f11223344556677889900aabbccdd',
      license: 'Custom: see LICENSE file'
    }),
    pkg({ ecosystem: 'npm', name: 'web', version: '1.0.0', scope: 'runtime', direct: true, path: lock, line: 5, source: 'workspace' }),
    pkg({
      ecosystem: 'Maven',
      name: 'org.apache.logging.log4j:log4j-core',
      version: '2.17.1',
      scope: 'runtime',
      direct: true,
      path: 'svc/gradle.lockfile',
      line: 3,
      license: 'Apache-2.0',
      hashes: ['sha256:' + 'ab'.repeat(32)]
    }),
    pkg({ ecosystem: 'Maven', name: 'junit:junit', version: '4.13.2', scope: 'dev', direct: true, path: 'svc/gradle.lockfile', line: 4 }),
    pkg({
      ecosystem: 'Maven',
      name: 'com.example:declared-only',
      version: null,
      declared: '${lib.version}',
      scope: 'unknown',
      direct: true,
      path: 'svc/pom.xml',
      line: 12
    }),
    pkg({ ecosystem: 'Go', name: 'github.com/google/uuid', version: 'v1.6.0', scope: 'runtime', direct: true, path: 'go.mod', line: 5 }),
    pkg({ ecosystem: 'Go', name: 'golang.org/x/sys', version: 'v0.20.0', scope: 'runtime', direct: false, path: 'go.mod', line: 9 }),
    // The same package in two lockfiles: one component, both locations, the stronger scope.
    pkg({
      ecosystem: 'npm',
      name: 'debug',
      version: '2.6.9',
      scope: 'dev',
      direct: null,
      path: 'tools/package-lock.json',
      line: 12,
      license: '(MIT OR Apache-2.0)'
    }),
    pkg({
      ecosystem: 'PyPI',
      name: 'Django',
      version: '5.0.4',
      scope: 'runtime',
      direct: true,
      path: 'api/requirements.txt',
      line: 1,
      hashes: ['sha256:' + 'cd'.repeat(32)],
      license: 'BSD-3-Clause'
    })
  ]
  const find = (name: string, path: string): string => packageKey(packages.find((item) => item.name === name && item.location.path === path)!)
  return {
    packages,
    edges: [
      { from: find('express', lock), to: find('debug', lock) },
      { from: find('@babel/core', lock), to: find('fsevents', lock) },
      { from: find('web', lock), to: find('express', lock) }
    ],
    files: [
      { path: lock, format: 'package-lock', ecosystem: 'npm', packages: 6 },
      { path: 'svc/gradle.lockfile', format: 'gradle-lockfile', ecosystem: 'Maven', packages: 2 },
      { path: 'svc/pom.xml', format: 'maven-pom', ecosystem: 'Maven', packages: 1, declaredOnly: true },
      { path: 'go.mod', format: 'go-mod', ecosystem: 'Go', packages: 2 },
      { path: 'tools/package-lock.json', format: 'package-lock', ecosystem: 'npm', packages: 1 },
      { path: 'api/requirements.txt', format: 'requirements', ecosystem: 'PyPI', packages: 1 },
      { path: 'broken/Cargo.lock', format: 'cargo-lock', ecosystem: 'crates.io', packages: 0 }
    ],
    problems: [{ path: 'broken/Cargo.lock', line: 7, format: 'cargo-lock', message: 'could not parse the file: expected "]"' }]
  }
}
