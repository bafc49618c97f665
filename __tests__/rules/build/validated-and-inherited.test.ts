/**
 * Precision fixes from the hand review (bench/hand-review.md, third pass): a shell value checked against an
 * allow-list that stops the script otherwise is narrowed (category A); a job gets the gate of the jobs it
 * needs when a skipped need skips it (category B). Our own minimal workflows.
 */
import { describe, expect, it } from '@jest/globals'
import { githubEnv } from '../../../src/rules/build/github-env.js'
import { excessivePermissions } from '../../../src/rules/build/excessive-permissions.js'
import { narrowingRegex, validatedVariables } from '../../../src/workflow/validated-values.js'
import { evaluate, W } from '../build-online/harness.js'

const failing = (text: string): number[] =>
  evaluate(githubEnv, { [W]: text })
    .filter((result) => result.status === 'fail')
    .map((result) => result.location!.startLine)

const withGuard = (guard: string): string => `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          REF: \${{ github.event.pull_request.head.ref }}
        run: |
${guard
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
          echo "BRANCH=$REF" >> "$GITHUB_ENV"
`

describe('values validated before use (category A)', () => {
  it('accepts only anchored expressions of safe characters', () => {
    expect(narrowingRegex('^[0-9]+$')).toBe(true)
    expect(narrowingRegex("'^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$'")).toBe(true)
    expect(narrowingRegex('^[[:digit:]]+$')).toBe(true)
    expect(narrowingRegex('^v\\d+\\.\\d+$')).toBe(true)
    expect(narrowingRegex('^.*$')).toBe(false)
    expect(narrowingRegex('^[^;]+$')).toBe(false)
    expect(narrowingRegex('[0-9]+')).toBe(false)
    expect(narrowingRegex('^[0-9]+')).toBe(false)
    expect(narrowingRegex('^[a-z ]+$')).toBe(false)
    expect(narrowingRegex('^[[:print:]]+$')).toBe(false)
    expect(narrowingRegex('^\\s+$')).toBe(false)
  })

  it('finds the guard forms that stop the script', () => {
    expect(validatedVariables('[[ "$N" =~ ^[0-9]+$ ]] || exit 1').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('[[ $N =~ ^[0-9]+$ ]] || { echo bad; exit 2; }').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('if ! [[ "${N}" =~ ^[0-9]+$ ]]; then\n  echo bad\n  exit 1\nfi').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('case "$V" in\n  true|false) ;;\n  *) echo bad; exit 1 ;;\nesac').map((v) => v.name)).toEqual(['V'])
    expect(validatedVariables('if [[ -z "$B" || "$B" == *".."* || ! "$B" =~ ^[a-z/]+$ ]]; then\n  exit 1\nfi').map((v) => v.name)).toEqual(['B'])
    expect(validatedVariables('if [[ -z "$B" && ! "$B" =~ ^[a-z/]+$ ]]; then\n  exit 1\nfi')).toEqual([])
    // no stop, a warning only, a glob pattern, or a default branch that goes on
    expect(validatedVariables('[[ "$N" =~ ^[0-9]+$ ]] || echo bad')).toEqual([])
    expect(validatedVariables('if ! [[ "$N" =~ ^[0-9]+$ ]]; then\n  echo bad\nfi')).toEqual([])
    expect(validatedVariables('case "$V" in\n  release-*) ;;\n  *) exit 1 ;;\nesac')).toEqual([])
    expect(validatedVariables('case "$V" in\n  a|b) ;;\n  *) echo other ;;\nesac')).toEqual([])
  })

  it('github-env: a branch name validated before it is written is not flagged; unvalidated or loosely validated still is', () => {
    expect(failing(withGuard("[[ \"$REF\" =~ ^[A-Za-z0-9._/-]+$ ]] || exit 1"))).toEqual([])
    expect(failing(withGuard('case "$REF" in\n  main|develop) ;;\n  *) exit 1 ;;\nesac'))).toEqual([])
    expect(failing(withGuard('echo "checking"'))).toHaveLength(1)
    expect(failing(withGuard("[[ \"$REF\" =~ ^.+$ ]] || exit 1"))).toHaveLength(1)
    expect(failing(withGuard("[[ \"$REF\" =~ ^[A-Za-z0-9._/-]+$ ]] || echo odd"))).toHaveLength(1)
    // the guard must come before the write
    const after = withGuard('true').replace('          true\n', '') + "          [[ \"$REF\" =~ ^[0-9]+$ ]] || exit 1\n"
    expect(failing(after)).toHaveLength(1)
  })
})

describe('gates reached through needs (category B)', () => {
  const workflow = (dependentIf: string): string => `on:
  pull_request_target:
    types: [closed]
permissions:
  id-token: write
jobs:
  merged:
    if: github.event.pull_request.merged
    runs-on: ubuntu-latest
    steps:
      - run: echo merged
  open:
    runs-on: ubuntu-latest
    steps:
      - run: echo any
  after:
    needs: [merged, open]
${dependentIf}    runs-on: ubuntu-latest
    steps:
      - run: echo after
`
  const outsiderFindings = (text: string): string[] =>
    evaluate(excessivePermissions, { [W]: text })
      .filter((result) => result.status === 'fail' && /outsiders can trigger/.test(result.message))
      .map((result) => String(result.location?.startLine))

  it('a job that needs a gated job is gated, unless a status function lets it run after a skipped need', () => {
    const plain = outsiderFindings(workflow(''))
    // the ungated job "open" is still reported; "after" (line 17) is not
    expect(plain.length).toBeGreaterThan(0)
    expect(outsiderFindings(workflow('    if: always()\n')).length).toBeGreaterThan(plain.length)
    expect(outsiderFindings(workflow("    if: always() && needs.merged.result == 'failure'\n"))).toEqual(plain)
    // a result test on the ungated need does not carry the gate
    expect(outsiderFindings(workflow("    if: always() && needs.open.result == 'failure'\n")).length).toBeGreaterThan(plain.length)
    expect(outsiderFindings(workflow("    if: failure()\n")).length).toBeGreaterThan(plain.length)
  })
})
