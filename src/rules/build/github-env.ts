/**
 * Attacker-controlled data written to `$GITHUB_ENV`, `$GITHUB_PATH` or `$GITHUB_OUTPUT`, in `run:` steps
 * and in the local scripts they call, in bash and PowerShell forms. A newline in the data sets any other
 * variable (`BASH_ENV`, `NODE_OPTIONS`, `LD_PRELOAD`) or puts an attacker directory first on `PATH`, which
 * is code execution in every later step. The env indirection that fixes template injection does not help
 * here, so this rule follows the data through `env:` and shell variables.
 */
import type { Location } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  applyGates,
  envFileWrites,
  gatesFor,
  lower,
  scriptLocation,
  strLocation,
  trackerFor,
  type Job,
  type Step,
  type Taint,
  type WorkflowModel
} from '../../workflow/index.js'
import { dedupeResults, stepLabel } from '../../workflow/rule-helpers.js'
import { injectionGrade } from './template-injection-support.js'

const TARGETS = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT'])

function grade(taint: Taint, file: string, step: Step, model: WorkflowModel): RuleResult['severity'] {
  const job: Job | null = step.job
  const base = injectionGrade(taint, job?.workflow ?? null, job, model).grade
  const byFile = file === 'GITHUB_OUTPUT' ? lower(base) : base
  return job ? applyGates(byFile, gatesFor(job, step)) : byFile
}

function message(file: string, step: Step, taint: Taint, where: string): string {
  const via = taint.via.length > 0 ? ` via ${taint.via.join(' → ')}` : ''
  const effect =
    file === 'GITHUB_OUTPUT'
      ? 'a newline in it can set other step outputs'
      : file === 'GITHUB_PATH'
        ? 'it can put an attacker-chosen directory first on PATH for every later step'
        : 'a newline in it can set any environment variable (BASH_ENV, NODE_OPTIONS, LD_PRELOAD...) for every later step'
  return `${stepLabel(step)}${where}: writes ${taint.origin}${via} to $${file}; ${effect}`
}

export const githubEnv = defineWorkflowRule({
  meta: {
    id: 'github-env',
    area: 'build',
    severity: 'high',
    title: 'Untrusted data written to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT',
    rationale:
      "The runner reads `$GITHUB_ENV` and `$GITHUB_PATH` line by line: attacker text with a newline defines extra variables such as `BASH_ENV` or `NODE_OPTIONS`, or a PATH entry, and the next step runs the attacker's code with the job's token and secrets.",
    remediation:
      'Do not write untrusted text to environment files. Pass it to later steps through `env:` on those steps, or validate it strictly (e.g. `[[ "$X" =~ ^[A-Za-z0-9._-]+$ ]]`) and use a random heredoc delimiter for multi-line values.',
    references: ['zizmor: github-env', 'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files', 'CWE-94'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model)
    const results: RuleResult[] = []
    const steps: Step[] = []
    for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps)
    for (const action of model.actions) steps.push(...(action.runs?.steps ?? []))
    for (const step of steps) {
      const run = step.run
      if (!run) continue
      const site = { job: step.job, step, action: step.action }
      const doc = step.job ? step.job.workflow : step.action!
      for (const write of envFileWrites(run.value)) {
        if (!TARGETS.has(write.file)) continue
        // `${{ }}` in the command itself is template injection (reported there); here: data that arrives as shell data.
        const shellTaint = tracker.shellTaint(step, run.value, write.command.start, write.command.text, site)
        if (!shellTaint) continue
        const location: Location = strLocation(doc, run, write.command.start, write.command.end)
        results.push({
          status: 'fail',
          severity: grade(shellTaint, write.file, step, model),
          message: message(write.file, step, shellTaint, ''),
          location,
          fix:
            write.file === 'GITHUB_OUTPUT'
              ? 'Validate the value before writing it, or pass the original expression to the consumer through env:'
              : 'Pass the value to the steps that need it with `env:` instead of $GITHUB_ENV, or validate it first.'
        })
      }
    }
    // Local scripts called from run:, with the caller's environment.
    for (const script of model.scripts.values()) {
      const writes = envFileWrites(script.text).filter((write) => TARGETS.has(write.file))
      if (writes.length === 0) continue
      for (const step of script.callers) {
        const site = { job: step.job, step, action: step.action }
        for (const write of writes) {
          const taint = tracker.shellTaint(step, script.text, write.command.start, write.command.text, site)
          if (!taint) continue
          results.push({
            status: 'fail',
            severity: grade(taint, write.file, step, model),
            message: message(write.file, step, taint, ` (through ${script.path})`),
            location: scriptLocation(script, write.command.start, write.command.end)
          })
        }
      }
    }
    return dedupeResults(results)
  }
})
