/**
 * `actions/checkout` leaves the job's GITHUB_TOKEN in `.git/config` unless `persist-credentials: false`:
 * every later step of the job can read it, and an artifact of the checkout directory publishes it.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import type { Severity } from '../../model/finding.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'
import { scalarText } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { input, scanJobs, usesAction, type StepView } from './step-scan.js'
import { workflowModelFact, type WorkflowModel } from '../../workflow/index.js'

const UPLOADERS = ['actions/upload-artifact', 'actions/upload-pages-artifact', 'actions/cache/save']

/** Whether an upload `path:` covers the checkout directory (and so `.git/config`). */
export function coversCheckout(paths: string, checkoutPath: string): boolean {
  const root = checkoutPath.replace(/^\.\/?/, '').replace(/\/+$/, '')
  return paths.split('\n').some((raw) => {
    const path = raw.trim().replace(/^\.\//, '').replace(/\/+$/, '')
    if (path === '' || path.startsWith('!')) return false
    if (path === '.' || path === '*' || path === '**' || path === '**/*' || /^\$\{\{\s*github\.workspace\s*\}\}$/.test(path)) return true
    if (path === '.git' || path.startsWith('.git/')) return true
    return root !== '' && (path === root || path === `${root}/.git` || /^\$\{\{\s*github\.workspace\s*\}\}\//.test(path) && path.endsWith(`/${root}`))
  })
}

const GIT_PUSH = /\bgit\s+push\b|\bgit\s+(?:-c\s+\S+\s+)*push\b/
/** Release tools that push commits or tags with the checkout's credentials. */
const PUSHING_COMMANDS = /\bsemantic-release\b|\blerna\s+(?:publish|version)\b/
/** Actions that commit and push with the checkout's credentials. */
const PUSHING_ACTIONS = ['stefanzweifel/git-auto-commit-action', 'EndBug/add-and-commit', 'ad-m/github-push-action', 'changesets/action', 'cycjimmy/semantic-release-action']

/** Steps (by their YAML node) that run a local script which pushes (`run: ./scripts/release.sh`). */
function scriptPushers(model: WorkflowModel | null): Set<unknown> {
  const out = new Set<unknown>()
  for (const script of model?.scripts.values() ?? []) {
    if (GIT_PUSH.test(script.text) || PUSHING_COMMANDS.test(script.text)) for (const caller of script.callers) out.add(caller.node)
  }
  return out
}

export const artipacked = defineRule({
  meta: {
    id: 'artipacked',
    area: 'build',
    severity: 'medium',
    title: 'Checkout persists the token for later steps (credential persistence)',
    rationale:
      '`actions/checkout` writes the GITHUB_TOKEN into `.git/config` by default. Every later step of the job, including third-party actions and build scripts, can read it, and uploading the checkout as an artifact publishes it to anyone who can download artifacts.',
    remediation: 'Set `persist-credentials: false` on `actions/checkout`; steps that push should use an explicit token (`git push https://x-access-token:${TOKEN}@...` or a dedicated action) scoped to that step.',
    references: ['SSC-50', 'OSPS-BR-01.03', 'zizmor: artipacked'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  uses: [workflowModelFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const model = ctx.fact(workflowModelFact)
    const pushers = scriptPushers(model.known ? model.value : null)
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      for (const job of scanJobs(file)) {
        job.steps.forEach((step, position) => {
          if (!step.uses || !usesAction(step, 'actions/checkout')) return
          const persist = input(step, 'persist-credentials')
          if (persist && persist.text.trim().toLowerCase() === 'false') return
          if (persist && persist.text.includes('${{')) return
          const later = job.steps.slice(position + 1)
          const checkoutPath = input(step, 'path')?.text ?? '.'
          const leak = later.find((candidate: StepView) => {
            if (!candidate.uses || !UPLOADERS.some((name) => usesAction(candidate, name))) return false
            const paths = input(candidate, 'path')?.text
            return paths !== undefined && coversCheckout(paths, checkoutPath)
          })
          const pushes = later.some(
            (candidate) =>
              (candidate.run && (GIT_PUSH.test(candidate.run.text) || PUSHING_COMMANDS.test(candidate.run.text))) ||
              pushers.has(candidate.node) ||
              usesAction(candidate, ...PUSHING_ACTIONS)
          )
          const where = job.id === '(composite action)' ? 'composite action' : `job ${job.id}`
          // `token:` replaces the GITHUB_TOKEN with another credential (often a PAT): name it.
          const tokenInput = input(step, 'token')?.text.trim()
          const credential = tokenInput && !/^\$\{\{\s*(github\.token|secrets\.github_token)\s*\}\}$/i.test(tokenInput) ? `the token from ${tokenInput}` : 'the GITHUB_TOKEN'
          const anchor = persist ? persist.entry.value ?? persist.entry.keyNode : step.uses.node
          const fix = 'with:\n  persist-credentials: false'
          let severity: Severity = 'medium'
          let message = `${where}: actions/checkout keeps ${credential} in .git/config${persist ? ' (persist-credentials is true)' : ''}; ${later.length} later step${later.length === 1 ? '' : 's'} can read it`
          if (leak) {
            severity = 'high'
            const leakPath = scalarText(file.doc, input(leak, 'path')?.entry.value)?.split('\n')[0]
            message = `${where}: actions/checkout keeps ${credential} in .git/config and step ${leak.index + 1} uploads ${leakPath ?? 'the checkout'}, which includes it`
          } else if (later.length === 0 && where === 'composite action') {
            // The action ends here, but the calling job goes on: its later steps can read the token.
            message = `${where}: actions/checkout keeps ${credential} in .git/config; the steps of the calling job that run after this action can read it`
          } else if (later.length === 0) {
            severity = 'low'
            message = `${where}: actions/checkout keeps ${credential} in .git/config (no later step uses it; set persist-credentials: false anyway)`
          } else if (pushes) {
            severity = 'low'
            message = `${where}: actions/checkout keeps ${credential} in .git/config for a later git push; every other later step can read it too`
          }
          results.push({ status: 'fail', severity, message, location: locate(file, anchor), fix })
        })
      }
    }
    return results
  }
})
