/**
 * Reading SBOMs other tools make into the inventory model. The documents below are written by hand after
 * the formats' specifications and the shapes Syft and GitHub's dependency-graph export are documented to
 * produce (no fixture copied from those projects).
 */
import { describe, expect, it } from '@jest/globals'
import { readSbom } from '../../src/inventory/sbom/index.js'
import { isVersionRange } from '../../src/inventory/sbom/read.js'
import { packageKey, type Package } from '../../src/inventory/model.js'
import { ecosystemForPurl, parsePurl } from '../../src/inventory/purl.js'

const pretty = (document: unknown): string => `${JSON.stringify(document, null, 2)}\n`
const summary = (pkg: Package): string => `${pkg.ecosystem} ${pkg.name}@${pkg.version ?? '-'} ${pkg.scope} ${pkg.direct}`

/** CycloneDX 1.7 in the shape Syft writes for a directory: the source as metadata.component of type file,
 * bom-refs with a package-id qualifier, no scope, syft:* properties, CPEs, and a dependency graph. */
const syftCycloneDx = {
  $schema: 'http://cyclonedx.org/schema/bom-1.7.schema.json',
  bomFormat: 'CycloneDX',
  specVersion: '1.7',
  serialNumber: 'urn:uuid:6a1f0c52-7d3e-4f0e-9f3a-2b8c1d4e5f60',
  version: 1,
  metadata: {
    timestamp: '2026-01-02T03:04:05Z',
    tools: { components: [{ type: 'application', author: 'anchore', name: 'syft', version: '1.99.0' }] },
    component: { 'bom-ref': '2f3c4d5e6f708192', type: 'file', name: '/src' }
  },
  components: [
    {
      'bom-ref': 'pkg:npm/express@4.19.2?package-id=aa11',
      type: 'library',
      name: 'express',
      version: '4.19.2',
      licenses: [{ license: { id: 'MIT' } }],
      cpe: 'cpe:2.3:a:express:express:4.19.2:*:*:*:*:*:*:*',
      purl: 'pkg:npm/express@4.19.2',
      properties: [
        { name: 'syft:package:foundBy', value: 'javascript-lock-cataloger' },
        { name: 'syft:package:type', value: 'npm' },
        { name: 'syft:location:0:path', value: '/package-lock.json' }
      ]
    },
    {
      'bom-ref': 'pkg:npm/%40types/node@20.11.0?package-id=bb22',
      type: 'library',
      group: '@types',
      name: 'node',
      version: '20.11.0',
      purl: 'pkg:npm/%40types/node@20.11.0'
    },
    {
      'bom-ref': 'pkg:npm/debug@2.6.9?package-id=cc33',
      type: 'library',
      name: 'debug',
      version: '2.6.9',
      licenses: [{ expression: 'MIT OR Apache-2.0' }],
      hashes: [{ alg: 'SHA-256', content: 'AB'.repeat(32) }],
      purl: 'pkg:npm/debug@2.6.9'
    },
    {
      'bom-ref': 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?package-id=dd44',
      type: 'library',
      group: 'org.apache.logging.log4j',
      name: 'log4j-core',
      version: '2.17.1',
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1'
    },
    { 'bom-ref': 'os-ref', type: 'operating-system', name: 'debian', version: '12' },
    {
      'bom-ref': 'pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12&package-id=ee55',
      type: 'library',
      name: 'libc6',
      version: '2.36-9',
      purl: 'pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12'
    },
    { 'bom-ref': 'vendored-ff66', type: 'library', name: 'vendored-blob', version: '0.1' },
    { 'bom-ref': 'file-ref', type: 'file', name: '/etc/passwd' }
  ],
  dependencies: [
    { ref: 'pkg:npm/express@4.19.2?package-id=aa11', dependsOn: ['pkg:npm/debug@2.6.9?package-id=cc33'] },
    { ref: 'pkg:npm/debug@2.6.9?package-id=cc33', dependsOn: [] }
  ]
}

/** SPDX 2.3 in the shape Syft writes: a DocumentRoot package for the source, CONTAINS to every package,
 * DEPENDS_ON between packages, purls and CPEs in externalRefs, NOASSERTION licenses, no scope. */
const syftSpdx = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: '/src',
  documentNamespace: 'https://example.invalid/syft/dir/src-1',
  creationInfo: { licenseListVersion: '3.25', creators: ['Organization: Anchore, Inc', 'Tool: syft-1.99.0'], created: '2026-01-02T03:04:05Z' },
  packages: [
    {
      name: 'requests',
      SPDXID: 'SPDXRef-Package-python-requests-1a2b',
      versionInfo: '2.31.0',
      supplier: 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      sourceInfo: 'acquired package info from installed python package manifest file: /uv.lock',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'Apache-2.0',
      copyrightText: 'NOASSERTION',
      externalRefs: [
        { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: 'cpe:2.3:a:python-requests:requests:2.31.0:*:*:*:*:*:*:*' },
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/requests@2.31.0' }
      ]
    },
    {
      name: 'urllib3',
      SPDXID: 'SPDXRef-Package-python-urllib3-3c4d',
      versionInfo: '2.2.1',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/urllib3@2.2.1' }]
    },
    {
      name: 'pytest',
      SPDXID: 'SPDXRef-Package-python-pytest-5e6f',
      versionInfo: '8.1.1',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      externalRefs: [{ referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/pytest@8.1.1' }]
    },
    {
      name: '/src',
      SPDXID: 'SPDXRef-DocumentRoot-Directory-src',
      versionInfo: '',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'FILE'
    }
  ],
  relationships: [
    { spdxElementId: 'SPDXRef-DocumentRoot-Directory-src', relatedSpdxElement: 'SPDXRef-Package-python-requests-1a2b', relationshipType: 'CONTAINS' },
    { spdxElementId: 'SPDXRef-DocumentRoot-Directory-src', relatedSpdxElement: 'SPDXRef-Package-python-urllib3-3c4d', relationshipType: 'CONTAINS' },
    { spdxElementId: 'SPDXRef-Package-python-requests-1a2b', relatedSpdxElement: 'SPDXRef-Package-python-urllib3-3c4d', relationshipType: 'DEPENDS_ON' },
    { spdxElementId: 'SPDXRef-Package-python-pytest-5e6f', relatedSpdxElement: 'SPDXRef-DocumentRoot-Directory-src', relationshipType: 'DEV_DEPENDENCY_OF' },
    { spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-DocumentRoot-Directory-src', relationshipType: 'DESCRIBES' }
  ]
}

/** GitHub's `GET /repos/{owner}/{repo}/dependency-graph/sbom`: SPDX 2.3 under an `sbom` key, names
 * prefixed with the ecosystem, the repository as the described package, DEPENDS_ON from it. */
const githubExport = {
  sbom: {
    SPDXID: 'SPDXRef-DOCUMENT',
    spdxVersion: 'SPDX-2.3',
    creationInfo: { created: '2026-01-02T03:04:05Z', creators: ['Tool: GitHub.com-Dependency-Graph'] },
    name: 'com.github.octo-org/app',
    dataLicense: 'CC0-1.0',
    documentNamespace: 'https://spdx.org/spdxdocs/protobom/00000000-0000-0000-0000-000000000000',
    packages: [
      {
        name: 'com.github.octo-org/app',
        SPDXID: 'SPDXRef-com.github.octo-org-app',
        versionInfo: 'main',
        downloadLocation: 'git+https://github.com/octo-org/app',
        licenseDeclared: 'NOASSERTION',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:github/octo-org/app@main' }]
      },
      {
        name: 'maven:aopalliance:aopalliance',
        SPDXID: 'SPDXRef-maven-aopalliance-aopalliance-1.0',
        versionInfo: '1.0',
        downloadLocation: 'NOASSERTION',
        licenseConcluded: 'LicenseRef-Public-Domain',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:maven/aopalliance/aopalliance@1.0' }]
      },
      {
        name: 'actions:actions/checkout',
        SPDXID: 'SPDXRef-actions-actions-checkout-4..*.*',
        versionInfo: '4.*.*',
        downloadLocation: 'NOASSERTION',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:githubactions/actions/checkout@4.%2A.%2A' }]
      },
      { name: 'npm:left-pad', SPDXID: 'SPDXRef-npm-left-pad', versionInfo: '1.3.0', downloadLocation: 'NOASSERTION' }
    ],
    relationships: [
      { relationshipType: 'DESCRIBES', spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-com.github.octo-org-app' },
      { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-com.github.octo-org-app', relatedSpdxElement: 'SPDXRef-maven-aopalliance-aopalliance-1.0' },
      { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-com.github.octo-org-app', relatedSpdxElement: 'SPDXRef-actions-actions-checkout-4..*.*' },
      { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-com.github.octo-org-app', relatedSpdxElement: 'SPDXRef-npm-left-pad' }
    ]
  }
}

describe('reading a Syft-style CycloneDX document', () => {
  const text = pretty(syftCycloneDx)
  const read = readSbom({ path: 'syft.cdx.json', text })

  it('inventories the packages with their ecosystems from the purl type, and not the source, OS or file components', () => {
    // No graph entry for the root: whether a package is direct is unknown (null), as is its scope.
    expect(read.format).toBe('cyclonedx')
    expect(read.specVersion).toBe('1.7')
    expect(read.packages.map(summary).sort()).toEqual([
      'Debian:12 libc6@2.36-9 unknown null',
      'Maven org.apache.logging.log4j:log4j-core@2.17.1 unknown null',
      'npm @types/node@20.11.0 unknown null',
      'npm debug@2.6.9 unknown null',
      'npm express@4.19.2 unknown null',
      'unknown vendored-blob@0.1 unknown null'
    ])
  })

  it('reads the edges, licenses and hashes, and points at the line of each component', () => {
    const byName = new Map(read.packages.map((pkg) => [pkg.name, pkg]))
    expect(read.edges).toEqual([{ from: packageKey(byName.get('express')!), to: packageKey(byName.get('debug')!) }])
    expect(byName.get('express')!.license).toBe('MIT')
    expect(byName.get('debug')).toMatchObject({ license: 'MIT OR Apache-2.0', hashes: ['sha256:' + 'ab'.repeat(32)], purl: 'pkg:npm/debug@2.6.9' })
    const lines = text.split('\n')
    for (const pkg of read.packages) expect(lines[pkg.location.line - 1]).toContain('"bom-ref"')
    expect(lines[byName.get('express')!.location.line - 1]).toContain('pkg:npm/express@4.19.2?package-id=aa11')
  })

  it('points at the column of each component in a document written on one line (as Syft writes it)', () => {
    const text = JSON.stringify(syftCycloneDx)
    const read = readSbom({ path: 'syft.cdx.json', text })
    expect(read.packages.length).toBeGreaterThan(2)
    for (const pkg of read.packages) {
      expect(pkg.location.line).toBe(1)
      expect(text.slice(pkg.location.column! - 1)).toMatch(/^"(bom-ref|purl)":"/)
    }
    expect(new Set(read.packages.map((pkg) => pkg.location.column)).size).toBe(read.packages.length)
  })

  it('keeps a package without a purl, with ecosystem unknown, and reports it with its line', () => {
    const blob = read.packages.find((pkg) => pkg.name === 'vendored-blob')!
    expect(blob.purl).toBeUndefined()
    expect(read.problems).toEqual([
      {
        path: 'syft.cdx.json',
        format: 'cyclonedx',
        line: blob.location.line,
        message: '1 package without a purl, so of unknown ecosystem: vendored-blob@0.1 (line ' + blob.location.line + ')'
      }
    ])
  })

  it("takes scope from CycloneDX scope and cyclonedx-npm's development property, and directness from the root's dependsOn", () => {
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.4',
      metadata: { component: { 'bom-ref': 'root', type: 'application', name: 'app' } },
      components: [
        { 'bom-ref': 'a', type: 'library', name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0', scope: 'required' },
        { 'bom-ref': 'b', type: 'library', name: 'b', version: '1.0.0', purl: 'pkg:npm/b@1.0.0', scope: 'optional' },
        {
          'bom-ref': 'c',
          type: 'library',
          name: 'c',
          version: '1.0.0',
          purl: 'pkg:npm/c@1.0.0',
          properties: [{ name: 'cdx:npm:package:development', value: 'true' }]
        },
        { 'bom-ref': 'd', type: 'library', name: 'd', version: '1.0.0', purl: 'pkg:npm/d@1.0.0', scope: 'excluded' }
      ],
      dependencies: [
        { ref: 'root', dependsOn: ['a', 'b', 'c'] },
        { ref: 'a', dependsOn: ['d'] }
      ]
    }
    expect(readSbom({ path: 'bom.json', text: pretty(document) }).packages.map(summary)).toEqual([
      'npm a@1.0.0 runtime true',
      'npm b@1.0.0 optional true',
      'npm c@1.0.0 dev true',
      'npm d@1.0.0 dev false'
    ])
  })
})

describe('reading a Syft-style SPDX document', () => {
  const read = readSbom({ path: 'syft.spdx.json', text: pretty(syftSpdx) })

  it('inventories the packages but not the described source, with scopes and edges from relationships', () => {
    // CONTAINS is not a dependency; requests is not known to be direct, urllib3 is reached only through it.
    expect(read.format).toBe('spdx')
    expect(read.packages.map(summary).sort()).toEqual(['PyPI pytest@8.1.1 dev true', 'PyPI requests@2.31.0 unknown null', 'PyPI urllib3@2.2.1 unknown false'])
    const byName = new Map(read.packages.map((pkg) => [pkg.name, pkg]))
    expect(read.edges).toEqual([{ from: packageKey(byName.get('requests')!), to: packageKey(byName.get('urllib3')!) }])
    expect(byName.get('requests')!.license).toBe('Apache-2.0')
    expect(byName.get('urllib3')!.license).toBeUndefined()
    expect(read.problems).toEqual([])
  })
})

describe("reading GitHub's dependency-graph export", () => {
  const read = readSbom({ path: 'github-sbom.json', text: pretty(githubExport) })

  it('unwraps {sbom: …}, leaves out the repository itself, names packages from their purls, reports the one without', () => {
    expect(read.format).toBe('spdx')
    expect(read.packages.map(summary).sort()).toEqual([
      'GitHub Actions actions/checkout@- unknown true',
      'Maven aopalliance:aopalliance@1.0 unknown true',
      'unknown npm:left-pad@1.3.0 unknown true'
    ])
    expect(read.packages.find((pkg) => pkg.name === 'aopalliance:aopalliance')!.license).toBe('LicenseRef-Public-Domain')
    // A wildcard or range is what the workflow or manifest asks for, not a version: declared, and said.
    expect(read.packages.find((pkg) => pkg.name === 'actions/checkout')).toMatchObject({ declared: '4.*.*', purl: 'pkg:githubactions/actions/checkout' })
    expect(read.problems).toEqual([
      expect.objectContaining({
        path: 'github-sbom.json',
        message: expect.stringContaining('1 package without a purl, so of unknown ecosystem: npm:left-pad@1.3.0')
      }),
      expect.objectContaining({
        message: expect.stringMatching(/^1 package with a version range instead of a version .*: actions\/checkout 4\.\*\.\* \(line \d+\)$/)
      })
    ])
  })

  it("reads the export of a manifest without lockfile (ranges), and documentDescribes naming the repository's package", () => {
    // The shape of GitHub's REST documentation for the endpoint: documentDescribes gives a name, licenses
    // concluded and declared, purls with the version as the manifest wrote it.
    const document = {
      sbom: {
        SPDXID: 'SPDXRef-DOCUMENT',
        spdxVersion: 'SPDX-2.3',
        creationInfo: { created: '2026-03-04T05:06:07Z', creators: ['Tool: GitHub.com-Dependency-Graph'] },
        name: 'octo-org/shop',
        dataLicense: 'CC0-1.0',
        documentDescribes: ['octo-org/shop'],
        documentNamespace: 'https://github.com/octo-org/shop/dependency_graph/sbom-0f1e2d3c4b5a6978',
        packages: [
          {
            SPDXID: 'SPDXRef-github-octo-org-shop-main',
            name: 'octo-org/shop',
            versionInfo: 'main',
            downloadLocation: 'git+https://github.com/octo-org/shop',
            filesAnalyzed: false,
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:github/octo-org/shop@main' }]
          },
          {
            SPDXID: 'SPDXRef-npm-express-4.18.0',
            name: 'npm:express',
            versionInfo: '^4.18.0',
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'MIT',
            licenseDeclared: 'MIT',
            copyrightText: 'Copyright (c) 2009-2014 TJ Holowaychuk',
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/express@%5E4.18.0' }]
          },
          {
            SPDXID: 'SPDXRef-pip-flask-3.0.2',
            name: 'pip:flask',
            versionInfo: '>= 3.0, < 4',
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:pypi/flask@%3E%3D%203.0%2C%20%3C%204' }]
          },
          {
            SPDXID: 'SPDXRef-rubygems-rails-7.1.3',
            name: 'rubygems:rails',
            versionInfo: '7.1.3',
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'MIT',
            externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:gem/rails@7.1.3' }]
          }
        ],
        relationships: [
          { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-github-octo-org-shop-main', relatedSpdxElement: 'SPDXRef-npm-express-4.18.0' },
          { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-github-octo-org-shop-main', relatedSpdxElement: 'SPDXRef-pip-flask-3.0.2' },
          { relationshipType: 'DEPENDS_ON', spdxElementId: 'SPDXRef-github-octo-org-shop-main', relatedSpdxElement: 'SPDXRef-rubygems-rails-7.1.3' }
        ]
      }
    }
    const read = readSbom({ path: 'github.json', text: pretty(document) })
    expect(read.packages.map((pkg) => `${summary(pkg)} ${pkg.declared ?? '-'} ${pkg.purl} ${pkg.license ?? '-'}`).sort()).toEqual([
      'PyPI flask@- unknown true >= 3.0, < 4 pkg:pypi/flask -',
      'RubyGems rails@7.1.3 unknown true - pkg:gem/rails@7.1.3 MIT',
      'npm express@- unknown true ^4.18.0 pkg:npm/express MIT'
    ])
    expect(read.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^2 packages with a version range instead of a version .*: express \^4\.18\.0 \(line \d+\), flask >= 3\.0, < 4 \(line \d+\)$/)
    ])
  })
})

describe('reading Trivy, Microsoft sbom-tool and cyclonedx-py shapes (written from their documented formats)', () => {
  it('Trivy CycloneDX: its target components are not packages, what they depend on is direct, the OS component is left out', () => {
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      version: 1,
      metadata: {
        tools: { components: [{ type: 'application', group: 'aquasecurity', name: 'trivy', version: '0.70.0' }] },
        component: {
          'bom-ref': 'pkg:oci/shop@sha256%3Aabc?arch=amd64&repository_url=registry.example%2Fshop',
          type: 'container',
          name: 'registry.example/shop:1.0',
          purl: 'pkg:oci/shop@sha256%3Aabc?arch=amd64&repository_url=registry.example%2Fshop',
          properties: [{ name: 'aquasecurity:trivy:SchemaVersion', value: '2' }]
        }
      },
      components: [
        {
          'bom-ref': '0d9c8b7a-0000-4000-8000-000000000001',
          type: 'operating-system',
          name: 'alpine',
          version: '3.20.3',
          properties: [
            { name: 'aquasecurity:trivy:Class', value: 'os-pkgs' },
            { name: 'aquasecurity:trivy:Type', value: 'alpine' }
          ]
        },
        {
          'bom-ref': 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3',
          type: 'library',
          name: 'musl',
          version: '1.2.5-r0',
          licenses: [{ license: { id: 'MIT' } }],
          purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3',
          properties: [
            { name: 'aquasecurity:trivy:PkgID', value: 'musl@1.2.5-r0' },
            { name: 'aquasecurity:trivy:PkgType', value: 'alpine' },
            { name: 'aquasecurity:trivy:SrcName', value: 'musl' }
          ]
        },
        {
          'bom-ref': '0d9c8b7a-0000-4000-8000-000000000002',
          type: 'application',
          name: 'srv/app/package-lock.json',
          properties: [
            { name: 'aquasecurity:trivy:Class', value: 'lang-pkgs' },
            { name: 'aquasecurity:trivy:Type', value: 'npm' }
          ]
        },
        {
          'bom-ref': 'pkg:npm/express@4.21.1',
          type: 'library',
          name: 'express',
          version: '4.21.1',
          licenses: [{ expression: 'MIT' }],
          purl: 'pkg:npm/express@4.21.1',
          properties: [{ name: 'aquasecurity:trivy:PkgID', value: 'express@4.21.1' }]
        },
        {
          'bom-ref': 'pkg:npm/debug@2.6.9',
          type: 'library',
          name: 'debug',
          version: '2.6.9',
          purl: 'pkg:npm/debug@2.6.9',
          properties: [{ name: 'aquasecurity:trivy:PkgID', value: 'debug@2.6.9' }]
        }
      ],
      dependencies: [
        {
          ref: 'pkg:oci/shop@sha256%3Aabc?arch=amd64&repository_url=registry.example%2Fshop',
          dependsOn: ['0d9c8b7a-0000-4000-8000-000000000001', '0d9c8b7a-0000-4000-8000-000000000002']
        },
        { ref: '0d9c8b7a-0000-4000-8000-000000000001', dependsOn: ['pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3'] },
        { ref: '0d9c8b7a-0000-4000-8000-000000000002', dependsOn: ['pkg:npm/express@4.21.1'] },
        { ref: 'pkg:npm/express@4.21.1', dependsOn: ['pkg:npm/debug@2.6.9'] },
        { ref: 'pkg:npm/debug@2.6.9', dependsOn: [] }
      ]
    }
    const read = readSbom({ path: 'trivy.cdx.json', text: pretty(document) })
    expect(read.packages.map(summary)).toEqual(['Alpine:v3.20 musl@1.2.5-r0 unknown true', 'npm express@4.21.1 unknown true', 'npm debug@2.6.9 unknown false'])
    expect(read.edges).toHaveLength(1)
    expect(read.problems).toEqual([])
  })

  it('Trivy SPDX: the image, its OS and its lockfile targets are not packages; the libraries are', () => {
    const annotation = (comment: string) => ({ annotator: 'Tool: trivy-0.70.0', annotationDate: '2026-02-03T04:05:06Z', annotationType: 'OTHER', comment })
    const document = {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'registry.example/shop:1.0',
      documentNamespace: 'http://trivy.dev/container_image/registry.example/shop:1.0-5c4d',
      creationInfo: { creators: ['Organization: aquasecurity', 'Tool: trivy-0.70.0'], created: '2026-02-03T04:05:06Z' },
      packages: [
        {
          name: 'registry.example/shop:1.0',
          SPDXID: 'SPDXRef-ContainerImage-1a2b',
          downloadLocation: 'NONE',
          primaryPackagePurpose: 'CONTAINER',
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:oci/shop@sha256%3Aabc' }]
        },
        {
          name: 'alpine',
          SPDXID: 'SPDXRef-OperatingSystem-3c4d',
          versionInfo: '3.20.3',
          downloadLocation: 'NONE',
          primaryPackagePurpose: 'OPERATING-SYSTEM',
          annotations: [annotation('Class: os-pkgs'), annotation('Type: alpine')]
        },
        {
          name: 'srv/app/package-lock.json',
          SPDXID: 'SPDXRef-Application-5e6f',
          downloadLocation: 'NONE',
          primaryPackagePurpose: 'APPLICATION',
          annotations: [annotation('Class: lang-pkgs'), annotation('Type: npm')]
        },
        {
          name: 'musl',
          SPDXID: 'SPDXRef-Package-7a8b',
          versionInfo: '1.2.5-r0',
          downloadLocation: 'NONE',
          licenseConcluded: 'MIT',
          licenseDeclared: 'MIT',
          primaryPackagePurpose: 'LIBRARY',
          externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=3.20.3' }
          ],
          annotations: [annotation('PkgID: musl@1.2.5-r0'), annotation('PkgType: alpine')]
        },
        {
          name: 'express',
          SPDXID: 'SPDXRef-Package-9c0d',
          versionInfo: '4.21.1',
          downloadLocation: 'NONE',
          licenseDeclared: 'MIT',
          primaryPackagePurpose: 'LIBRARY',
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/express@4.21.1' }],
          annotations: [annotation('PkgID: express@4.21.1'), annotation('PkgType: npm')]
        }
      ],
      relationships: [
        { spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-ContainerImage-1a2b', relationshipType: 'DESCRIBES' },
        { spdxElementId: 'SPDXRef-ContainerImage-1a2b', relatedSpdxElement: 'SPDXRef-OperatingSystem-3c4d', relationshipType: 'CONTAINS' },
        { spdxElementId: 'SPDXRef-ContainerImage-1a2b', relatedSpdxElement: 'SPDXRef-Application-5e6f', relationshipType: 'CONTAINS' },
        { spdxElementId: 'SPDXRef-OperatingSystem-3c4d', relatedSpdxElement: 'SPDXRef-Package-7a8b', relationshipType: 'CONTAINS' },
        { spdxElementId: 'SPDXRef-Application-5e6f', relatedSpdxElement: 'SPDXRef-Package-9c0d', relationshipType: 'CONTAINS' }
      ]
    }
    const read = readSbom({ path: 'trivy.spdx.json', text: pretty(document) })
    expect(read.packages.map((pkg) => `${summary(pkg)} ${pkg.license}`)).toEqual([
      'Alpine:v3.20 musl@1.2.5-r0 unknown null MIT',
      'npm express@4.21.1 unknown null MIT'
    ])
    expect(read.problems).toEqual([])
  })

  it('Microsoft sbom-tool SPDX 2.2: PACKAGE_MANAGER spelling, NOASSERTION fields, the root package left out, its DEPENDS_ON as direct', () => {
    const document = {
      files: [
        {
          fileName: './bin/Shop.dll',
          SPDXID: 'SPDXRef-File--bin-Shop.dll-0A1B2C',
          checksums: [{ algorithm: 'SHA256', checksumValue: 'aa'.repeat(32) }],
          licenseConcluded: 'NOASSERTION',
          licenseInfoInFiles: ['NOASSERTION'],
          copyrightText: 'NOASSERTION'
        }
      ],
      packages: [
        {
          name: 'Shop',
          SPDXID: 'SPDXRef-RootPackage',
          downloadLocation: 'NOASSERTION',
          filesAnalyzed: true,
          licenseConcluded: 'NOASSERTION',
          licenseInfoFromFiles: ['NOASSERTION'],
          licenseDeclared: 'NOASSERTION',
          copyrightText: 'NOASSERTION',
          versionInfo: '2.4.0',
          supplier: 'Organization: Contoso',
          hasFiles: ['SPDXRef-File--bin-Shop.dll-0A1B2C']
        },
        {
          name: 'Newtonsoft.Json',
          SPDXID: 'SPDXRef-Package-5D6E7F',
          downloadLocation: 'NOASSERTION',
          filesAnalyzed: false,
          licenseConcluded: 'NOASSERTION',
          licenseInfoFromFiles: ['NOASSERTION'],
          licenseDeclared: 'NOASSERTION',
          copyrightText: 'NOASSERTION',
          versionInfo: '13.0.3',
          externalRefs: [{ referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: 'pkg:nuget/Newtonsoft.Json@13.0.3' }],
          supplier: 'Organization: James Newton-King'
        },
        {
          name: 'System.Text.Json',
          SPDXID: 'SPDXRef-Package-8A9B0C',
          downloadLocation: 'NOASSERTION',
          filesAnalyzed: false,
          licenseConcluded: 'MIT',
          licenseDeclared: 'NOASSERTION',
          copyrightText: 'NOASSERTION',
          versionInfo: '8.0.5',
          externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:nuget/System.Text.Json@8.0.5' }],
          supplier: 'NOASSERTION'
        },
        {
          name: 'Contoso.Internal',
          SPDXID: 'SPDXRef-Package-1D2E3F',
          downloadLocation: 'NOASSERTION',
          filesAnalyzed: false,
          licenseConcluded: 'NOASSERTION',
          licenseDeclared: 'NOASSERTION',
          copyrightText: 'NOASSERTION',
          versionInfo: 'NOASSERTION',
          externalRefs: [{ referenceCategory: 'PACKAGE_MANAGER', referenceType: 'purl', referenceLocator: 'pkg:nuget/Contoso.Internal' }],
          supplier: 'NOASSERTION'
        }
      ],
      externalDocumentRefs: [],
      relationships: [
        { relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Package-5D6E7F', spdxElementId: 'SPDXRef-RootPackage' },
        { relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Package-1D2E3F', spdxElementId: 'SPDXRef-RootPackage' },
        { relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-Package-8A9B0C', spdxElementId: 'SPDXRef-Package-1D2E3F' },
        { relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-RootPackage', spdxElementId: 'SPDXRef-DOCUMENT' }
      ],
      spdxVersion: 'SPDX-2.2',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: 'Shop 2.4.0',
      documentNamespace: 'https://sbom.contoso.example/Shop/2.4.0/3f2e1d0c',
      creationInfo: { created: '2026-05-06T07:08:09Z', creators: ['Organization: Contoso', 'Tool: Microsoft.SBOMTool-4.1.0'] },
      documentDescribes: ['SPDXRef-RootPackage']
    }
    const read = readSbom({ path: 'manifest.spdx.json', text: pretty(document) })
    expect(read.specVersion).toBe('SPDX-2.2')
    expect(read.packages.map((pkg) => `${summary(pkg)} ${pkg.license ?? '-'}`)).toEqual([
      'NuGet Newtonsoft.Json@13.0.3 unknown true -',
      'NuGet System.Text.Json@8.0.5 unknown false MIT',
      'NuGet Contoso.Internal@- unknown true -'
    ])
    expect(read.edges).toHaveLength(1)
    expect(read.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^1 package without a version, so not matched against advisories: Contoso\.Internal \(line \d+\)$/)
    ])
  })

  it("cyclonedx-py's licenses: the SPDX id over the classifier beside it, the classifier when it is all there is; Syft's UNKNOWN version is none", () => {
    const component = (name: string, licenses: unknown[], version = '1.0') => ({
      'bom-ref': name,
      type: 'library',
      name,
      version,
      purl: `pkg:pypi/${name}${version === 'UNKNOWN' ? '' : `@${version}`}`,
      licenses
    })
    const classifier = { license: { acknowledgement: 'declared', name: 'License :: OSI Approved :: BSD License' } }
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        component('both', [{ license: { acknowledgement: 'declared', id: 'BSD-3-Clause' } }, classifier]),
        component('classifier-only', [classifier]),
        component('two-ids', [{ license: { id: 'MIT' } }, { license: { id: 'Apache-2.0' } }]),
        component('expression', [{ expression: 'MIT OR Apache-2.0', acknowledgement: 'concluded' }]),
        component('unknown-version', [], 'UNKNOWN')
      ]
    }
    const read = readSbom({ path: 'py.cdx.json', text: pretty(document) })
    expect(read.packages.map((pkg) => `${pkg.name}@${pkg.version ?? '-'} ${pkg.license ?? '-'}`)).toEqual([
      'both@1.0 BSD-3-Clause',
      'classifier-only@1.0 License :: OSI Approved :: BSD License',
      'two-ids@1.0 MIT AND Apache-2.0',
      'expression@1.0 MIT OR Apache-2.0',
      'unknown-version@- -'
    ])
  })

  it("cdxgen: a monorepo's sub-projects under metadata.component are not packages, what they depend on is direct", () => {
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: {
        component: {
          'bom-ref': 'pkg:npm/shop@1.0.0',
          type: 'application',
          name: 'shop',
          components: [{ 'bom-ref': 'pkg:pypi/shop-worker@0.1.0', type: 'application', name: 'shop-worker', purl: 'pkg:pypi/shop-worker@0.1.0' }]
        }
      },
      components: [
        { 'bom-ref': 'pkg:npm/left-pad@1.3.0', type: 'library', name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0' },
        { 'bom-ref': 'pkg:pypi/attrs@25.1.0', type: 'library', name: 'attrs', version: '25.1.0', purl: 'pkg:pypi/attrs@25.1.0' },
        { 'bom-ref': 'pkg:pypi/six@1.16.0', type: 'library', name: 'six', version: '1.16.0', purl: 'pkg:pypi/six@1.16.0' }
      ],
      dependencies: [
        { ref: 'pkg:npm/shop@1.0.0', dependsOn: ['pkg:npm/left-pad@1.3.0'] },
        { ref: 'pkg:pypi/shop-worker@0.1.0', dependsOn: ['pkg:pypi/attrs@25.1.0'] },
        { ref: 'pkg:pypi/attrs@25.1.0', dependsOn: ['pkg:pypi/six@1.16.0'] }
      ]
    }
    expect(readSbom({ path: 'bom.json', text: pretty(document) }).packages.map(summary)).toEqual([
      'npm left-pad@1.3.0 unknown true',
      'PyPI attrs@25.1.0 unknown true',
      'PyPI six@1.16.0 unknown false'
    ])
  })

  it('cyclonedx-npm: a package it does not mark as development or optional is a runtime one', () => {
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: {
        tools: { components: [{ type: 'application', group: '@cyclonedx', name: 'cyclonedx-npm', version: '6.0.1' }] },
        component: { 'bom-ref': 'app@1.0.0', type: 'application', name: 'app', version: '1.0.0' }
      },
      components: [
        { 'bom-ref': 'app@1.0.0|a@1.0.0', type: 'library', name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0' },
        { 'bom-ref': 'app@1.0.0|b@1.0.0', type: 'library', name: 'b', version: '1.0.0', purl: 'pkg:npm/b@1.0.0', scope: 'optional' },
        {
          'bom-ref': 'app@1.0.0|c@1.0.0',
          type: 'library',
          name: 'c',
          version: '1.0.0',
          purl: 'pkg:npm/c@1.0.0',
          properties: [{ name: 'cdx:npm:package:development', value: 'true' }]
        }
      ],
      dependencies: [{ ref: 'app@1.0.0', dependsOn: ['app@1.0.0|a@1.0.0', 'app@1.0.0|b@1.0.0', 'app@1.0.0|c@1.0.0'] }]
    }
    expect(readSbom({ path: 'bom.json', text: pretty(document) }).packages.map(summary)).toEqual([
      'npm a@1.0.0 runtime true',
      'npm b@1.0.0 optional true',
      'npm c@1.0.0 dev true'
    ])
  })
})

describe('bad input', () => {
  it('reports malformed JSON with its line', () => {
    const read = readSbom({ path: 'bad.json', text: '{\n  "bomFormat": "CycloneDX",\n  "components": [\n    {"name": "x",}\n  ]\n}\n' })
    expect(read.packages).toEqual([])
    expect(read.problems).toEqual([expect.objectContaining({ path: 'bad.json', line: 4, message: expect.stringMatching(/^not JSON: /) })])
  })

  it('reports documents that are neither CycloneDX nor SPDX 2, and SPDX 3', () => {
    expect(readSbom({ path: 'x.json', text: '{"name": "x"}' }).problems[0]!.message).toMatch(/not a CycloneDX JSON/)
    expect(readSbom({ path: 'x.json', text: '[1]' }).problems[0]!.message).toMatch(/not a JSON object/)
    expect(readSbom({ path: 'x.json', text: '{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []}' }).problems[0]!.message).toMatch(
      /SPDX 3/
    )
  })

  it("puts a distribution package's epoch qualifier into its version (Trivy), and leaves a version that has it (Syft)", () => {
    const component = (ref: string, purl: string, version: string) => ({ 'bom-ref': ref, type: 'library', name: 'bsdutils', version, purl })
    const document = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        component('trivy', 'pkg:deb/debian/bsdutils@2.38.1-5%2Bdeb12u3?arch=amd64&distro=debian-12.11&epoch=1', '1:2.38.1-5+deb12u3'),
        component('syft', 'pkg:deb/debian/util-linux@1%3A2.38.1-5%2Bdeb12u3?arch=amd64&distro=debian-12', '1:2.38.1-5+deb12u3'),
        component('rpm', 'pkg:rpm/redhat/vim-minimal@9.0.2153-1.el9?arch=x86_64&epoch=2', '2:9.0.2153-1.el9')
      ]
    }
    expect(readSbom({ path: 'bom.json', text: pretty(document) }).packages.map((pkg) => `${pkg.ecosystem} ${pkg.name}@${pkg.version}`)).toEqual([
      'Debian:12 bsdutils@1:2.38.1-5+deb12u3',
      'Debian:12 util-linux@1:2.38.1-5+deb12u3',
      'Red Hat vim-minimal@2:9.0.2153-1.el9'
    ])
  })

  it('reads a document that starts with a byte order mark, and a purl reference under another category', () => {
    const document = {
      spdxVersion: 'SPDX-2.3',
      SPDXID: 'SPDXRef-DOCUMENT',
      packages: [
        {
          SPDXID: 'SPDXRef-a',
          name: 'left-pad',
          versionInfo: '1.3.0',
          externalRefs: [{ referenceCategory: 'OTHER', referenceType: 'purl', referenceLocator: 'pkg:npm/left-pad@1.3.0' }]
        }
      ]
    }
    const read = readSbom({ path: 'bom.spdx.json', text: `\ufeff${pretty(document)}` })
    expect(read.packages.map(summary)).toEqual(['npm left-pad@1.3.0 unknown null'])
    expect(read.problems).toEqual([])
  })

  it('reports a malformed purl and keeps the package', () => {
    const read = readSbom({
      path: 'x.json',
      text: pretty({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'library', name: 'x', version: '1', purl: 'not a purl' }] })
    })
    expect(read.packages.map(summary)).toEqual(['unknown x@1 unknown null'])
    expect(read.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^malformed purl "not a purl"/),
      expect.stringMatching(/^1 package without a purl/)
    ])
  })
})

describe('versions that are not one version', () => {
  it.each([
    ['npm', '^4.17.0', true],
    ['npm', '1.x', true],
    ['npm', '1.0.0+build.1', false],
    ['PyPI', '>=1,<2', true],
    ['PyPI', '1.0+local', false],
    ['Go', 'v2.0.0+incompatible', false],
    ['Go', 'v0.0.0-20240101000000-abcdef123456', false],
    ['Maven', '[1.0,2.0)', true],
    ['Maven', '${project.version}', true],
    ['Maven', '1.0-SNAPSHOT', false],
    ['RubyGems', '~> 1.2', true],
    ['RubyGems', '1.16.3-x86_64-linux', false],
    ['Packagist', '1.0.x-dev', false],
    ['GitHub Actions', '4.*.*', true],
    ['crates.io', '*', true],
    ['Debian:12', '1.0~rc1-1', false]
  ])('%s %s: range %s', (ecosystem, version, range) => {
    expect(isVersionRange(ecosystem, version)).toBe(range)
  })
})

describe('purl types and OSV ecosystems', () => {
  it('maps purl types back to OSV ecosystems, distributions with their release', () => {
    expect(ecosystemForPurl('npm')).toBe('npm')
    expect(ecosystemForPurl('pypi')).toBe('PyPI')
    expect(ecosystemForPurl('golang')).toBe('Go')
    expect(ecosystemForPurl('cargo')).toBe('crates.io')
    expect(ecosystemForPurl('gem')).toBe('RubyGems')
    expect(ecosystemForPurl('composer')).toBe('Packagist')
    expect(ecosystemForPurl('nuget')).toBe('NuGet')
    expect(ecosystemForPurl('maven')).toBe('Maven')
    expect(ecosystemForPurl('github')).toBe('GitHub Actions')
    expect(ecosystemForPurl('githubactions')).toBe('GitHub Actions')
    expect(ecosystemForPurl('deb', 'debian', { distro: 'debian-12.5' })).toBe('Debian:12')
    expect(ecosystemForPurl('apk', 'alpine', { distro: 'alpine-3.20.1' })).toBe('Alpine:v3.20')
    expect(ecosystemForPurl('deb', 'ubuntu')).toBe('Ubuntu')
    expect(ecosystemForPurl('deb', 'ubuntu', { distro: 'ubuntu-22.04' })).toBe('Ubuntu:22.04:LTS')
    // SUSE's records name the product, Photon's keep `5.0`.
    expect(ecosystemForPurl('rpm', 'opensuse', { distro: 'opensuse-leap-15.6' })).toBe('openSUSE:Leap 15.6')
    expect(ecosystemForPurl('rpm', 'opensuse', { distro: 'opensuse-tumbleweed-20241201' })).toBe('openSUSE:Tumbleweed')
    expect(ecosystemForPurl('rpm', 'suse', { distro: 'sles-15.6' })).toBe('SUSE:Linux Enterprise Server 15 SP6')
    expect(ecosystemForPurl('rpm', 'suse', { distro: 'sles-15.0' })).toBe('SUSE:Linux Enterprise Server 15')
    expect(ecosystemForPurl('rpm', 'suse', { distro: 'sle-micro-5.5' })).toBe('SUSE')
    expect(ecosystemForPurl('rpm', 'photon', { distro: 'photon-5.0' })).toBe('Photon OS:5.0')
    expect(ecosystemForPurl('rpm', 'photon', { distro: 'photon-4' })).toBe('Photon OS:4.0')
    expect(ecosystemForPurl('generic')).toBeUndefined()
  })

  it('parses names back the way each type spells them', () => {
    expect(parsePurl('pkg:npm/%40scope/name@1.0.0')).toMatchObject({ ecosystem: 'npm', name: '@scope/name', version: '1.0.0' })
    expect(parsePurl('pkg:maven/org.example/lib@2')).toMatchObject({ ecosystem: 'Maven', name: 'org.example:lib' })
    expect(parsePurl('pkg:golang/github.com/a/b@v1.0.0')).toMatchObject({ ecosystem: 'Go', name: 'github.com/a/b' })
    expect(parsePurl('pkg:github/actions/cache@v4#save')).toMatchObject({ ecosystem: 'GitHub Actions', name: 'actions/cache/save', version: 'v4' })
    expect(() => parsePurl('npm/x')).toThrow()
  })
})
