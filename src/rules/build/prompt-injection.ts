/**
 * `${{ }}` expansions of attacker-controlled text into the prompt of an AI agent action (Claude Code,
 * Gemini CLI, Codex, GitHub's AI inference). An agent with tools (shell, file edits, `gh`) does what the
 * text asks: an issue title becomes instructions, run with the job's token and secrets. Graded like
 * template injection, by how much of the text an attacker controls and what the job can reach.
 */
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { applyGates, expressionLocation, gatesFor, strLocation, trackerFor, type Job, type Step, type WorkflowDoc } from '../../workflow/index.js'
import { dedupeResults, eachStep, stepLabel } from '../../workflow/rule-helpers.js'
import { injectionGrade } from './template-injection-support.js'
import { AI_AGENT_ACTIONS } from '../../workflow/data/index.js'

/** AI agent actions and their inputs that become the model's instructions (data/ai-agents.ts). */
export const PROMPT_INPUTS = new Map(AI_AGENT_ACTIONS.map((entry) => [entry.action, entry.inputs]))

export const promptInjection = defineWorkflowRule({
  meta: {
    id: 'prompt-injection',
    area: 'build',
    severity: 'high',
    title: 'Attacker-controlled text expanded into an AI agent prompt',
    rationale:
      'An AI agent running in a workflow follows the instructions in its prompt with the tools and credentials the job gives it. Text from an issue, a comment or a pull request expanded into the prompt lets its author instruct the agent: change code, push, comment, or leak the secrets it can read.',
    remediation:
      'Do not expand event text into a prompt: have the agent read it from a file as data, give it only the tools the task needs, run the job with read-only `permissions:` and no secrets but the model key, and treat its output as untrusted.',
    references: [
      'CWE-1427',
      'OWASP LLM01: Prompt Injection',
      'CodeQL: actions/prompt-injection (experimental)',
      'https://docs.github.com/en/actions/concepts/security/script-injections'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model)
    const results: RuleResult[] = []
    // Event text expanded into a prompt input.
    eachStep(model, (doc, job, step) => {
      const inputs = step.uses ? PROMPT_INPUTS.get(step.uses.name) : undefined
      if (!inputs) return
      for (const [name, entry] of step.with) {
        if (!inputs.includes(name.toLowerCase()) || !entry.value) continue
        for (const expression of entry.value.expressions) {
          const taint = tracker.expressionTaint(expression, { job, step, action: doc.kind === 'action' ? doc : null })
          // Only text an outsider writes: a branch name or a maintainer's input does not carry instructions.
          if (!taint || taint.level !== 'arbitrary') continue
          const { grade, why } = injectionGrade(taint, doc.kind === 'workflow' ? doc : null, job, model)
          if (grade === 'info') continue
          const gates = job ? gatesFor(job, step) : []
          const gated = gates.length > 0 ? `; lowered because ${gates.map((gate) => gate.note).join(', ')}` : ''
          const via = taint.via.length > 0 ? ` (via ${taint.via.join(' → ')})` : ''
          results.push({
            status: 'fail',
            severity: applyGates(grade, gates),
            message: `${stepLabel(step)}: \`\${{ ${expression.body.trim()} }}\` puts attacker-controlled text from ${taint.origin}${via} into the \`${name}\` of ${step.uses!.name}, an AI agent that acts on it (${why.replace(/^\((.*)\)$/, '$1')})${gated}`,
            location: expressionLocation(doc, expression),
            fix: `Write the text to a file and tell the agent to read it as data (e.g. \`echo "$ISSUE_BODY" > issue.txt\` with \`ISSUE_BODY: \${{ ${expression.body.trim()} }}\` in env:), restrict the agent's tools, and keep secrets and write scopes out of the job.`
          })
        }
      }
    })
    /**
     * Claude Code's action reads the triggering issue or comment itself and answers only users with write
     * access, unless `allowed_non_write_users` lets others in: `*` hands the agent to anyone who can comment.
     */
    const openToEveryone = (workflow: WorkflowDoc, job: Job, step: Step): void => {
      if (step.uses?.name !== 'anthropics/claude-code-action') return
      const allowed = step.with.get('allowed_non_write_users')?.value
      if (!allowed || !allowed.value.split(',').some((user) => user.trim() === '*')) return
      const taint = { level: 'arbitrary' as const, origin: "any user's issue, comment or review", via: [] }
      const { grade, why } = injectionGrade(taint, workflow, job, model)
      if (grade === 'low' || grade === 'info') return // no trigger outsiders can fire
      const gates = gatesFor(job, step)
      const gated = gates.length > 0 ? `; lowered because ${gates.map((gate) => gate.note).join(', ')}` : ''
      results.push({
        status: 'fail',
        severity: applyGates(grade, gates),
        message: `${stepLabel(step)}: allowed_non_write_users: "*" lets anyone who can open an issue or comment instruct ${step.uses.name} (${why.replace(/^\((.*)\)$/, '$1')})${gated}`,
        location: strLocation(workflow, allowed),
        fix: 'List the users who may trigger the agent (or leave allowed_non_write_users unset: only users with write access), and keep secrets and write scopes out of the job.'
      })
    }
    eachStep(model, (doc, job, step) => {
      if (doc.kind === 'workflow' && job) openToEveryone(doc, job, step)
    })
    return dedupeResults(results)
  }
})
