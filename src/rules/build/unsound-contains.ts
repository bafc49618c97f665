/**
 * `contains('refs/heads/main refs/heads/release', github.ref)`: with a string as the first argument,
 * `contains` is a substring test, so `refs/heads/mai` or a branch named `main` inside another name
 * passes. Use a list (`fromJSON('[...]')`) for membership.
 */
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  capabilityOf,
  conditionExpressions,
  refSpan,
  walkExpression,
  type ActionDoc,
  type ExprNode,
  type Step,
  type Str,
  type WorkflowDoc
} from '../../workflow/index.js'
import { locate } from '../../workspace/yaml.js'
import { dedupeResults } from '../../workflow/rule-helpers.js'
import { rewrite } from './condition-support.js'

function fixFor(literal: string, needle: string): string {
  const items = literal
    .split(/[\s,;|]+/)
    .filter(Boolean)
    .map((item) => `"${item.replace(/"/g, '\\"')}"`)
  return `contains(fromJSON('[${items.join(', ')}]'), ${needle})`
}

/**
 * Who picks the value tested: `outsiders` for text from a fork or an account (the PR's head branch,
 * logins, titles and bodies), `writers` for refs (a branch or tag needs push access; a fork's pull
 * request has `refs/pull/N/merge`), `null` when nobody outside the workflow does (matrix, inputs, event name).
 */
function whoChooses(path: string): 'outsiders' | 'writers' | null {
  if (path === '') return null
  const capability = capabilityOf(path)
  if (capability === 'arbitrary' || /(^|\.)(head_ref|head_branch|actor|triggering_actor|login)$|\.head\.(ref|label)$/.test(path)) return 'outsiders'
  if (path.startsWith('github.') && /^github\.(ref|ref_name|base_ref)$|\.(ref|branch)$/.test(path)) return 'writers'
  return null
}

export const unsoundContains = defineWorkflowRule({
  meta: {
    id: 'unsound-contains',
    area: 'build',
    severity: 'high',
    title: 'contains() on a string used as a membership check',
    rationale:
      "`contains('main,release', github.ref_name)` is a substring test: `mai`, `n,rel` or any substring of the list passes. When the value is attacker-chosen (a branch name, an actor login), the check can be bypassed.",
    remediation: 'Use a list: `contains(fromJSON(\'["main", "release"]\'), github.ref_name)`, or compare with `==`.',
    references: ['zizmor: unsound-contains', 'https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#contains'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    const check = (doc: WorkflowDoc | ActionDoc, condition: Str | undefined, where: string): void => {
      if (!condition) return
      for (const expression of conditionExpressions(doc.file, condition)) {
        walkExpression(expression.ast, (node: ExprNode) => {
          if (node.kind !== 'call' || node.name !== 'contains' || node.args.length !== 2) return
          const [haystack, needle] = node.args as [ExprNode, ExprNode]
          if (haystack.kind !== 'literal' || typeof haystack.value !== 'string' || needle.kind === 'literal') return
          const path = needle.kind === 'context' ? needle.path : ''
          const chooser = whoChooses(path)
          const severity: Severity = chooser === 'outsiders' ? 'high' : 'medium'
          const needleText = expression.body.slice(needle.start, needle.end)
          results.push({
            status: 'fail',
            severity,
            message: `${where}: contains('${haystack.value}', ${needleText}) tests for a substring, so any part of '${haystack.value}' passes${
              chooser === 'outsiders'
                ? `, and ${needleText} can be chosen by an attacker`
                : chooser === 'writers'
                  ? `, and anyone who can push a branch or tag chooses ${needleText}`
                  : ''
            }`,
            location: locate(doc.file, refSpan(doc, condition, expression, node)),
            fix: rewrite(condition, expression, node, fixFor(haystack.value, needleText))
          })
        })
      }
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
