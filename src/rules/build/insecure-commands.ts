/** `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables the `set-env` / `add-path` workflow commands. */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'
import { findEnvFlags } from './env-flags.js'

export const insecureCommands = defineRule({
  meta: {
    id: 'insecure-commands',
    area: 'build',
    severity: 'high',
    title: 'Insecure workflow commands enabled (ACTIONS_ALLOW_UNSECURE_COMMANDS)',
    rationale:
      'With `ACTIONS_ALLOW_UNSECURE_COMMANDS` the runner obeys `::set-env` and `::add-path` printed on standard output. Anything a step prints (a PR title, a file from the checkout, a tool\'s output) can then set `NODE_OPTIONS`, `LD_PRELOAD` or `PATH` for every later step: code execution (CVE-2020-15228).',
    remediation: 'Remove the variable; write to `$GITHUB_ENV` and `$GITHUB_PATH` files instead, and update actions that still print the old commands.',
    references: ['SSC-50', 'OSPS-BR-01.01', 'zizmor: insecure-commands', 'actionlint: deprecated-commands'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      for (const flag of findEnvFlags(file, ['ACTIONS_ALLOW_UNSECURE_COMMANDS'])) {
        results.push({
          status: 'fail',
          ...(flag.value === 'expression' ? { severity: 'medium' as const } : {}),
          message: `${flag.where} sets ${flag.name}${flag.how === 'github-env' ? ' through $GITHUB_ENV' : ''}${flag.value === 'expression' ? ' from an expression (true when it evaluates to true)' : ''}: the runner obeys ::set-env and ::add-path from any output`,
          location: flag.location,
          fix: `remove ${flag.name}`
        })
      }
    }
    return results
  }
})
