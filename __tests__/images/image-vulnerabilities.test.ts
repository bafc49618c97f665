/**
 * `chaingate check --image` and base-image-policy's `vulnerabilities`, end to end without network: an image
 * built here from this machine's own `/var/lib/dpkg/status` and os-release (plus an npm package), pushed by
 * skopeo to the real test registry; an OSV snapshot written here with records in OSV's format naming real
 * source packages of that status file — one affecting the installed version (fixed above it), one with no
 * fix yet, one fixed below the installed version (not affected) — and an npm record. Findings must name
 * every binary package built from the affected source, with its distro purl; the not-affected one must be
 * absent. An image of a distribution OSV has no advisories for is `unknown`, never a pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import type { OsvRecord } from '../../src/advisories/osv.js'
import { writeOciLayout, skopeoPush } from '../../test/support/images/build.js'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { dpkgInstalled } from '../../test/support/images/osv-parity.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'

const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
const release = Object.fromEntries(
  osRelease
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).replace(/^"|"$/g, '')])
)
const ecosystem = `Debian:${release.VERSION_ID!.split('.')[0]}`

const packages = dpkgInstalled(status)
// Source packages whose binaries all share one source version, the version starting with a digit (so `0.1` is below it).
const bySource = new Map<string, typeof packages>()
for (const pkg of packages) bySource.set(pkg.source, [...(bySource.get(pkg.source) ?? []), pkg])
const candidates = [...bySource.entries()].filter(
  ([, list]) => new Set(list.map((pkg) => pkg.sourceVersion)).size === 1 && /^[1-9]/.test(list[0]!.sourceVersion)
)
// The affected source: preferably one that builds several binaries here, or whose binary name differs.
candidates.sort(([, a], [, b]) => b.length - a.length)
const [affected, affectedBinaries] = candidates.find(([source, list]) => list.some((pkg) => pkg.name !== source)) ?? candidates[0]!
const [unfixed, unfixedBinaries] = candidates.find(([source]) => source !== affected)!
const [notAffected] = candidates.find(([source]) => source !== affected && source !== unfixed)!
const installedVersion = affectedBinaries[0]!.sourceVersion

function record(id: string, name: string, events: Array<Record<string, string>>, extra: Partial<OsvRecord> = {}, eco = ecosystem): OsvRecord {
  return {
    id,
    modified: '2026-11-20T08:00:00Z',
    published: '2026-10-01T00:00:00Z',
    summary: `test record for ${name}`,
    affected: [{ package: { ecosystem: eco, name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
    ...extra
  }
}

let registry: TestRegistry
let work: string
let snapshot: string
let reference: string
let unsupported: string

beforeAll(async () => {
  registry = await startRegistry()
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-image-vulns-')))
  const layout = path.join(work, 'layout')
  await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'usr/lib/os-release', content: osRelease },
              { path: 'etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
              { path: 'var/lib/dpkg/status', content: status }
            ],
            compression: 'gzip'
          },
          {
            entries: [
              { path: 'srv/app/node_modules/left-pad/package.json', content: JSON.stringify({ name: 'left-pad', version: '1.1.0', license: 'WTFPL' }) }
            ],
            compression: 'zstd'
          }
        ]
      }
    ],
    'v1'
  )
  reference = `${registry.host}/chaingate/debian-vulns:v1`
  skopeoPush(layout, 'v1', reference, registry)
  // Kali's os-release (a Debian derivative OSV publishes no advisories for) over the same package database.
  const other = path.join(work, 'other')
  await writeOciLayout(
    other,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'ID=kali\nID_LIKE=debian\nVERSION_ID="2024.1"\nPRETTY_NAME="Kali GNU/Linux Rolling"\n' },
              { path: 'var/lib/dpkg/status', content: status }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
  unsupported = `oci:${other}:v1`
  snapshot = path.join(work, 'osv')
  writeSnapshot(snapshot, [
    record('DSA-9001-1', affected, [{ introduced: '0' }, { fixed: `${installedVersion}+chaingate1` }], {
      aliases: ['CVE-2099-0001'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }]
    }),
    record('DEBIAN-CVE-2099-0002', unfixed, [{ introduced: '0' }], {
      aliases: ['CVE-2099-0002'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }]
    }),
    record('DSA-9003-1', notAffected, [{ introduced: '0' }, { fixed: '0.1' }], { aliases: ['CVE-2099-0003'] }),
    record('GHSA-test-left-pad', 'left-pad', [{ introduced: '0' }, { fixed: '1.3.0' }], { aliases: ['CVE-2099-0004'] }, 'npm')
  ])
}, 120_000)

afterAll(async () => {
  await registry?.stop()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

interface Finding {
  rule: string
  status: string
  severity: string
  message: string
  purl?: string
  advisories?: string[]
  fixedVersions?: string[]
  location?: { path: string; startLine: number }
  details?: Record<string, unknown>
}

async function check(
  argv: string[],
  files: Record<string, string> = {},
  withAdvisories = true
): Promise<{ code: number; findings: Finding[]; stderr: string; apiRequests: number }> {
  const repo = fs.mkdtempSync(path.join(work, 'repo-'))
  for (const [file, content] of Object.entries({
    '.github/chaingate.yml': 'extends: none\nrules:\n  vulnerable-dependencies: true\n  malicious-package: true\n',
    ...files
  })) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
    fs.writeFileSync(path.join(repo, file), content)
  }
  let stdout = ''
  let stderr = ''
  const code = await main(['check', repo, '--format', 'json', ...(withAdvisories ? ['--advisories', snapshot] : []), ...argv], {
    env: { DOCKER_CONFIG: registry.dockerConfig },
    cwd: work,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  const report = JSON.parse(stdout) as { findings: Finding[]; stats: { apiRequests: number } }
  return { code, findings: report.findings, stderr, apiRequests: report.stats.apiRequests }
}

const purlName = (purl: string): string => decodeURIComponent(purl.slice(purl.indexOf('/', 8) + 1, purl.indexOf('@')))

describe('chaingate check --image (registry image from this machine’s dpkg status)', () => {
  it('fails on the source package affected at the installed version, for each of its binaries, with fixed version and distro purl; not on the one fixed below', async () => {
    const { code, findings, stderr } = await check(['--image', reference])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const vulnerable = findings.filter((finding) => finding.rule === 'vulnerable-dependencies' && finding.status === 'fail')
    const dsa = vulnerable.filter((finding) => finding.advisories?.includes('DSA-9001-1'))
    expect(dsa.map((finding) => purlName(finding.purl!)).sort()).toEqual(affectedBinaries.map((pkg) => pkg.name).sort())
    for (const finding of dsa) {
      expect(finding.purl).toMatch(new RegExp(`^pkg:deb/${release.ID}/[^@]+@[^?]+\\?.*distro=${release.ID}-${release.VERSION_ID}`))
      expect(finding.advisories).toEqual(['DSA-9001-1', 'CVE-2099-0001'])
      expect(finding.fixedVersions).toEqual([`${installedVersion}+chaingate1`])
      expect(finding.severity).toBe('critical')
      expect(finding.location).toBeUndefined()
      expect(finding.details).toMatchObject({
        image: reference,
        platform: 'linux/amd64',
        distro: `${release.ID} ${release.VERSION_ID}`,
        sourcePackage: affected,
        ecosystem,
        fixState: 'fixed',
        imagePath: expect.stringMatching(/^var\/lib\/dpkg\/status:\d+$/)
      })
      expect(finding.message).toContain(`image ${reference}: `)
      expect(finding.message).toContain(`fixed in ${installedVersion}+chaingate1`)
    }
    const noFix = vulnerable.filter((finding) => finding.advisories?.includes('DEBIAN-CVE-2099-0002'))
    expect(noFix.map((finding) => purlName(finding.purl!)).sort()).toEqual(unfixedBinaries.map((pkg) => pkg.name).sort())
    expect(
      noFix.every((finding) => finding.fixedVersions!.length === 0 && finding.message.includes('no fix yet') && finding.details!.fixState === 'no-fix-yet')
    ).toBe(true)
    expect(findings.some((finding) => finding.advisories?.includes('DSA-9003-1'))).toBe(false)
    // The image's language package, as in lockfiles.
    expect(vulnerable.filter((finding) => finding.purl === 'pkg:npm/left-pad@1.1.0').map((finding) => [finding.advisories, finding.fixedVersions])).toEqual([
      [['GHSA-test-left-pad', 'CVE-2099-0004'], ['1.3.0']]
    ])
    expect(vulnerable).toHaveLength(affectedBinaries.length + unfixedBinaries.length + 1)
    expect(findings.filter((finding) => finding.status === 'unknown')).toEqual([])
    expect(findings.find((finding) => finding.rule === 'malicious-package')).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(`image ${reference} (linux/amd64): no known malicious package among`)
    })
  }, 60_000)

  it('gates with fail-on and only-fixed, and waives by purl', async () => {
    const purl = (await check(['--image', reference])).findings.find((finding) => finding.advisories?.includes('DSA-9001-1'))!.purl!
    const policy = `extends: none\nrules:\n  vulnerable-dependencies: { fail-on: high, only-fixed: true }\nwaivers:\n  - rule: vulnerable-dependencies\n    purls: [${JSON.stringify(purl)}]\n    reason: not reachable in our image\n    expires: 2099-12-31\n`
    const { findings } = await check(['--image', reference], { '.github/chaingate.yml': policy })
    const of = (id: string): string[] =>
      findings.filter((finding) => finding.advisories?.includes(id)).map((finding) => `${finding.status} ${purlName(finding.purl!)}`)
    expect(of('DSA-9001-1').sort()).toEqual(affectedBinaries.map((pkg) => `${pkg.name === purlName(purl) ? 'waived' : 'fail'} ${pkg.name}`).sort())
    expect(of('DEBIAN-CVE-2099-0002').every((line) => line.startsWith('pass '))).toBe(true)
    expect(findings.find((finding) => finding.advisories?.includes('DEBIAN-CVE-2099-0002'))!.message).toContain('not gated: no fixed version yet (only-fixed)')
  }, 60_000)

  it('is unknown, never a pass, for a distribution OSV has no advisories for', async () => {
    const { code, findings } = await check(['--image', unsupported])
    expect(code).toBe(0)
    const unknowns = findings.filter((finding) => finding.rule === 'vulnerable-dependencies' && finding.status === 'unknown')
    expect(unknowns).toHaveLength(1)
    expect(unknowns[0]!.message).toMatch(
      new RegExp(
        `^image oci:.*:v1: ${packages.length} packages could not be checked against the OSV snapshot .*: unsupported distribution: kali 2024.1 is only like Debian, no Debian release can be told from os-release`
      )
    )
    expect(findings.some((finding) => finding.status === 'fail' || (finding.rule === 'vulnerable-dependencies' && finding.status === 'pass'))).toBe(false)
  }, 60_000)

  it('is unknown when the image cannot be read, and offline for a registry image', async () => {
    const missing = await check(['--image', `${registry.host}/chaingate/absent:v1`])
    expect(missing.findings.find((finding) => finding.rule === 'vulnerable-dependencies')).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining(`image ${registry.host}/chaingate/absent:v1: vulnerabilities not checked: `)
    })
    const offline = await check(['--image', reference, '--offline'])
    expect(offline.findings.find((finding) => finding.rule === 'vulnerable-dependencies')).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('the run is offline (--offline)')
    })
  }, 60_000)

  it('refuses --platform without --image, and a malformed one', async () => {
    let stderr = ''
    const io = { env: {}, cwd: work, stdout: () => {}, stderr: (text: string) => (stderr += text) }
    expect(await main(['check', '--platform', 'linux/arm64'], io)).toBe(2)
    expect(await main(['check', '--image', reference, '--platform', 'linux'], io)).toBe(2)
    expect(stderr).toContain('--platform goes with --image')
    expect(stderr).toContain('--platform must be os/arch[/variant]')
  })
})

describe('base-image-policy vulnerabilities (FROM the registry image)', () => {
  it('fails at the FROM line at or above the threshold, with the same fields', async () => {
    const policy = 'extends: none\nrules:\n  base-image-policy: { vulnerabilities: critical, require-digest: false }\n'
    const { findings } = await check([], { '.github/chaingate.yml': policy, 'docker/Dockerfile': `# build\nFROM ${reference} AS base\nRUN true\n` })
    const rule = findings.filter((finding) => finding.rule === 'base-image-policy')
    // critical: the DSA (CVSS 9.8); the no-fix record is high (7.5), below; the npm record has no severity, so it cannot be shown below: gated.
    expect(
      rule
        .filter((finding) => finding.status === 'fail')
        .map((finding) => finding.advisories![0])
        .sort()
    ).toEqual([...affectedBinaries.map(() => 'DSA-9001-1'), 'GHSA-test-left-pad'].sort())
    const one = rule.find((finding) => finding.advisories?.[0] === 'DSA-9001-1')!
    expect(one.location).toMatchObject({ path: 'docker/Dockerfile', startLine: 2 })
    expect(one.fixedVersions).toEqual([`${installedVersion}+chaingate1`])
    expect(one.purl).toContain(`distro=${release.ID}-${release.VERSION_ID}`)
    expect(one.message).toMatch(
      new RegExp(`^FROM ${reference.replace(/[.]/g, '\\.')} \\(stage base\\): .+ is vulnerable: DSA-9001-1 \\(CVE-2099-0001\\), critical 9\\.8`)
    )
  }, 60_000)

  it('is unknown at the FROM line when offline', async () => {
    const policy = 'extends: none\nrules:\n  base-image-policy: { vulnerabilities: high, require-digest: false }\n'
    const { findings } = await check(['--offline'], { '.github/chaingate.yml': policy, Dockerfile: `FROM ${reference}\n` })
    expect(
      findings.filter((finding) => finding.rule === 'base-image-policy').map((finding) => [finding.status, finding.location?.startLine, finding.message])
    ).toEqual([
      [
        'unknown',
        1,
        `FROM ${reference} (stage 0): vulnerabilities not checked: the run is offline (--offline): no registry is contacted, so the base images are not read`
      ]
    ])
  }, 60_000)

  it('is unknown at the line without an advisory source', async () => {
    const policy = 'extends: none\nrules:\n  base-image-policy: { vulnerabilities: high, require-digest: false, sources: [compose] }\n'
    const { findings, apiRequests } = await check(
      [],
      { '.github/chaingate.yml': policy, 'compose.yaml': `services:\n  app:\n    image: ${reference}\n` },
      false
    )
    expect(apiRequests).toBe(0)
    expect(findings.filter((finding) => finding.rule === 'base-image-policy')).toMatchObject([
      {
        status: 'unknown',
        location: { path: 'compose.yaml', startLine: 3 },
        message: expect.stringMatching(/^Compose service app image .*: vulnerabilities not checked: .*advisor/)
      }
    ])
  }, 60_000)
})

describe('base-image-policy vulnerabilities of the other sources listed', () => {
  const rule = (findings: Finding[]): Finding[] => findings.filter((finding) => finding.rule === 'base-image-policy')
  const at = (finding: Finding): string => `${finding.location?.path ?? '-'}:${finding.location?.startLine ?? '-'}`
  const failing = [...affectedBinaries.map(() => 'DSA-9001-1'), 'GHSA-test-left-pad'].sort()

  it('reads an image a Dockerfile, a Deployment, a Compose service and a workflow job share once, and fails it at each of their lines', async () => {
    const policy = (sources: string): string =>
      `extends: none\nrules:\n  base-image-policy: { vulnerabilities: critical, require-digest: false, sources: [${sources}] }\n`
    const dockerfile = { Dockerfile: `FROM ${reference}\n` }
    const alone = await check([], { '.github/chaingate.yml': policy('dockerfile'), ...dockerfile })
    expect(alone.apiRequests).toBeGreaterThan(0)
    const { findings, apiRequests } = await check([], {
      '.github/chaingate.yml': policy('dockerfile, kubernetes, workflow, compose'),
      ...dockerfile,
      'deploy/app.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${reference}\n`,
      'compose.yaml': `services:\n  app:\n    image: ${reference}\n`,
      '.github/workflows/ci.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: ${reference}\n    steps: [{ run: make }]\n`
    })
    // One manifest, config and layers read, one catalog and one advisory match, for the four files.
    expect(apiRequests).toBe(alone.apiRequests)
    const byLine = new Map<string, string[]>()
    for (const finding of rule(findings).filter((item) => item.status === 'fail'))
      byLine.set(at(finding), [...(byLine.get(at(finding)) ?? []), finding.advisories![0]!])
    expect([...byLine.keys()].sort()).toEqual(['.github/workflows/ci.yml:5', 'Dockerfile:1', 'compose.yaml:3', 'deploy/app.yaml:9'])
    for (const advisories of byLine.values()) expect(advisories.sort()).toEqual(failing)
    const deployed = rule(findings).find((finding) => at(finding) === 'deploy/app.yaml:9' && finding.advisories?.[0] === 'DSA-9001-1')!
    expect(deployed.message).toMatch(new RegExp(`^Deployment/app container app image ${reference.replace(/[.]/g, '\\.')}: .+ is vulnerable: DSA-9001-1`))
    expect(rule(findings).filter((finding) => finding.status === 'unknown')).toEqual([])
  }, 60_000)

  it('judges the age from the same read when max-age-days is set too, and reads the configs alone without an advisory source', async () => {
    const policy = (options: string): string =>
      `extends: none\nrules:\n  base-image-policy: { ${options}, require-digest: false, sources: [dockerfile, kubernetes, compose] }\n`
    const files = {
      Dockerfile: `FROM ${reference}\n`,
      'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers: [{name: app, image: ${reference}}]\n`,
      'compose.yaml': `services:\n  app:\n    image: ${reference}\n`
    }
    const scanned = await check([], { '.github/chaingate.yml': policy('vulnerabilities: critical'), ...files })
    const both = await check([], { '.github/chaingate.yml': policy('vulnerabilities: critical, max-age-days: 30'), ...files })
    expect(both.apiRequests).toBe(scanned.apiRequests)
    // The test image's config says created 2026-01-02.
    const aged = (findings: Finding[]): string[] =>
      rule(findings)
        .filter((finding) => /more than max-age-days 30$/.test(finding.message))
        .map(
          (finding) =>
            `${finding.status} ${at(finding)} ${/the (?:base )?image \S+ \(linux\/amd64, the default platform; sha256:[0-9a-f]{64}\) was created 2026-01-02, \d+ days ago/.test(finding.message)}`
        )
        .sort()
    expect(aged(both.findings)).toEqual(['fail Dockerfile:1 true', 'fail compose.yaml:3 true', 'fail pod.yaml:5 true'])
    expect(rule(both.findings).filter((finding) => finding.status === 'fail')).toHaveLength(3 * (failing.length + 1))
    // No advisory source: the vulnerabilities are unknown, the age is still read (manifest and config only).
    const ageOnly = await check([], { '.github/chaingate.yml': policy('max-age-days: 30'), ...files })
    const unadvised = await check([], { '.github/chaingate.yml': policy('vulnerabilities: critical, max-age-days: 30'), ...files }, false)
    expect(unadvised.apiRequests).toBe(ageOnly.apiRequests)
    expect(ageOnly.apiRequests).toBeLessThan(scanned.apiRequests)
    expect(aged(unadvised.findings)).toEqual(aged(both.findings))
    expect(
      rule(unadvised.findings)
        .filter((finding) => finding.status === 'unknown')
        .map(at)
        .sort()
    ).toEqual(['Dockerfile:1', 'compose.yaml:3', 'pod.yaml:5'])
  }, 60_000)

  it('fails an image only Compose names (with .env), with purl, advisories and fixed versions, waived by advisory; an unset variable is unknown', async () => {
    const [host, ...path] = reference.split('/')
    const policy = [
      'extends: none',
      'rules:',
      '  base-image-policy: { vulnerabilities: critical, require-digest: false, sources: [compose] }',
      'waivers:',
      '  - rule: base-image-policy',
      '    advisories: [GHSA-test-left-pad]',
      '    reason: left-pad is not loaded by the service',
      '    expires: 2099-12-31',
      ''
    ].join('\n')
    const { findings, code } = await check([], {
      '.github/chaingate.yml': policy,
      'ops/.env': `REGISTRY=${host}\n`,
      'ops/compose.yaml': `services:\n  db:\n    image: \${REGISTRY}/${path.join('/')}\n  worker:\n    image: \${WORKER_IMAGE}\n`
    })
    expect(code).toBe(1)
    const found = rule(findings)
    expect(found.filter((finding) => finding.status === 'fail').map((finding) => finding.advisories![0])).toEqual(affectedBinaries.map(() => 'DSA-9001-1'))
    expect(found.filter((finding) => finding.status === 'waived').map((finding) => [at(finding), finding.purl])).toEqual([
      ['ops/compose.yaml:3', 'pkg:npm/left-pad@1.1.0']
    ])
    const dsa = found.find((finding) => finding.advisories?.[0] === 'DSA-9001-1')!
    expect(dsa).toMatchObject({ location: { path: 'ops/compose.yaml', startLine: 3 }, fixedVersions: [`${installedVersion}+chaingate1`], severity: 'critical' })
    expect(dsa.purl).toContain(`distro=${release.ID}-${release.VERSION_ID}`)
    expect(dsa.message).toContain(`Compose service db image \${REGISTRY}/${path.join('/')} (${reference} with the variable defaults and .env): `)
    expect(found.filter((finding) => finding.status === 'unknown').map((finding) => [at(finding), finding.message])).toEqual([
      [
        'ops/compose.yaml:5',
        'Compose service worker image ${WORKER_IMAGE}: vulnerabilities not checked: $WORKER_IMAGE has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see'
      ]
    ])
  }, 60_000)

  it('judges the pushed image with the scan check --image made (not read twice), and a FROM of the same image with it', async () => {
    const dependencies = 'extends: none\nrules:\n  vulnerable-dependencies: true\n'
    const alone = await check(['--image', reference], { '.github/chaingate.yml': dependencies })
    const both = await check(['--image', reference], {
      '.github/chaingate.yml': `${dependencies}  base-image-policy: { vulnerabilities: critical, require-digest: false, sources: [dockerfile, pushed] }\n`,
      Dockerfile: `FROM ${reference}\n`
    })
    expect(both.apiRequests).toBe(alone.apiRequests)
    const byLine = new Map<string, string[]>()
    for (const finding of rule(both.findings).filter((item) => item.status === 'fail'))
      byLine.set(at(finding), [...(byLine.get(at(finding)) ?? []), finding.advisories![0]!])
    expect([...byLine.keys()].sort()).toEqual(['-:-', 'Dockerfile:1'])
    for (const advisories of byLine.values()) expect(advisories.sort()).toEqual(failing)
    expect(rule(both.findings).find((finding) => !finding.location)!.message).toMatch(/^pushed image .+: .+ is vulnerable: /)
  }, 60_000)

  it('is unknown at each line when offline', async () => {
    const policy = 'extends: none\nrules:\n  base-image-policy: { vulnerabilities: high, require-digest: false, sources: [kubernetes, compose] }\n'
    const { findings, apiRequests } = await check(['--offline'], {
      '.github/chaingate.yml': policy,
      'compose.yaml': `services:\n  app:\n    image: ${reference}\n`,
      'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers: [{name: app, image: ${reference}}]\n`
    })
    expect(apiRequests).toBe(0)
    expect(rule(findings).map((finding) => [finding.status, at(finding), finding.message])).toEqual([
      [
        'unknown',
        'compose.yaml:3',
        `Compose service app image ${reference}: vulnerabilities not checked: the run is offline (--offline): no registry is contacted, so the images are not read`
      ],
      [
        'unknown',
        'pod.yaml:5',
        `Pod/app container app image ${reference}: vulnerabilities not checked: the run is offline (--offline): no registry is contacted, so the images are not read`
      ]
    ])
  }, 60_000)
})
