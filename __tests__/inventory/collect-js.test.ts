/**
 * The JavaScript readers through the inventory collection of a real workspace: a monorepo holding npm and
 * yarn classic projects (their lockfiles made by the tools, test/fixtures/inventory/) and a loose manifest.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { collectInventory } from '../../src/inventory/collect.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace } from '../../test/support/workspace.js'
import { FIXTURES, scopeMap } from './js-fixtures.js'

const copy = (folder: string, files: string[], into: string): Record<string, string> =>
  Object.fromEntries(files.map((file) => [`${into}/${file}`, fs.readFileSync(path.join(FIXTURES, folder, file), 'utf8')]))
const MANIFESTS = ['package.json', 'packages/a/package.json', 'packages/b/package.json']

describe('collecting a JavaScript monorepo', () => {
  const workspace = tempWorkspace({
    ...copy('npm/v3', [...MANIFESTS, 'package-lock.json'], 'web'),
    ...copy('yarn/classic', [...MANIFESTS, 'yarn.lock'], 'tools'),
    'scripts/package.json': '{\n  "name": "scripts",\n  "devDependencies": {\n    "left-pad": "^1.3.0"\n  }\n}\n'
  })
  afterAll(() => workspace.cleanup())

  it('reads each lockfile once, workspace members through their lockfile, a loose manifest as declared', async () => {
    const inventory = await collectInventory(new Workspace(workspace.root))
    expect(inventory.problems).toEqual([])
    const files = inventory.files.filter((file) => file.packages > 0).map((file) => [file.path, file.format, file.declaredOnly ?? false])
    expect(files).toEqual([
      ['scripts/package.json', 'package-json', true],
      ['tools/yarn.lock', 'yarn-lock', false],
      ['web/package-lock.json', 'package-lock', false]
    ])
    const web = inventory.packages.filter((pkg) => pkg.location.path.startsWith('web/'))
    const tools = inventory.packages.filter((pkg) => pkg.location.path.startsWith('tools/'))
    // the same project, locked by npm and by yarn: the same packages with the same scopes, except the peer
    // react, which npm installs and yarn classic does not
    expect(scopeMap(tools)).toEqual(scopeMap(web.filter((pkg) => pkg.name !== 'react')))
    // yarn classic's workspaces are found through the workspace's file list
    expect(tools.find((pkg) => pkg.name === '@demo/a')?.location).toEqual({ path: 'tools/packages/a/package.json', line: 1 })
    expect(inventory.packages.find((pkg) => pkg.location.path === 'scripts/package.json')).toMatchObject({
      name: 'left-pad',
      version: null,
      declared: '^1.3.0',
      scope: 'dev'
    })
  })
})
