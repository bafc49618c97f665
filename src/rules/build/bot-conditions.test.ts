import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { botConditions } from './bot-conditions.js'

const WF = '.github/workflows/automerge.yml'
const run = (condition: string) =>
  ruleResults(botConditions, {
    files: {
      [WF]: `on: pull_request_target\njobs:\n  merge:\n    if: ${condition}\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh pr merge --auto "$PR"\n`
    }
  })

describe('bot-conditions: numeric bot ids', () => {
  it("flags github.actor_id (and sender.id) compared with a bot's account id", () => {
    const results = run('github.actor_id == 49699333')
    expect(spans(results)).toEqual([`fail high ${WF}:4:9-4:23`])
    expect(results[0]!.message).toBe(
      "job merge: `github.actor_id` is checked against a bot account id; it names whoever triggered the latest event, so an attacker's pull request touched by the bot passes"
    )
    expect(results[0]!.fix).toBe('if: github.event.pull_request.user.id == 49699333')
    expect(spans(run("github.event.sender.id == '41898282' && github.event.pull_request.draft == false"))).toEqual([`fail high ${WF}:4:9-4:30`])
    expect(spans(run('${{ 29139614 == github.actor_id }}'))).toEqual([`fail high ${WF}:4:25-4:39`])
  })

  it('passes ids of people, negated checks and checks of the pull request author (negative and mitigated)', () => {
    expect(run('github.actor_id == 1234567')).toEqual([])
    expect(run('github.actor_id != 49699333')).toEqual([])
    expect(run('github.event.pull_request.user.id == 49699333')).toEqual([])
    expect(run('github.actor_id == 49699333 && github.event.pull_request.user.id == 49699333')).toEqual([])
  })
})
