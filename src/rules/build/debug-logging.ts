/** `ACTIONS_STEP_DEBUG` / `ACTIONS_RUNNER_DEBUG` written into the workflow. */
import { defineWorkflowRule } from '../../workflow/kit.js'
import { findEnvFlags } from './env-flags-support.js'

export const debugLogging = defineWorkflowRule({
  meta: {
    id: 'debug-logging',
    area: 'build',
    severity: 'low',
    title: 'Debug logging switched on in the workflow',
    rationale:
      'Debug logs print the inputs, environment and outputs of every step and runner internals. Left on in a workflow file, every run (including on public repositories, where logs are public) exposes far more than intended; masking only covers registered secrets.',
    remediation: 'Remove the variable. To debug a run, use "Re-run with debug logging" or set the `ACTIONS_STEP_DEBUG` repository variable temporarily.',
    references: ['SSC-25', 'poutine: debug_enabled'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    return findEnvFlags(model, ['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']).map((flag) => ({
      status: 'fail' as const,
      ...(flag.value === 'expression' ? { severity: 'info' as const } : {}),
      message: `${flag.where} sets ${flag.name}${flag.how === 'github-env' ? ' through $GITHUB_ENV' : ''}${flag.value === 'expression' ? ' from an expression' : ''}: debug logs of every run`,
      location: flag.location,
      fix: `remove ${flag.name}; use "Re-run jobs with debug logging" when needed`
    }))
  }
})
