import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/go-mod.js'

const DIR = 'test/fixtures/inventory/go-mod'
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')

function readText(text: string, files: Record<string, string> = {}) {
  return read({ path: 'svc/go.mod', text, sibling: (relative) => files[relative] })
}

interface GoListModule {
  Path: string
  Version?: string
  Main?: boolean
  Indirect?: boolean
  Replace?: { Path: string; Version?: string }
}

/** `go list -m -json all` prints one JSON object after another. */
function goListModules(): GoListModule[] {
  const text = fixture('go-list-m-json-all.json')
  return JSON.parse(`[${text.replace(/\}\n\{/g, '},{')}]`) as GoListModule[]
}

describe('go.mod reader on a module made by go 1.26', () => {
  const outcome = read({ path: 'go.mod', text: fixture('go.mod'), sibling: (relative) => (relative === 'go.sum' ? fixture('go.sum') : undefined) })
  const lines = fixture('go.mod').split('\n')

  it('reads without problems and has no edges (go.mod is flat)', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.edges).toEqual([])
  })

  it('is exactly the set of modules go list says provide a package to the build (packages, tests, tools)', () => {
    const built = fixture('go-list-deps-test.txt')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && line.includes(' '))
      .map((line) => {
        const [from, to] = line.split(' => ')
        const [name, version] = (from as string).split(' ')
        const replaced = to?.split(' ')
        // What ships: the replacement module@version; a directory replacement keeps the required name.
        return replaced && replaced[1] ? `${replaced[0]}@${replaced[1]}` : `${name}@${version}`
      })
    expect(outcome.packages.map((pkg) => `${pkg.name}@${pkg.version}`).sort()).toEqual(built.sort())
  })

  it('agrees with go list -m all, whose extra modules provide no package to the build', () => {
    const modules = goListModules().filter((module) => !module.Main)
    const shipped = (module: GoListModule) =>
      module.Replace?.Version ? `${module.Replace.Path}@${module.Replace.Version}` : `${module.Path}@${module.Version}`
    const inventory = new Set(outcome.packages.map((pkg) => `${pkg.name}@${pkg.version}`))
    const built = new Set(
      fixture('go-list-deps-test.txt')
        .split('\n')
        .map((line) => line.trim().split(' ')[0])
    )
    for (const module of modules) {
      if (inventory.has(shipped(module))) continue
      // Not in go.mod: only in the module graph because a dependency's go.mod requires it.
      expect(built.has(module.Path)).toBe(false)
      expect(fixture('go.mod')).not.toContain(`${module.Path} `)
    }
    expect(modules.filter((module) => inventory.has(shipped(module)))).toHaveLength(outcome.packages.length)
    // Direct/indirect as go list reports it for the modules go.mod lists.
    for (const pkg of outcome.packages) {
      const module = modules.find((candidate) => shipped(candidate) === `${pkg.name}@${pkg.version}`) as GoListModule
      expect(pkg.direct).toBe(!module.Indirect)
    }
  })

  it('records a module replacement as the module that ships, with what it replaced and its go.sum hash', () => {
    const sampler = outcome.packages.find((pkg) => pkg.name === 'rsc.io/sampler')
    const sumLine = fixture('go.sum')
      .split('\n')
      .find((line) => line.startsWith('rsc.io/sampler v1.99.99 h1:')) as string
    expect(sampler).toMatchObject({
      version: 'v1.99.99',
      replaces: 'rsc.io/sampler@v1.3.0',
      source: 'registry',
      purl: 'pkg:golang/rsc.io/sampler@v1.99.99',
      hashes: [sumLine.split(' ')[2]],
      direct: false,
      location: { path: 'go.mod', line: lines.findIndex((line) => line.startsWith('replace rsc.io/sampler')) + 1 }
    })
  })

  it('records a directory replacement as a path source', () => {
    const local = outcome.packages.find((pkg) => pkg.name === 'example.com/chaingate/localdep')
    expect(local).toMatchObject({ source: 'path', resolved: './localdep', version: 'v0.0.0', direct: true })
    expect(local?.hashes).toBeUndefined()
  })

  it('keeps the v of Go versions, splits the purl at the last path segment, and points at the require line', () => {
    const quote = outcome.packages.find((pkg) => pkg.name === 'rsc.io/quote/v3')
    expect(quote).toMatchObject({ ecosystem: 'Go', version: 'v3.1.0', purl: 'pkg:golang/rsc.io/quote/v3@v3.1.0', scope: 'runtime', direct: true })
    expect(lines[(quote?.location.line as number) - 1]).toContain('rsc.io/quote/v3 v3.1.0')
    expect(quote?.hashes?.[0]).toMatch(/^h1:/)
  })

  it('does not call the tool-only module runtime, and never lists the main module', () => {
    expect(outcome.packages.find((pkg) => pkg.name === 'golang.org/x/tools')).toMatchObject({ scope: 'unknown', direct: false })
    expect(outcome.packages.some((pkg) => pkg.name === 'example.com/chaingate/gofixture')).toBe(false)
    expect(outcome.packages.some((pkg) => pkg.name === 'golang.org/x/text' && pkg.version === 'v0.20.0')).toBe(false)
  })
})

describe('go.mod reader, written forms', () => {
  it('reads single-line directives, quoted paths, replace without version, and comments', () => {
    const outcome = readText(
      [
        'module "example.com/m" // the main module',
        '',
        'go 1.21',
        'toolchain go1.22.1',
        'godebug default=go1.21',
        'require example.com/a v1.0.0',
        'require `example.com/b` v0.0.0-20240101000000-abcdef123456 // indirect; needed by a',
        'require example.com/c v2.0.0+incompatible',
        'replace example.com/a => example.com/fork/a v1.0.1',
        'replace example.com/c v2.0.0+incompatible => ../c',
        'retract v0.1.0 // broken',
        'exclude example.com/a v0.9.0'
      ].join('\n'),
      { 'go.sum': 'example.com/fork/a v1.0.1 h1:AAAA=\nexample.com/fork/a v1.0.1/go.mod h1:BBBB=\n' }
    )
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.direct, pkg.source, pkg.location.line])).toEqual([
      ['example.com/fork/a', 'v1.0.1', true, 'registry', 9],
      ['example.com/b', 'v0.0.0-20240101000000-abcdef123456', false, 'registry', 7],
      ['example.com/c', 'v2.0.0+incompatible', true, 'path', 10]
    ])
    expect(outcome.packages[0]?.hashes).toEqual(['h1:AAAA='])
    expect(outcome.packages[0]?.replaces).toBe('example.com/a@v1.0.0')
  })

  it('reports a required version that is excluded as unresolved, not guessed', () => {
    const outcome = readText('module m\nrequire x.org/y v1.2.0\nexclude x.org/y v1.2.0\n')
    expect(outcome.packages[0]).toMatchObject({ name: 'x.org/y', version: null, declared: 'v1.2.0' })
    expect(outcome.packages[0]?.purl).toBeUndefined()
  })

  it('says a go.mod before Go 1.17 is incomplete (it lists only what the module imports itself), keeping what it names', () => {
    // As \`go mod tidy\` writes it for go 1.16 (made in /tmp with go 1.26.8: main.go imports rsc.io/quote/v3 v3.1.0;
    // \`go list -deps\` then builds golang.org/x/text and rsc.io/sampler too, which this go.mod does not name).
    const old = readText('module example.com/old\n\ngo 1.16\n\nrequire rsc.io/quote/v3 v3.1.0\n')
    expect(old.packages.map((pkg) => pkg.name)).toEqual(['rsc.io/quote/v3'])
    expect(old.problems).toEqual([
      {
        path: 'svc/go.mod',
        line: 3,
        format: 'go-mod',
        message: expect.stringMatching(/^go 1\.16: before Go 1\.17 go\.mod lists only part of the module graph, .*`go mod tidy -go=1\.17`/)
      }
    ])
    expect(readText('module m\nrequire x.org/y v1.2.0\n').problems).toMatchObject([{ line: 1, message: expect.stringContaining('(no go directive)') }])
    expect(readText('module m\n\ngo 1.17\n\nrequire x.org/y v1.2.0\n').problems).toEqual([])
    expect(readText('module m\n\ngo 1.16\n').problems).toEqual([])
    expect(readText('module m\ngo 1.x\n').problems).toMatchObject([{ line: 2, message: 'usage: go 1.23' }])
  })

  it('reads CRLF files', () => {
    const outcome = readText('module m\r\n\r\nrequire (\r\n\tx.org/y v1.2.0 // indirect\r\n)\r\n')
    expect(outcome.packages).toMatchObject([{ name: 'x.org/y', version: 'v1.2.0', direct: false, location: { line: 4 } }])
  })

  it.each([
    ['module m\nrequire (\n\tx.org/y v1.2.0\n', 2, 'not closed'],
    ['module m\nrequire x.org/y\n', 2, 'usage: require'],
    ['module m\n\nrequire x.org/y 1.2.0\n', 3, 'invalid module version'],
    ['module m\nrequires x.org/y v1.0.0\n', 2, 'unknown directive'],
    ['module m\nreplace x.org/y => x.org/z\n', 2, 'must be a directory path'],
    ['module m\nrequire "x.org/y v1.0.0\n', 2, 'unterminated'],
    // Go's path-major rule (golang.org/x/mod CheckPathMajor): `go` refuses these files.
    ['module m\n\nrequire github.com/evmos/evmos/v7 v6.0.0\n', 3, 'github.com/evmos/evmos/v7: version "v6.0.0" invalid: should be v7, not v6'],
    [
      'module m\nrequire (\n\tx.org/y v1.0.0\n\tx.org/z v2.1.0\n)\n',
      4,
      'x.org/z: version "v2.1.0" invalid: should be v0 or v1, not v2 (or v2 with +incompatible)'
    ]
  ])('reports a malformed file as one problem with its line (%#)', (text, line, message) => {
    const outcome = readText(text)
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]).toMatchObject({ path: 'svc/go.mod', line, format: 'go-mod' })
    expect(outcome.problems[0]?.message).toContain(message)
  })
})
