/**
 * `if:` conditions that are always true: a `${{ }}` with any other text around it (including the newline a
 * `|` block scalar keeps) turns the condition into a non-empty string, which is truthy.
 */
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { nodeLocation, type ActionDoc, type Step, type Str, type WorkflowDoc } from '../../workflow/index.js'
import { dedupeResults } from '../../workflow/rule-helpers.js'

/** Whether an `if:` value is a string interpolation rather than one expression. */
export function isUnsound(condition: Str): boolean {
  const expressions = condition.expressions
  if (expressions.length === 0) return false
  if (expressions.length === 1 && expressions[0]!.valueStart === 0 && expressions[0]!.valueEnd === condition.value.length) return false
  return true
}

function fixFor(condition: Str): string {
  const bodies = condition.expressions.map((expression) => expression.body.trim())
  const rest = condition.value.replace(/\$\{\{[\s\S]*?\}\}/g, '').trim()
  if (bodies.length === 1 && rest === '') return `if: \${{ ${bodies[0]} }}   # no text or newline around it (use |- or a plain scalar)`
  const joined = condition.value
    .replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, '($1)')
    .replace(/\s+/g, ' ')
    .trim()
  return `if: ${joined}   # one expression, without \${{ }} around parts of it`
}

export const unsoundCondition = defineWorkflowRule({
  meta: {
    id: 'unsound-condition',
    area: 'build',
    severity: 'high',
    title: '`if:` condition that is always true',
    rationale:
      'When an `if:` holds `${{ }}` plus any other text, GitHub evaluates it as a string, and a non-empty string is true: the guard (often a security check) never stops anything.',
    remediation:
      'Write the condition as one expression: either with no `${{ }}` at all, or with a single `${{ }}` that spans the whole value (use `|-` or a plain scalar, not `|`).',
    references: ['zizmor: unsound-condition', 'actionlint: if-cond', 'poutine: if_always_true'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    const check = (doc: WorkflowDoc | ActionDoc, condition: Str | undefined, where: string): void => {
      if (!condition || !isUnsound(condition)) return
      const trailing = /\n\s*$/.test(condition.value) && condition.expressions.length === 1 ? ' (the `|` block keeps a trailing newline)' : ''
      results.push({
        status: 'fail',
        message: `${where}: \`if:\` mixes \${{ }} with other text${trailing}, so it is a non-empty string and always true`,
        location: nodeLocation(doc, condition.node),
        fix: fixFor(condition)
      })
    }
    const steps = (doc: WorkflowDoc | ActionDoc, list: Step[], prefix: string): void => {
      for (const step of list) check(doc, step.if, `${prefix}step ${step.index + 1}`)
    }
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        check(workflow, job.if, `job ${job.id}`)
        steps(workflow, job.steps, `job ${job.id}, `)
      }
    }
    for (const action of model.actions) steps(action, action.runs?.steps ?? [], '')
    return dedupeResults(results)
  }
})
