/**
 * Spoofable bot checks: `github.actor == 'dependabot[bot]'` (or `triggering_actor`, `sender.login`) names
 * whoever caused the *latest* event, not who wrote the code. An attacker's pull request that Dependabot
 * (or any bot) touches afterwards passes the check: the "confused deputy" behind auto-merge compromises.
 */
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { conditionExpressions, eventNames, privilegedUntrustedEvents, refSpan, type ExprNode, type Str, type WorkflowDoc } from '../../workflow/index.js'
import { locate } from '../../workspace/yaml.js'
import { dedupeResults } from '../../workflow/rule-helpers.js'
import { rewrite } from './condition-support.js'
import { BOT_IDS } from '../../workflow/data/index.js'

const SPOOFABLE = new Set(['github.actor', 'github.triggering_actor', 'github.event.sender.login'])
/** Numeric ids of the same (compared with a bot's id, data/bot-ids.ts). */
const SPOOFABLE_IDS = new Set(['github.actor_id', 'github.event.sender.id'])
const PR_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'workflow_run',
  'issue_comment',
  'check_suite',
  'check_run',
  'merge_group'
]

function isBotLiteral(node: ExprNode): boolean {
  return node.kind === 'literal' && typeof node.value === 'string' && /\[bot\]$/i.test(node.value)
}

/** A literal naming a known bot's numeric id (`49699333` or `'49699333'`). */
function isBotId(node: ExprNode): boolean {
  if (node.kind !== 'literal' || (typeof node.value !== 'number' && typeof node.value !== 'string')) return false
  const text = String(node.value).trim()
  return /^\d+$/.test(text) && BOT_IDS.has(Number(text))
}

/** Context nodes used in positive bot checks (not under `!` or `!=`). */
function botChecks(
  node: ExprNode | null,
  negated = false,
  out: Array<Extract<ExprNode, { kind: 'context' }>> = []
): Array<Extract<ExprNode, { kind: 'context' }>> {
  if (!node) return out
  switch (node.kind) {
    case 'not':
      botChecks(node.operand, !negated, out)
      break
    case 'binary': {
      if (node.op === '==' || node.op === '!=') {
        const positive = (node.op === '==') !== negated
        const [a, b] = [node.left, node.right]
        for (const [side, other] of [
          [a, b],
          [b, a]
        ] as const) {
          if (positive && side.kind === 'context' && SPOOFABLE.has(side.path) && isBotLiteral(other)) out.push(side)
          if (positive && side.kind === 'context' && SPOOFABLE_IDS.has(side.path) && isBotId(other)) out.push(side)
        }
      } else {
        botChecks(node.left, negated, out)
        botChecks(node.right, negated, out)
      }
      break
    }
    case 'call': {
      if (!negated && ['contains', 'startswith', 'endswith'].includes(node.name) && node.args.length === 2) {
        const [haystack, needle] = node.args as [ExprNode, ExprNode]
        if (haystack.kind === 'context' && SPOOFABLE.has(haystack.path) && needle.kind === 'literal' && /bot/i.test(String(needle.value))) out.push(haystack)
      }
      break
    }
    default:
      break
  }
  return out
}

/**
 * Whether the same condition also pins the pull request's author, or its head repository to a named one
 * (only that repository's writers push there, never a fork): then the actor check is redundant, not a bypass.
 */
function alsoChecksAuthor(condition: Str): boolean {
  return /pull_request\.user\.(login|id)\s*==|head(?:\.repo|_repository)\.full_name\s*==\s*(?:'[\w.-]+\/[\w.-]+'|github\.repository\b)/i.test(condition.value)
}

export const botConditions = defineWorkflowRule({
  meta: {
    id: 'bot-conditions',
    area: 'build',
    severity: 'high',
    title: 'Spoofable bot check on github.actor',
    rationale:
      "`github.actor` is whoever triggered the latest event. When Dependabot (or another bot) updates an attacker's pull request, the actor becomes the bot and a check like `github.actor == 'dependabot[bot]'` lets the attacker's code through, often into an auto-merge.",
    remediation: "Check the pull request's author instead: `github.event.pull_request.user.login == 'dependabot[bot]'`.",
    references: [
      'zizmor: bot-conditions',
      'poutine: confused_deputy_auto_merge',
      'https://docs.github.com/en/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    const check = (workflow: WorkflowDoc, condition: Str | undefined, where: string, severity: Severity): void => {
      if (!condition || alsoChecksAuthor(condition)) return
      for (const expression of conditionExpressions(workflow.file, condition)) {
        for (const node of botChecks(expression.ast)) {
          results.push({
            status: 'fail',
            severity,
            message: `${where}: \`${node.path}\` is checked against a bot ${SPOOFABLE_IDS.has(node.path) ? 'account id' : 'login'}; it names whoever triggered the latest event, so an attacker's pull request touched by the bot passes`,
            location: locate(workflow.file, refSpan(workflow, condition, expression, node)),
            fix: rewrite(
              condition,
              expression,
              node,
              SPOOFABLE_IDS.has(node.path) ? 'github.event.pull_request.user.id' : 'github.event.pull_request.user.login'
            )
          })
        }
      }
    }
    for (const workflow of model.workflows) {
      const events = eventNames(workflow)
      if (!PR_EVENTS.some((event) => events.has(event))) continue
      const severity: Severity = privilegedUntrustedEvents(workflow, model).length > 0 ? 'high' : 'medium'
      for (const job of workflow.jobs) {
        check(workflow, job.if, `job ${job.id}`, severity)
        for (const step of job.steps) check(workflow, step.if, `job ${job.id}, step ${step.index + 1}`, severity)
      }
    }
    return dedupeResults(results)
  }
})
