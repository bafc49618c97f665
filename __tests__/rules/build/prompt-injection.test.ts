import { describe, expect, it } from '@jest/globals'
import { promptInjection } from '../../../src/rules/build/prompt-injection.js'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/triage.yml'

const triage = (
  opts: { on?: string; permissions?: string; ifLine?: string; action?: string; input?: string; text?: string } = {}
): string => `on: ${opts.on ?? 'issues'}
${opts.permissions ?? 'permissions:\n  issues: write'}
jobs:
  triage:
    runs-on: ubuntu-latest
${opts.ifLine ?? ''}    steps:
      - uses: ${opts.action ?? 'anthropics/claude-code-action@v1'}
        with:
          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}
          ${opts.input ?? 'prompt'}: |
            Triage this issue and label it.
            ${opts.text ?? 'Title: ${{ github.event.issue.title }}'}
`

describe('prompt-injection', () => {
  it('flags issue text in an agent prompt on a privileged trigger as critical, at the exact span', () => {
    const results = runRule(promptInjection, { [WF]: triage() })
    expect(where(results)).toEqual([`${WF}:13:20-13:50 critical`])
    expect(results[0]!.message).toMatch(/github\.event\.issue\.title into the `prompt` of anthropics\/claude-code-action/)
    expect(results[0]!.message).toMatch(/issues: write and secrets ANTHROPIC_API_KEY/)
    expect(results[0]!.fix).toMatch(/read it as data/)
    // template-injection does not report the same expansion twice
    expect(runRule(templateInjection, { [WF]: triage() })).toEqual([])
  })

  it('knows the other agents and their prompt inputs', () => {
    for (const [action, input] of [
      ['google-github-actions/run-gemini-cli@v0', 'prompt'],
      ['openai/codex-action@v1', 'prompt'],
      ['actions/ai-inference@v1', 'system-prompt'],
      ['anthropics/claude-code-base-action@beta', 'append_system_prompt'],
      ['anthropics/claude-code-action@v1', 'direct_prompt']
    ] as const) {
      expect(runRule(promptInjection, { [WF]: triage({ action, input }) }).map((result) => result.severity)).toEqual(['critical'])
    }
    // comments, pull request bodies and reviews are outsiders' text too
    expect(runRule(promptInjection, { [WF]: triage({ on: 'issue_comment', text: '${{ github.event.comment.body }}' }) })).toHaveLength(1)
    expect(runRule(promptInjection, { [WF]: triage({ on: 'pull_request_target', text: '${{ github.event.pull_request.body }}' }) })).toHaveLength(1)
  })

  it('is lower with a read-only job, on unprivileged triggers, and behind gates', () => {
    expect(runRule(promptInjection, { [WF]: triage({ permissions: 'permissions: {}' }) }).map((result) => result.severity)).toEqual(['critical']) // the API key is a secret
    const noSecrets = triage({ permissions: 'permissions: {}' }).replace(/ {10}anthropic_api_key:.*\n/, '')
    expect(runRule(promptInjection, { [WF]: noSecrets }).map((result) => result.severity)).toEqual(['high'])
    expect(
      runRule(promptInjection, { [WF]: triage({ on: 'pull_request', text: '${{ github.event.pull_request.title }}' }) }).map((result) => result.severity)
    ).toEqual(['medium'])
    const gated = runRule(promptInjection, {
      [WF]: triage({ ifLine: '    if: contains(fromJSON(\'["OWNER", "MEMBER"]\'), github.event.issue.author_association)\n' })
    })
    expect(gated).toHaveLength(1)
    expect(gated[0]!.severity).toBe('high')
    expect(gated[0]!.message).toMatch(/lowered because/)
  })

  it('does not flag trusted or absent text, other actions, or inputs that are not prompts', () => {
    expect(runRule(promptInjection, { [WF]: triage({ text: 'Number: ${{ github.event.issue.number }}' }) })).toEqual([])
    expect(runRule(promptInjection, { [WF]: triage({ on: 'workflow_dispatch', text: '${{ inputs.topic }}' }) })).toEqual([])
    // an issue body on pull_request is always empty
    expect(runRule(promptInjection, { [WF]: triage({ on: 'pull_request', text: '${{ github.event.issue.body }}' }) })).toEqual([])
    expect(runRule(promptInjection, { [WF]: triage({ action: 'actions/labeler@v5' }) })).toEqual([])
    expect(runRule(promptInjection, { [WF]: triage({ input: 'trigger_phrase' }) })).toEqual([])
    // a step output built from the issue still carries its text
    const viaOutput = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - id: read
        run: echo "title=\${{ github.event.issue.title }}" >> "$GITHUB_OUTPUT"
      - uses: openai/codex-action@v1
        with:
          prompt: Summarize \${{ steps.read.outputs.title }}
`
    expect(runRule(promptInjection, { [WF]: viaOutput })).toHaveLength(1)
  })

  it('flags Claude Code opened to every user on a trigger outsiders fire, not a list of users or a push', () => {
    const agent = (on: string, allowed: string): string => `on: ${on}
permissions:
  contents: write
  issues: write
jobs:
  claude:
    runs-on: ubuntu-latest
    steps:
      - uses: anthropics/claude-code-action@v1
        with:
          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}
          allowed_non_write_users: "${allowed}"
`
    const open = runRule(promptInjection, { [WF]: agent('issue_comment', '*') })
    expect(where(open)).toEqual([`${WF}:12:36-12:38 critical`])
    expect(open[0]!.message).toMatch(/allowed_non_write_users: "\*" lets anyone who can open an issue or comment instruct anthropics\/claude-code-action/)
    expect(runRule(promptInjection, { [WF]: agent('issue_comment', 'octocat, hubot') })).toEqual([])
    expect(runRule(promptInjection, { [WF]: agent('push', '*') })).toEqual([])
  })
})
