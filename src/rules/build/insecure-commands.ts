/** `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables the `set-env` / `add-path` workflow commands. */
import { defineWorkflowRule } from '../../workflow/kit.js'
import { DOTNET_TRUE, findEnvFlags } from './env-flags-support.js'

export const insecureCommands = defineWorkflowRule({
  meta: {
    id: 'insecure-commands',
    area: 'build',
    severity: 'high',
    title: 'Insecure workflow commands enabled (ACTIONS_ALLOW_UNSECURE_COMMANDS)',
    rationale:
      "With `ACTIONS_ALLOW_UNSECURE_COMMANDS` the runner obeys `::set-env` and `::add-path` printed on standard output. Anything a step prints (a PR title, a file from the checkout, a tool's output) can then set `NODE_OPTIONS`, `LD_PRELOAD` or `PATH` for every later step: code execution (CVE-2020-15228).",
    remediation: 'Remove the variable; write to `$GITHUB_ENV` and `$GITHUB_PATH` files instead, and update actions that still print the old commands.',
    references: ['SSC-50', 'OSPS-BR-01.01', 'zizmor: insecure-commands', 'actionlint: deprecated-commands'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    return findEnvFlags(model, ['ACTIONS_ALLOW_UNSECURE_COMMANDS'], DOTNET_TRUE).map((flag) => ({
      status: 'fail' as const,
      ...(flag.value === 'expression' ? { severity: 'medium' as const } : {}),
      message: `${flag.where} sets ${flag.name}${flag.how === 'github-env' ? ' through $GITHUB_ENV' : ''}${flag.value === 'expression' ? ' from an expression (true when it evaluates to true)' : ''}: the runner obeys ::set-env and ::add-path from any output`,
      location: flag.location,
      fix: `remove ${flag.name}`
    }))
  }
})
