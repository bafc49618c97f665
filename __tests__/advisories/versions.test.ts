/**
 * Version comparators against the ecosystems' own programs where this machine has them (dpkg, rpm,
 * Maven's ComparableVersion, PHP's version_compare, RubyGems' Gem::Version), and against the vectors of
 * the ecosystems' published test suites recorded in shared/reference/images-and-notation.md §4 for the rest.
 * Every oracle is required: a missing program fails the test with the command that installs it.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { evaluateAffected } from '../../src/advisories/osv.js'
import { apk } from '../../src/advisories/versions/apk.js'
import { bitnami } from '../../src/advisories/versions/bitnami.js'
import { dpkg } from '../../src/advisories/versions/dpkg.js'
import { versionSchemeFor, UnparseableVersion, type VersionScheme } from '../../src/advisories/versions/index.js'
import { canonicalMaven, maven } from '../../src/advisories/versions/maven.js'
import { nuget } from '../../src/advisories/versions/nuget.js'
import { packagist } from '../../src/advisories/versions/packagist.js'
import { rpm } from '../../src/advisories/versions/rpm.js'

function oracle(command: string, args: string[], input: string | undefined, install: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw new Error(`${command} is needed as the oracle of this test: ${install}`)
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`)
  return result.stdout
}

/** Every ordered pair of `versions` (a, b) with a before b. */
function pairs(versions: string[]): Array<[string, string]> {
  const all: Array<[string, string]> = []
  for (let i = 0; i < versions.length; i++) for (let j = i + 1; j < versions.length; j++) all.push([versions[i]!, versions[j]!])
  return all
}

const sign = (value: number): number => (value < 0 ? -1 : value > 0 ? 1 : 0)

function expectOrder(scheme: VersionScheme, rows: Array<[string, '<' | '=' | '>', string]>): void {
  for (const [a, op, b] of rows) {
    const expected = op === '<' ? -1 : op === '=' ? 0 : 1
    expect(`${a} ${op} ${b}: ${sign(scheme.compare(a, b))}`).toBe(`${a} ${op} ${b}: ${expected}`)
    expect(`${b} vs ${a}: ${sign(scheme.compare(b, a))}`).toBe(`${b} vs ${a}: ${-expected}`)
  }
}

describe('dpkg', () => {
  const versions = [
    '1.0',
    '1.0-0',
    '1.0-1',
    '1.0~rc1',
    '1.0~rc1~1',
    '1.0~',
    '1.0+b1',
    '1.0.0',
    '1:0.9',
    '2:0.1',
    '0:1.0',
    '1.0a',
    '1.0.a',
    '1.0-1ubuntu1',
    '1.0-1+deb12u1',
    '1.0-1~bpo12+1',
    '1.00',
    '1.01',
    '10',
    '9.9',
    '1.2.3+dfsg-4',
    '1.2.3+dfsg1-1',
    '1.2.3~dfsg-1',
    '2.36-9+deb12u14',
    '2.36-9+deb12u4',
    '1.0.8+nmu1',
    '0foo.bar',
    '0foobar',
    '1a',
    '1000a',
    '7.88.1-10+deb12u8',
    '7.88.1-10+deb12u12',
    '3.0.11-1~deb12u2',
    '3.0.11-1',
    '1:2.38.1-5+deb12u3',
    '5.2.15-2+b7',
    '1.2-3-4',
    '1.2-3.4'
  ]
  it('orders versions as dpkg --compare-versions does (every neighbour once sorted, and a spread of other pairs)', () => {
    const sorted = [...versions].sort((a, b) => dpkg.compare(a, b))
    const checked: Array<[string, string]> = sorted.slice(1).map((version, i) => [sorted[i]!, version])
    pairs(versions).forEach((pair, i) => i % 7 === 0 && checked.push(pair))
    for (const [a, b] of checked) {
      const ours = sign(dpkg.compare(a, b))
      const lt = spawnSync('dpkg', ['--compare-versions', a, 'lt', b]).status === 0
      const eq = spawnSync('dpkg', ['--compare-versions', a, 'eq', b]).status === 0
      expect(`${a} vs ${b}: ${ours}`).toBe(`${a} vs ${b}: ${lt ? -1 : eq ? 0 : 1}`)
    }
  })
  it('follows the published vectors', () => {
    expectOrder(dpkg, [
      ['1~', '<', '1'],
      ['0foo~~', '<', '0foo~'],
      ['2.2~rc-4', '<', '2.2-1'],
      ['1.0000-1', '=', '1.0-1'],
      ['2:2.5', '>', '1:7.5'],
      ['0foo.bar', '>', '0foobar'],
      ['0foo-0', '<', '0foo+'],
      ['1.0.8+nmu1', '>', '1.0.8'],
      ['1a', '<', '1000a'],
      ['0foo2.0', '<', '0foo2.0.0']
    ])
  })
  it('refuses what dpkg refuses', () => {
    for (const bad of ['', 'a1.0', 'x:1.0', '1.0-', '1.0 1', '1.0-a_b']) expect(() => dpkg.compare(bad, '1.0')).toThrow(UnparseableVersion)
  })
})

describe('rpm', () => {
  const versions = [
    '1.0',
    '1.0-1',
    '1.0-2',
    '1.0~rc1',
    '1.0^',
    '1.0^20160101',
    '1.0.1',
    '1.0~rc1^git1',
    '2.0.1a',
    '2.0.1',
    '10xyz',
    '10.1xyz',
    'xyz.4',
    '8',
    '6.0.rc1',
    '6.0',
    '1.010',
    '1.10',
    '1:1.0',
    '2:0.1-1',
    '1.0a',
    '1.0b',
    '1.0.a',
    '1.0-1.el9',
    '1.0-1.el9_2',
    '4.18.0-1.fc38',
    '4.18.1-1.fc38',
    '0.9',
    '1_0',
    '1.0~~',
    'a',
    'b.1'
  ]
  it("orders every pair as rpm's own EVR comparison (rpm.ver) does", () => {
    const all = pairs(versions)
    const compare = 'local function c(a, b) local x, y = rpm.ver(a), rpm.ver(b); if x < y then return -1 elseif x == y then return 0 else return 1 end end'
    const lua = `${compare} ${all.map(([a, b]) => `print(c(${JSON.stringify(a)}, ${JSON.stringify(b)}) .. '\\n')`).join(' ')}`
    const answers = oracle('rpm', ['--eval', `%{lua: ${lua}}`], undefined, 'apt-get install rpm')
      .trim()
      .split('\n')
    expect(answers).toHaveLength(all.length)
    all.forEach(([a, b], index) => expect(`${a} vs ${b}: ${sign(rpm.compare(a, b))}`).toBe(`${a} vs ${b}: ${Number(answers[index])}`))
  })
  it('follows the published vectors', () => {
    expectOrder(rpm, [
      ['1.0~rc1', '<', '1.0'],
      ['1.0^', '>', '1.0'],
      ['1.0^20160101', '<', '1.0.1'],
      ['1.0~rc1^git1', '>', '1.0~rc1'],
      ['2.0.1a', '>', '2.0.1'],
      ['10xyz', '<', '10.1xyz'],
      ['xyz.4', '<', '8'],
      ['6.0.rc1', '>', '6.0'],
      ['1.010', '=', '1.10']
    ])
  })
  it('sorts a missing release before any release, and a missing epoch as 0', () => {
    expect(rpm.compare('1.0-5.el9', '1.0')).toBe(1)
    expect(rpm.compare('0:1.0-1', '1.0-1')).toBe(0)
    expect(rpm.compare('1.0-5.el9', '1.0-6.el9')).toBe(-1)
  })
})

describe('apk', () => {
  it('follows the published vectors', () => {
    expectOrder(apk, [
      ['0.1.0_alpha2', '>', '0.1.0_alpha'],
      ['1.3_alpha8', '>', '0.6.0'],
      ['3.1_p16', '<', '3.1_p17'],
      ['1.0~1234-r1', '>', '1.0~1234-r0'],
      ['8.2.0', '<', '8.2.001'],
      ['6.0_p1', '>', '6.0'],
      ['1.0_alpha', '<', '1.0'],
      ['1.0', '<', '1.0-r1'],
      ['1.0-r1', '<', '1.0_p1'],
      ['1.0', '<', '1.0.1'],
      ['1.01', '<', '1.1'],
      ['1.1_alpha1', '<', '1.1']
    ])
  })
  it('orders suffixes alpha < beta < pre < rc < (none) < cvs < svn < git < hg < p, letters and revisions', () => {
    const ordered = [
      '2.0_alpha',
      '2.0_alpha1',
      '2.0_beta',
      '2.0_pre2',
      '2.0_rc1',
      '2.0',
      '2.0-r3',
      '2.0_cvs',
      '2.0_svn',
      '2.0_git20240101',
      '2.0_hg',
      '2.0_p1',
      '2.0a',
      '2.0b',
      '2.0.1',
      '2.1',
      '10.0'
    ]
    for (const [a, b] of pairs(ordered)) expect(`${a} vs ${b}: ${apk.compare(a, b)}`).toBe(`${a} vs ${b}: -1`)
  })
  it('refuses invalid versions', () => {
    for (const bad of ['1.0bc', '0.1_foobar', '0.1-r', '0.1-r2_pre1', 'a1', '', '1.0.4.-r0']) expect(() => apk.compare(bad, '1.0')).toThrow(UnparseableVersion)
  })
  it("reads two spellings of Alpine's secfixes that osv.dev keeps in ALPINE records: a patch suffix without underscore, a revision after a dot", () => {
    expectOrder(apk, [
      ['7.4p1-r0', '=', '7.4_p1-r0'],
      ['7.4p1-r0', '>', '7.4-r9'],
      ['7.4p1-r0', '<', '7.4_p2-r0'],
      ['0.8.21.r2', '=', '0.8.21-r2'],
      ['0.8.21.r2', '<', '0.8.21-r3'],
      ['0.8.21.r2', '>', '0.8.21']
    ])
  })
})

describe('Maven', () => {
  const versions = [
    '1',
    '1.0',
    '1.0.0',
    '1-0',
    '1.0-alpha1',
    '1.0-alpha-1',
    '1.0a1',
    '1.0-beta',
    '1.0-b2',
    '1.0-m3',
    '1.0-milestone-3',
    '1.0-rc1',
    '1.0-cr1',
    '1.0-SNAPSHOT',
    '1.0-ga',
    '1.0-final',
    '1.0.RELEASE',
    '1.0-sp1',
    '1.0-foo',
    '1.0-bar',
    '1.0.1',
    '1.0-1',
    '1.0.0.0.1',
    '2.0.0.Final',
    '2.0.0.Beta1',
    '1.2.3-jre',
    '1.2.3-android',
    '31.1-jre',
    '32.0.0-android',
    '2.17.1',
    '2.17.10',
    '1.0.x',
    '1.x',
    'abc',
    '1..0',
    '1.0-',
    '5.3.39',
    '6.1.0-M1',
    '2.6.0-RC2',
    '1.0.0.Alpha',
    '1.0-20240101.123456-1',
    '1.x.2',
    '1.0.RC.1',
    '1.0.0.Alpha1',
    '1-1.foo-bar1baz-.1',
    '1.0.0.0.0.0.0.1',
    '1.0-1.a'
  ]
  it('orders consecutive versions as Maven 3 ComparableVersion does', () => {
    const jar = '/usr/share/maven/lib/maven-artifact-3.x.jar'
    if (!fs.existsSync(jar)) throw new Error(`${jar} is needed as the oracle of this test: apt-get install maven`)
    // Several shuffles, so each version meets several others; the jar compares each argument with the next.
    const sequence: string[] = []
    for (let round = 0; round < 4; round++) sequence.push(...versions.map((_, i) => versions[(i * (2 * round + 3)) % versions.length]!))
    const output = oracle(
      'java',
      ['-cp', jar, 'org.apache.maven.artifact.versioning.ComparableVersion', ...sequence],
      undefined,
      'apt-get install default-jre-headless maven'
    )
    const verdicts = [...output.matchAll(/^\s+(\S+) ([<>]|==) (\S+)$/gm)]
    expect(verdicts.length).toBe(sequence.length - 1)
    for (const [, a, op, b] of verdicts) expect(`${a} vs ${b}: ${sign(maven.compare(a!, b!))}`).toBe(`${a} vs ${b}: ${op === '<' ? -1 : op === '>' ? 1 : 0}`)
    const canonical = [...output.matchAll(/^\d+\. (\S+) -> (\S+);/gm)]
    for (const [, version, form] of canonical) expect(`${version} -> ${canonicalMaven(version!)}`).toBe(`${version} -> ${form}`)
  })
})

describe('Packagist', () => {
  const versions = [
    '1.0',
    '1.0.0',
    '1.0.1',
    '1.0rc1',
    '1.0-RC1',
    '1.0-beta2',
    '1.0b1',
    '1.0alpha',
    '1.0a2',
    '1.0-dev',
    '1.0-p1',
    '1.0pl2',
    '1.0.0-patch1',
    '1.0-foo',
    '2.0',
    '10.0',
    '1.10',
    '1.9.9',
    '1.0.0.0',
    '5.4.53',
    '3.3.2'
  ]
  it("orders every pair as PHP's version_compare does", () => {
    const all = pairs(versions)
    const script = 'foreach (json_decode(stream_get_contents(STDIN)) as $p) { echo version_compare($p[0], $p[1]), "\\n"; }'
    const answers = oracle('php', ['-r', script], JSON.stringify(all), 'apt-get install php-cli').trim().split('\n')
    expect(answers).toHaveLength(all.length)
    all.forEach(([a, b], index) => expect(`${a} vs ${b}: ${sign(packagist.compare(a, b))}`).toBe(`${a} vs ${b}: ${Number(answers[index])}`))
  })
  it('drops a leading v as Composer does', () => {
    expect(packagist.compare('v1.2.3', '1.2.3')).toBe(0)
  })
})

describe('RubyGems', () => {
  const versions = [
    '1.0',
    '1.0.0',
    '1.0.a',
    '1.0.a1',
    '1.0.b',
    '1.0.rc1',
    '1.0.pre',
    '1.0.1',
    '1.1',
    '1.10',
    '1.9',
    '2.0.0.beta3',
    '2.0.0',
    '0.0.1',
    '3.1.4',
    '7.1.3.4',
    '1.0.0-x86_64-linux'.split('-')[0]!
  ]
  it('orders every pair as Gem::Version does', () => {
    const all = pairs(versions)
    const script = 'require "json"; JSON.parse(STDIN.read).each { |a, b| puts(Gem::Version.new(a) <=> Gem::Version.new(b)) }'
    const answers = oracle('ruby', ['-e', script], JSON.stringify(all), 'apt-get install ruby').trim().split('\n')
    expect(answers).toHaveLength(all.length)
    const scheme = versionSchemeFor('RubyGems')!
    all.forEach(([a, b], index) => expect(`${a} vs ${b}: ${sign(scheme.compare(a, b))}`).toBe(`${a} vs ${b}: ${Number(answers[index])}`))
  })
})

describe('NuGet', () => {
  it('follows the NuGet.Versioning rules', () => {
    expectOrder(nuget, [
      ['1.0.0', '=', '1.0'],
      ['1.0.0.0', '=', '1.0.0'],
      ['1.0.0-beta', '<', '1.0.0'],
      ['1.0.0-alpha', '<', '1.0.0-beta'],
      ['1.0.0-BETA', '=', '1.0.0-beta'],
      ['1.0.0-beta.2', '<', '1.0.0-beta.10'],
      ['1.0.0-1', '<', '1.0.0-alpha'],
      ['1.0.0-beta', '<', '1.0.0-beta.1'],
      ['1.0.0+build', '=', '1.0.0'],
      ['1.0.0.1', '>', '1.0.0'],
      ['2.0.0', '>', '1.99.99.99'],
      ['01.0.0', '=', '1.0.0']
    ])
  })
  it('refuses what NuGet refuses', () => {
    for (const bad of ['v1.0.0', '1.0.0.0.0', '1.0-', 'abc']) expect(() => nuget.compare(bad, '1.0.0')).toThrow(UnparseableVersion)
  })
})

describe('language schemes through kept libraries', () => {
  it('SemVer, Go, PEP 440', () => {
    expectOrder(versionSchemeFor('npm')!, [
      ['1.0.0-alpha', '<', '1.0.0'],
      ['1.0.0-alpha.1', '<', '1.0.0-alpha.beta'],
      ['1.0.0+build.1', '=', '1.0.0']
    ])
    expectOrder(versionSchemeFor('Go')!, [
      ['v1.2.3', '=', '1.2.3'],
      ['v0.0.0-20210101000000-abcdef123456', '<', 'v0.0.1'],
      ['v2.0.0+incompatible', '=', '2.0.0'],
      ['v1.10.0', '>', 'v1.9.0']
    ])
    expectOrder(versionSchemeFor('PyPI')!, [
      ['1.0rc1', '<', '1.0'],
      ['1.0.post1', '>', '1.0'],
      ['1.0.dev1', '<', '1.0a1'],
      ['1!0.1', '>', '2.0'],
      ['1.0+local', '>', '1.0'],
      ['1.0', '=', '1.0.0']
    ])
    expect(() => versionSchemeFor('npm')!.compare('1.0', '1.0.0')).toThrow(UnparseableVersion)
    expect(() => versionSchemeFor('PyPI')!.compare('not a version', '1.0')).toThrow(UnparseableVersion)
  })
  it('maps distro ecosystems with releases, and has nothing for unknown ecosystems', () => {
    expect(versionSchemeFor('Debian:12')).toBe(dpkg)
    expect(versionSchemeFor('Alpine:v3.20')).toBe(apk)
    expect(versionSchemeFor('Red Hat:rhel_aus:8.4::appstream')).toBe(rpm)
    expect(versionSchemeFor('ConanCenter')).toBeUndefined()
  })
})

describe('Bitnami', () => {
  // The comparison and parsing vectors of Bitnami's own comparator (bitnami/go-version, pkg/version/version_test.go:
  // TestVersion_Compare and the valid/invalid strings of its parsing test).
  it('takes what follows the hyphen for a revision, newer than the release, as bitnami/go-version does', () => {
    expectOrder(bitnami, [
      ['1.2.3', '<', '1.4.5'],
      ['2.2.3', '>', '1.5.1'],
      ['2.2.3', '>', '2.2.2'],
      ['1.0.0-1', '<', '1.0.0-2'],
      ['1.2.3-1', '=', '1.2.3-1'],
      ['1.2.3', '<', '1.2.3-1'],
      ['1.2.3+foo', '=', '1.2.3+bar'],
      ['1.2.0', '<', '1.2.0-1+metadata'],
      // Revisions as Bitnami writes them in image tags and purls.
      ['14.4.2-r1', '<', '14.4.2-r2'],
      ['14.4.2', '<', '14.4.2-r0']
    ])
    for (const valid of ['1.2.3', '1.2.3+test.01', '1.2.0-x.Y.0+metadata', '1.2.3-rc1-with-hypen', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0-x-y-z.-'])
      expect(() => bitnami.compare(valid, '1.0.0')).not.toThrow()
    for (const invalid of ['1.2.3-alpha.01', '1.0', '1', '1.2.beta', 'foo', '1.2-5', '1.2.3.4', '1.7rc2', '1.0-', 'v1.2.3', '\n1.2', 'foo1.2.3'])
      expect(() => bitnami.compare(invalid, '1.0.0')).toThrow(UnparseableVersion)
  })

  it('is the order of Bitnami’s SEMVER ranges: a revision of the fixed release is fixed', () => {
    const entry = { package: { ecosystem: 'Bitnami', name: 'postgresql' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '16.2.0' }] }] }
    expect(evaluateAffected(entry, 'Bitnami', '16.2.0-1').affected).toBe(false)
    expect(evaluateAffected(entry, 'Bitnami', '16.1.9-r3')).toEqual({ affected: true, fixedVersions: ['16.2.0'] })
    // Elsewhere SEMVER is SemVer: 16.2.0-1 is a pre-release of 16.2.0.
    expect(evaluateAffected({ ...entry, package: { ecosystem: 'npm', name: 'x' } }, 'npm', '16.2.0-1').affected).toBe(true)
    expect(versionSchemeFor('Bitnami')).toBe(bitnami)
  })
})
