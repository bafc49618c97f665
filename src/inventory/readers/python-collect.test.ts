import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { FIXTURES } from '../../../test/support/python-fixtures.js'
import { tempWorkspace } from '../../../test/support/workspace.js'
import { Workspace } from '../../workspace/workspace.js'
import { collectInventory } from '../collect.js'

/** The Python readers through the inventory: every file once, includes not counted twice, workspace members. */
describe('Python readers in a collected inventory', () => {
  const copy = (from: string): string => fs.readFileSync(path.join(FIXTURES, from), 'utf8')
  const ws = tempWorkspace({
    'svc/requirements.txt': copy('requirements/requirements.txt'),
    'svc/requirements-dev.txt': `-r requirements.txt\n-r shared/common.txt\n${copy('requirements/requirements-dev.txt')}`,
    'svc/shared/common.txt': 'tox==4.0.0\n',
    'uvws/uv.lock': copy('uv-lock/uv.lock'),
    'uvws/pyproject.toml': copy('uv-lock/pyproject.toml'),
    'uvws/packages/demo-lib/pyproject.toml': copy('uv-lock/packages/demo-lib/pyproject.toml'),
    'declared/pyproject.toml': '[project]\nname = "d"\ndependencies = ["flask>=3"]\n',
    'broken/poetry.lock': '[[package]]\nname = "a"\nversion = \n'
  })
  afterAll(() => ws.cleanup())

  test('each file read once; an included candidate counted once; problems with file and line', async () => {
    const inventory = await collectInventory(new Workspace(ws.root))
    const files = Object.fromEntries(inventory.files.map((file) => [file.path, [file.format, file.packages, file.declaredOnly ?? false]]))
    expect(files).toEqual({
      'broken/poetry.lock': ['poetry-lock', 0, false],
      'declared/pyproject.toml': ['pyproject', 1, true],
      'svc/requirements-dev.txt': ['requirements', 6, false],
      'svc/requirements.txt': ['requirements', 7, false],
      'uvws/packages/demo-lib/pyproject.toml': ['pyproject', 0, false],
      'uvws/uv.lock': ['uv-lock', 20, false]
    })
    const requests = inventory.packages.filter((pkg) => pkg.name === 'requests' && pkg.location.path.startsWith('svc/'))
    expect(requests).toHaveLength(1)
    expect(inventory.packages.find((pkg) => pkg.name === 'tox')).toMatchObject({ location: { path: 'svc/shared/common.txt', line: 1 }, scope: 'dev' })
    expect(inventory.problems).toEqual([expect.objectContaining({ path: 'broken/poetry.lock', format: 'poetry-lock', line: 3 })])
  })
})
