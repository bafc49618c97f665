import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/go-mod.js'

// The workspace root is the fixture directory: `app/go.mod` is read with `go.work` one level up.
const DIR = 'test/fixtures/inventory/go-work'
const file = (name: string): string | undefined => {
  try {
    return readFileSync(path.join(DIR, name), 'utf8')
  } catch {
    return undefined
  }
}
const input = (modPath: string, files: (name: string) => string | undefined = file) => ({
  path: modPath,
  text: files(modPath) as string,
  sibling: (relative: string) =>
    path.posix.normalize(`${path.posix.dirname(modPath)}/${relative}`).startsWith('..')
      ? undefined
      : files(path.posix.normalize(`${path.posix.dirname(modPath)}/${relative}`))
})

interface GoListModule {
  Path: string
  Version?: string
  Main?: boolean
  Replace?: { Path: string; Version?: string }
}

describe('go.mod reader inside a go.work workspace made by go 1.26', () => {
  const outcome = read(input('app/go.mod'))

  it('agrees with go list -deps in workspace mode: the used module is the workspace, go.work replacements win', () => {
    expect(outcome.problems).toEqual([])
    const built = (file('oracle/go-list-deps.txt') as string)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [from, to] = line.split(' => ')
        const [name, version] = from.trim().split(' ')
        return to ? `${to.trim().replace(' ', '@')}` : version ? `${name}@${version}` : `${name} (main)`
      })
    const modules = JSON.parse(file('oracle/go-list-m-all.json') as string) as GoListModule[]
    const mains = new Set(modules.filter((module) => module.Main).map((module) => module.Path))
    const actual = outcome.packages.map((pkg) => (pkg.source === 'workspace' ? `${pkg.name} (main)` : `${pkg.name}@${pkg.version}`))
    // go list names the main module itself too; the inventory does not list the module it reads.
    expect(actual.sort()).toEqual(built.filter((entry) => entry !== 'example.com/ws/app (main)').sort())
    expect(mains).toEqual(new Set(['example.com/ws/app', 'github.com/google/uuid']))
    expect(outcome.packages.find((pkg) => pkg.source === 'workspace')).toMatchObject({ name: 'github.com/google/uuid', resolved: 'uuid', direct: true })
    expect(outcome.packages.find((pkg) => pkg.name === 'golang.org/x/text')).toMatchObject({
      version: 'v0.20.0',
      replaces: 'golang.org/x/text@v0.21.0',
      location: { path: 'go.work', line: 8 }
    })
  })

  it('without go.work the module builds alone: its own replace and the registry uuid (GOWORK=off)', () => {
    const alone = read(input('app/go.mod', (name) => (name === 'go.work' ? undefined : file(name))))
    expect(alone.packages.map((pkg) => [pkg.name, pkg.version, pkg.source]).sort()).toEqual([
      ['github.com/google/uuid', 'v1.6.0', 'registry'],
      ['golang.org/x/text', 'v0.19.0', 'registry']
    ])
  })

  it('a go.work that does not use the module does not apply; a bad go.work is a problem with its file and line', () => {
    const other = read(input('app/go.mod', (name) => (name === 'go.work' ? 'go 1.26\n\nuse ./uuid\n' : file(name))))
    expect(other.packages.map((pkg) => pkg.source)).toEqual(['registry', 'registry'])
    const bad = read(input('app/go.mod', (name) => (name === 'go.work' ? 'go 1.26\n\nuse (\n\t./app\n' : file(name))))
    expect(bad.packages).toEqual([])
    expect(bad.problems).toEqual([{ path: 'go.work', line: 3, format: 'go-mod', message: '"use (" block is not closed' }])
    const unknown = read(input('app/go.mod', (name) => (name === 'go.work' ? 'go 1.26\nrequire x v1.0.0\n' : file(name))))
    expect(unknown.problems).toMatchObject([{ path: 'go.work', line: 2, message: 'unknown directive: require' }])
  })
})
