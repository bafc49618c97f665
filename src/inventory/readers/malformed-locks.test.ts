import { describe, expect, test } from '@jest/globals'
import { memoryInput } from '../../../test/support/python-fixtures.js'
import type { ReadOutcome } from '../model.js'
import { read as readCargo } from './cargo-lock.js'
import { read as readGoMod } from './go-mod.js'
import { read as readPipfile } from './pipfile-lock.js'
import { read as readPoetry } from './poetry-lock.js'
import { read as readPylock } from './pylock.js'
import { read as readUv } from './uv-lock.js'
import type { ReaderInput } from './types.js'

// What the tools never write is one problem with file and line: an empty or foreign file is not "no dependencies".
const cases: Array<[string, (input: ReaderInput) => ReadOutcome, string, string, number, string]> = [
  ['empty uv.lock', readUv, 'uv.lock', '', 1, 'not a uv.lock: no `version`'],
  ['uv.lock without packages', readUv, 'uv.lock', 'version = 1\nrevision = 3\n', 1, 'no [[package]] entries'],
  [
    'uv.lock entry without a name',
    readUv,
    'uv.lock',
    'version = 1\n\n[[package]]\nname = "a"\n\n[[package]]\nversion = "1.0"\n',
    6,
    'a [[package]] entry without a name'
  ],
  ['empty poetry.lock', readPoetry, 'poetry.lock', '', 1, 'not a poetry.lock: no [metadata] table'],
  [
    'poetry.lock with package not a table array',
    readPoetry,
    'poetry.lock',
    'package = 1\n[metadata]\nlock-version = "2.1"\n',
    1,
    '`package` is not an array of tables'
  ],
  ['pylock.toml whose packages is not an array', readPylock, 'pylock.toml', 'lock-version = "1.0"\npackages = 3\n', 1, '`packages` is not an array of tables'],
  ['pylock.toml without packages', readPylock, 'pylock.toml', 'lock-version = "1.0"\n', 1, 'no [[packages]] entries'],
  ['empty Cargo.lock', readCargo, 'Cargo.lock', '', 1, 'no [[package]] entries'],
  ['go.mod without a module line', readGoMod, 'go.mod', 'go 1.22\n\nrequire x.org/y v1.0.0\n', 1, 'missing module declaration'],
  ['cut Pipfile.lock', readPipfile, 'Pipfile.lock', '{\n  "default": {\n', 3, 'invalid JSON']
]

describe('lockfiles no tool writes', () => {
  test.each(cases)('%s', (_, read, file, text, line, message) => {
    const outcome = read({ ...memoryInput({ [file]: text }, file), sibling: () => undefined })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]).toMatchObject({ path: file, line })
    expect(outcome.problems[0].message).toContain(message)
    expect(outcome.problems[0].message).not.toContain('\n')
  })

  test('a poetry.lock of a project without dependencies is read as empty, without a problem', () => {
    const outcome = readPoetry({
      ...memoryInput({ 'poetry.lock': '[metadata]\nlock-version = "2.1"\npython-versions = ">=3.9"\ncontent-hash = "ab"\n' }, 'poetry.lock'),
      sibling: () => undefined
    })
    expect(outcome).toEqual({ packages: [], edges: [], problems: [] })
  })
})
