/**
 * `chaingate sbom` and `chaingate check --sbom`, in-process. The lockfile readers are replaced by one test
 * reader (`fake.lock`: one `name@version scope` per line, `!` for a line it cannot parse), so these tests
 * exercise the command, not the readers (each has its own tests).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import type { ReaderEntry } from '../../src/inventory/readers/index.js'
import type { Package, ReadOutcome } from '../../src/inventory/model.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

function readFake(input: { path: string; text: string }): ReadOutcome {
  const outcome: ReadOutcome = { packages: [], edges: [], problems: [] }
  input.text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const match = /^(\S+)@(\S+) (runtime|dev|optional)$/.exec(line)
    if (!match) {
      outcome.problems.push({ path: input.path, line: index + 1, format: 'fake-lock', message: `cannot parse ${JSON.stringify(line)}` })
      return
    }
    const pkg: Package = {
      ecosystem: 'npm',
      name: match[1]!,
      version: match[2]!,
      purl: `pkg:npm/${match[1]!.replace('@', '%40')}@${match[2]}`,
      scope: match[3] as Package['scope'],
      direct: true,
      source: 'registry',
      location: { path: input.path, line: index + 1 }
    }
    outcome.packages.push(pkg)
  })
  if (outcome.problems.length > 0) return { packages: [], edges: [], problems: outcome.problems }
  return outcome
}

const FAKE_READER: ReaderEntry = { format: 'fake-lock', ecosystem: 'npm', matches: (name) => name === 'fake.lock', load: async () => readFake }
jest.unstable_mockModule('../../src/inventory/readers/index.js', () => ({
  READERS: [FAKE_READER],
  readersFor: (basename: string) => (FAKE_READER.matches(basename) ? [FAKE_READER] : [])
}))
const { main } = await import('../../src/cli/main.js')

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

async function cli(argv: string[], files: Record<string, string>, env: Record<string, string> = {}) {
  ws = tempWorkspace(files)
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { env, cwd: ws.root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

const LOCKS = { 'app/fake.lock': '@scope/ui@1.2.0 runtime\njest@29.7.0 dev\n', 'tools/fake.lock': 'left-pad@1.3.0 runtime\n' }

describe('chaingate sbom', () => {
  it('writes CycloneDX to stdout by default, valid, with every lockfile of the directory', async () => {
    const { code, stdout, stderr } = await cli(['sbom'], LOCKS)
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const bom = JSON.parse(stdout)
    expect(validateCycloneDx16(bom)).toEqual([])
    expect(bom.components.map((component: { purl: string }) => component.purl)).toEqual([
      'pkg:npm/%40scope/ui@1.2.0',
      'pkg:npm/jest@29.7.0',
      'pkg:npm/left-pad@1.3.0'
    ])
    const jest = bom.components.find((component: { name: string }) => component.name === 'jest')
    expect(jest.scope).toBe('optional')
    expect(jest.properties).toEqual(
      expect.arrayContaining([
        { name: 'chaingate:scope', value: 'dev' },
        { name: 'chaingate:source-file', value: 'app/fake.lock:2' }
      ])
    )
  })

  it('writes SPDX to --output, names the repository and commit from the options or the environment', async () => {
    const commit = 'f'.repeat(40)
    const { code, stdout, stderr } = await cli(['sbom', '.', '--format', 'spdx', '--output', 'out/bom.spdx.json'], LOCKS, {
      GITHUB_REPOSITORY: 'octo-org/app',
      GITHUB_SHA: commit
    })
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe('chaingate sbom: wrote 3 packages from 2 files to out/bom.spdx.json (SPDX 2.3)\n')
    const document = JSON.parse((await import('node:fs')).readFileSync(`${ws!.root}/out/bom.spdx.json`, 'utf8'))
    expect(validateSpdx23(document)).toEqual([])
    expect(document.name).toBe(`octo-org/app@${commit}`)
    expect(
      document.packages.every((item: { externalRefs: { referenceType: string }[] }) =>
        item.externalRefs.some((reference) => reference.referenceType === 'purl')
      )
    ).toBe(true)
  })

  it('is reproducible and honours SOURCE_DATE_EPOCH', async () => {
    const first = await cli(['sbom', 'app'], LOCKS, { SOURCE_DATE_EPOCH: '1700000000' })
    const second = await cli(['sbom', 'app'], LOCKS, { SOURCE_DATE_EPOCH: '1700000000' })
    expect(first.stdout).toBe(second.stdout)
    expect(JSON.parse(first.stdout).metadata.timestamp).toBe('2023-11-14T22:13:20.000Z')
    expect((await cli(['sbom', 'app'], LOCKS, { SOURCE_DATE_EPOCH: 'now' })).code).toBe(2)
  })

  it('reads a single lockfile', async () => {
    const { code, stdout } = await cli(['sbom', 'tools/fake.lock'], LOCKS)
    expect(code).toBe(0)
    expect(JSON.parse(stdout).components.map((component: { name: string }) => component.name)).toEqual(['left-pad'])
  })

  it('reports an unreadable lockfile on stderr with file and line, and still writes the rest', async () => {
    const { code, stdout, stderr } = await cli(['sbom'], { ...LOCKS, 'broken/fake.lock': 'ok@1.0.0 runtime\nthis is not a lockfile line\n' })
    expect(code).toBe(0)
    expect(stderr).toBe('chaingate sbom: broken/fake.lock:2: cannot parse "this is not a lockfile line"\n')
    const bom = JSON.parse(stdout)
    expect(bom.components).toHaveLength(3)
    expect(bom.metadata.properties).toEqual(
      expect.arrayContaining([{ name: 'chaingate:inventory-problem', value: 'broken/fake.lock:2: cannot parse "this is not a lockfile line"' }])
    )
  })

  it('exits 2 on bad input: a missing path, a file no reader reads, a single unreadable lockfile, a bad format or repository', async () => {
    const missing = await cli(['sbom', 'nowhere'], LOCKS)
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'chaingate: nowhere: no such file or directory\n' })
    const notLockfile = await cli(['sbom', 'README.md'], { ...LOCKS, 'README.md': '# app\n' })
    expect(notLockfile.code).toBe(2)
    expect(notLockfile.stderr).toMatch(/^chaingate: README\.md: not a lockfile/)
    const broken = await cli(['sbom', 'broken/fake.lock'], { 'broken/fake.lock': 'ok@1.0.0 runtime\n???\n' })
    expect(broken).toMatchObject({ code: 2, stdout: '', stderr: 'chaingate: broken/fake.lock:2: cannot parse "???"\n' })
    expect((await cli(['sbom', '--format', 'swid'], LOCKS)).stderr).toMatch(/--format must be cyclonedx or spdx/)
    expect((await cli(['sbom', '--repo', 'not a repo'], LOCKS)).code).toBe(2)
    expect((await cli(['sbom', '--bogus'], LOCKS)).code).toBe(2)
    expect((await cli(['sbom', 'a', 'b'], LOCKS)).code).toBe(2)
  })

  it('is listed in the help', async () => {
    expect((await cli(['--help'], {})).stdout).toMatch(/^ {2}sbom \[path\] +write the dependency inventory as an SBOM/m)
    expect((await cli(['sbom', '--help'], {})).stdout).toMatch(/^usage: chaingate sbom \[path\] \[--format cyclonedx\|spdx\] \[--output file\]/)
  })
})

describe('chaingate check --sbom', () => {
  it('exits 2 for an SBOM file that does not exist, and for --sbom-only without --sbom', async () => {
    const missing = await cli(['check', '--sbom', 'none.json'], LOCKS)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('chaingate: none.json: SBOM file not found\n')
    expect((await cli(['check', '--sbom-only'], LOCKS)).stderr).toMatch(/--sbom-only needs --sbom FILE/)
  })

  it('runs with an SBOM inside or outside the workspace', async () => {
    const { code: bomCode, stdout: bom } = await cli(['sbom'], LOCKS)
    expect(bomCode).toBe(0)
    const outside = tempWorkspace({ 'bom.cdx.json': bom })
    try {
      const run = await cli(['check', '.', '--sbom', `${outside.root}/bom.cdx.json`, '--format', 'json', '--fail-on', 'none'], { 'bom.json': bom })
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout).verdict).toBe('pass')
    } finally {
      outside.cleanup()
    }
  })
})
