import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, pipList } from '../../../test/support/python-fixtures.js'
import type { Package } from '../model.js'
import { read } from './requirements.js'

const ROOT = 'requirements'
const byName = (packages: Package[]): Map<string, Package> => new Map(packages.map((pkg) => [pkg.name.toLowerCase(), pkg]))

describe('requirements reader on files pip-compile and uv made', () => {
  const runtime = read(fixtureInput(ROOT, 'requirements.txt'))
  const dev = read(fixtureInput(ROOT, 'requirements-dev.txt'))

  test('agrees package for package with pip list of an environment installed from both files (--require-hashes)', () => {
    expect(runtime.problems).toEqual([])
    expect(dev.problems).toEqual([])
    const oracle = pipList(ROOT, 'oracle/pip-list.json')
    const ours = new Map([...runtime.packages, ...dev.packages].map((pkg) => [pkg.name.toLowerCase().replace(/[-_.]+/g, '-'), pkg.version]))
    expect(ours).toEqual(oracle)
  })

  test('scope follows the file: requirements-dev.txt is dev, requirements.txt does not say', () => {
    expect(new Set(runtime.packages.map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
    expect(new Set(dev.packages.map((pkg) => pkg.scope))).toEqual(new Set(['dev']))
  })

  test('hashes, pins, the URL requirement, extras and direct from the `# via` annotations', () => {
    const packages = byName(runtime.packages)
    const certifi = packages.get('certifi')!
    expect(certifi.hashes).toEqual(['sha256:1324c476b4811eff41a8bc2122cd0bbd4d9c7234c725446d99ab1612b3a7fdd2'])
    expect(certifi.location).toEqual({ path: 'requirements.txt', line: 7 })
    expect(certifi.direct).toBe(false)
    expect(certifi.source).toBe('registry')
    expect(packages.get('charset-normalizer')!.hashes!.length).toBeGreaterThan(100)
    const requests = packages.get('requests')!
    expect(requests).toMatchObject({ version: '2.34.2', extras: ['socks'], direct: true, purl: 'pkg:pypi/requests@2.34.2' })
    const six = packages.get('six')!
    expect(six).toMatchObject({ version: '1.16.0', source: 'url', direct: true })
    expect(six.resolved).toMatch(/six-1\.16\.0-py2\.py3-none-any\.whl$/)
    expect(six.purl).toMatch(/^pkg:pypi\/six@1\.16\.0\?download_url=/)
    expect(six.hashes).toEqual(['sha256:8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254'])
    expect(byName(dev.packages).get('pytest')!.direct).toBe(true)
    expect(byName(dev.packages).get('pluggy')!.direct).toBe(false)
    // PEP 503 names in purls, the name as written in the package.
    expect(byName(dev.packages).get('pygments')!.purl).toBe('pkg:pypi/pygments@2.21.0')
  })

  test('uv pip compile --universal: markers kept, the --index-url line is not a package', () => {
    const universal = read(fixtureInput(ROOT, 'requirements-universal.txt'))
    expect(universal.problems).toEqual([])
    const packages = byName(universal.packages)
    expect(packages.get('tomli')).toMatchObject({ version: '2.5.0', markers: "python_full_version < '3.11'", direct: true })
    // The same set as pip-compile's for this environment, plus tomli whose marker does not hold on 3.11.
    expect([...packages.keys()].sort()).toEqual([...byName(runtime.packages).keys(), 'tomli'].sort())
    expect(universal.packages.some((pkg) => pkg.name.includes('pypi.org'))).toBe(false)
  })
})

describe('requirements reader: the grammar pip reads', () => {
  const text = [
    '# a comment',
    'Foo_Bar.baz==1.0  # trailing comment',
    'exact===2.0.post1',
    'ranged>=1.2,<2 ; python_version < "3.8"',
    'compat~=3.1',
    'unpinned',
    'wild==1.*',
    'extra-pkg[one, two]==4.0 \\',
    '    --hash=sha256:aaaa \\',
    '    --hash sha256:bbbb',
    '-e git+https://example.test/org/vcs.git@v1.0#egg=vcs-pkg',
    'git+https://example.test/org/other.git@0123456789abcdef0123456789abcdef01234567#egg=other',
    'https://files.example.test/dl/archive_name-1.2.3.tar.gz',
    '-e ./local/project',
    '--index-url https://mirror.example.test/simple',
    '--extra-index-url https://extra.example.test/simple',
    '-c constraints.txt',
    '--require-hashes',
    'not a requirement!!',
    'after==1'
  ].join('\n')
  const outcome = read(memoryInput({ 'requirements.txt': text }, 'requirements.txt'))
  const packages = byName(outcome.packages)

  test('pins are resolved versions; ranges, wildcards and unpinned are declared', () => {
    expect(packages.get('foo_bar.baz')).toMatchObject({ version: '1.0', purl: 'pkg:pypi/foo-bar-baz@1.0', location: { path: 'requirements.txt', line: 2 } })
    expect(packages.get('exact')!.version).toBe('2.0.post1')
    expect(packages.get('ranged')).toMatchObject({ version: null, declared: '>=1.2,<2', markers: 'python_version < "3.8"', purl: 'pkg:pypi/ranged' })
    expect(packages.get('compat')).toMatchObject({ version: null, declared: '~=3.1' })
    expect(packages.get('unpinned')).toMatchObject({ version: null, declared: '*' })
    expect(packages.get('wild')).toMatchObject({ version: null, declared: '==1.*' })
  })

  test('continuations join lines; hashes in both spellings; extras', () => {
    expect(packages.get('extra-pkg')).toMatchObject({ version: '4.0', extras: ['one', 'two'], hashes: ['sha256:aaaa', 'sha256:bbbb'], location: { line: 8 } })
  })

  test('-e and VCS/URL requirements are git/url/path sources', () => {
    expect(packages.get('vcs-pkg')).toMatchObject({
      source: 'git',
      version: null,
      resolved: 'git+https://example.test/org/vcs.git@v1.0#egg=vcs-pkg',
      location: { line: 11 }
    })
    expect(packages.get('vcs-pkg')!.purl).toMatch(/^pkg:pypi\/vcs-pkg\?vcs_url=/)
    expect(packages.get('other')).toMatchObject({ source: 'git', version: null })
    expect(packages.get('archive_name')).toMatchObject({ source: 'url', version: '1.2.3' })
    expect(packages.get('./local/project')).toMatchObject({ source: 'path', version: null, location: { line: 14 } })
    expect(packages.get('./local/project')!.purl).toBeUndefined()
  })

  test('options are not packages; an unreadable line is one problem with its line and the rest is read', () => {
    expect(outcome.packages.map((pkg) => pkg.name)).not.toContain('constraints.txt')
    expect(outcome.packages.some((pkg) => /example\.test\/simple/.test(pkg.name))).toBe(false)
    expect(outcome.problems).toEqual([
      { path: 'requirements.txt', line: 19, format: 'requirements', message: 'not a requirement pip can read: not a requirement!!' }
    ])
    expect(packages.get('after')!.location.line).toBe(20)
    expect(outcome.packages).toHaveLength(12)
  })

  test('without `# via` annotations the file does not say what is direct', () => {
    expect(new Set(outcome.packages.map((pkg) => pkg.direct))).toEqual(new Set([null]))
  })
})

describe('requirements reader: includes', () => {
  const files: Record<string, string> = {
    'app/requirements-ci.txt': '-r base.txt\n--requirement=requirements-dev.txt\n-c constraints.txt\ntop==1\n',
    'app/base.txt': 'shared==2.0\n-r ../common/more.txt\n-rrequirements-ci.txt\n',
    'common/more.txt': '# included twice, read once\nmore==3.0\n-r ../app/base.txt\n',
    'app/requirements-dev.txt': 'devonly==9\n',
    'app/constraints.txt': 'constrained==1\n'
  }

  test('followed once each (cycles are safe), located in the included file, candidates not counted twice, -c not packages', () => {
    const outcome = read(memoryInput(files, 'app/requirements-ci.txt'))
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.location.path, pkg.location.line, pkg.scope])).toEqual([
      ['shared', '2.0', 'app/base.txt', 1, 'dev'],
      ['more', '3.0', 'common/more.txt', 2, 'dev'],
      ['top', '1', 'app/requirements-ci.txt', 4, 'dev']
    ])
  })

  test('an include that cannot be read, or leaves the workspace, is a problem at the include line', () => {
    const outcome = read(memoryInput({ 'requirements.txt': 'a==1\n-r missing.txt\n-r ../../outside.txt\n-r https://example.test/r.txt\n' }, 'requirements.txt'))
    expect(outcome.packages.map((pkg) => pkg.name)).toEqual(['a'])
    expect(outcome.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, 'included file could not be read: missing.txt'],
      [3, 'included file is outside the workspace: ../../outside.txt'],
      [4, 'included requirements at a URL are not read: https://example.test/r.txt']
    ])
  })

  test("an included file takes the includer's scope unless its own name says dev", () => {
    const outcome = read(
      memoryInput(
        { 'requirements.txt': '-r extra/test-tools.txt\n-r extra/base.txt\n', 'extra/test-tools.txt': 'pytest==8\n', 'extra/base.txt': 'flask==3\n' },
        'requirements.txt'
      )
    )
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope])).toEqual([
      ['pytest', 'dev'],
      ['flask', 'unknown']
    ])
  })
})
