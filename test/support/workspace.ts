/** Temporary workspaces for tests: a directory with the given files, removed by `cleanup()`. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface TempWorkspace {
  root: string
  write(relative: string, content: string | Buffer): string
  cleanup(): void
}

export function tempWorkspace(files: Record<string, string | Buffer> = {}): TempWorkspace {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-ws-')))
  const write = (relative: string, content: string | Buffer): string => {
    const absolute = path.join(root, relative)
    fs.mkdirSync(path.dirname(absolute), { recursive: true })
    fs.writeFileSync(absolute, content)
    return absolute
  }
  for (const [relative, content] of Object.entries(files)) write(relative, content)
  return { root, write, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) }
}

/** A workflow that passes the offline baseline rules. */
export const PINNED_WORKFLOW = `name: ci
on:
  push:
    branches: [main]
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - run: npm test
`
