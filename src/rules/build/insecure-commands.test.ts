import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { insecureCommands } from './insecure-commands.js'
import { debugLogging } from './debug-logging.js'

const TEXT = `on: push
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  legacy:
    runs-on: ubuntu-latest
    env:
      ACTIONS_STEP_DEBUG: \${{ vars.DEBUG }}
    steps:
      - name: old action
        uses: acme/old-action@v1
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: 'false'
          ACTIONS_RUNNER_DEBUG: "true"
      - run: |
          echo "setup"
          echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=true" >> "$GITHUB_ENV"
`

describe('insecure-commands', () => {
  it('flags the variable in env at any level and written to GITHUB_ENV, not when false', () => {
    const results = evaluate(insecureCommands, { [W]: TEXT })
    expect(brief(results)).toEqual(['fail = 3:3-3:33', 'fail = 17:17-17:52'])
    expect(results[1]!.message).toBe(
      'job legacy, step 2 sets ACTIONS_ALLOW_UNSECURE_COMMANDS through $GITHUB_ENV: the runner obeys ::set-env and ::add-path from any output'
    )
  })

  it('passes a workflow without it', () => {
    expect(evaluate(insecureCommands, { [W]: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo }]\n' })).toEqual([])
  })
})

describe('debug-logging', () => {
  it('flags step and runner debug, an expression as info (mitigated: only when the variable is set)', () => {
    const results = evaluate(debugLogging, { [W]: TEXT })
    expect(brief(results)).toEqual(['fail info 8:7-8:24', 'fail = 14:11-14:30'])
  })
})

describe('insecure-commands: only the values the runner reads as true', () => {
  const run = (value: string) =>
    spans(
      ruleResults(insecureCommands, {
        files: {
          [W]: `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: ${value}\n    steps:\n      - run: echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=${value.replace(/^'|'$/g, '')}" >> "$GITHUB_ENV"\n`
        }
      })
    )

  it('flags true in any letter case (bool.TryParse), at the key and at the $GITHUB_ENV write', () => {
    for (const value of ['true', 'True', "'TRUE'"]) {
      expect([value, run(value).length]).toEqual([value, 2])
    }
    expect(run('true')).toEqual([`fail = ${W}:6:7-6:37`, `fail = ${W}:8:20-8:55`])
  })

  it('passes the values it reads as false: 1, yes, on, false (negative)', () => {
    for (const value of ['1', 'yes', 'on', 'false', "'0'", "''"]) expect([value, run(value)]).toEqual([value, []])
  })
})
