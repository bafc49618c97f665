/** Local scripts called from run: are read through the Workspace, never outside it. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Workspace } from '../../src/workspace/workspace.js'
import { parseWorkflowFiles } from '../../src/workspace/workflow-files.js'
import { buildModel } from '../../src/workflow/model.js'

describe('local scripts', () => {
  it('reads scripts relative to working-directory, once, and refuses paths that leave the workspace', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-scripts-'))
    const root = path.join(base, 'repo')
    try {
      fs.mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
      fs.mkdirSync(path.join(root, 'app/ci'), { recursive: true })
      fs.writeFileSync(path.join(base, 'outside.sh'), 'echo secret\n')
      fs.writeFileSync(path.join(root, 'app/ci/build.sh'), 'make\n')
      fs.symlinkSync(path.join(base, 'outside.sh'), path.join(root, 'link.sh'))
      fs.writeFileSync(
        path.join(root, '.github/workflows/ci.yml'),
        `on: push
jobs:
  a:
    runs-on: x
    defaults:
      run:
        working-directory: app
    steps:
      - run: ./ci/build.sh && bash ci/build.sh
      - run: bash ./../../outside.sh
        working-directory: .
      - run: ./link.sh
        working-directory: .
      - run: bash "\${{ inputs.script }}.sh"
`
      )
      const workspace = new Workspace(root)
      const model = buildModel(parseWorkflowFiles(workspace), workspace)
      expect([...model.scripts.keys()]).toEqual(['app/ci/build.sh'])
      expect(model.scripts.get('app/ci/build.sh')!.callers).toHaveLength(1)
    } finally {
      fs.rmSync(base, { recursive: true, force: true })
    }
  })
})
