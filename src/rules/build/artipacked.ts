/**
 * `actions/checkout` leaves the job's GITHUB_TOKEN in `.git/config` unless `persist-credentials: false`:
 * every later step of the job can read it, and an artifact of the checkout directory publishes it.
 */
import type { Confidence, Severity } from '../../model/finding.js'
import { nodeLocation, stepDoc, type Step, type WorkflowModel } from '../../workflow/index.js'
import { defineWorkflowRule, input, related, siblingSteps, stepLocation, stepOwner, usesAction } from '../../workflow/kit.js'
import { anyCommand, ARTIFACT_UPLOADERS, GIT_PUSHING_ACTIONS, GIT_PUSHING_COMMANDS } from '../../workflow/data/index.js'

const UPLOADERS = ARTIFACT_UPLOADERS.map((entry) => entry.action)

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
/** Release tools that push commits or tags with the checkout's credentials (data/git-pushes.ts). */
const PUSHING_COMMANDS = anyCommand(GIT_PUSHING_COMMANDS)
/** Actions that commit and push with the checkout's credentials. */
const PUSHING_ACTIONS = GIT_PUSHING_ACTIONS.map((entry) => entry.action)

/** Steps (by their YAML node) that run a local script which pushes (`run: ./scripts/release.sh`). */
function scriptPushers(model: WorkflowModel): Set<unknown> {
  const out = new Set<unknown>()
  for (const script of model.scripts.values()) {
    if (GIT_PUSH.test(script.text) || PUSHING_COMMANDS.test(script.text)) for (const caller of script.callers) out.add(caller.node)
  }
  return out
}

export const artipacked = defineWorkflowRule({
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
  defaultOptions: {},
  step(step, ctx) {
    if (!step.uses || !usesAction(step, 'actions/checkout')) return null
    const persist = step.with.get('persist-credentials')
    const persistText = persist?.value?.value
    if (persistText !== undefined && persistText.trim().toLowerCase() === 'false') return null
    if (persistText !== undefined && persistText.includes('${{')) return null
    const siblings = siblingSteps(step)
    const later = siblings.slice(siblings.indexOf(step) + 1)
    const checkoutPath = input(step, 'path')?.value ?? '.'
    const leak = later.find((candidate: Step) => {
      if (!candidate.uses || !UPLOADERS.some((name) => usesAction(candidate, name))) return false
      const paths = input(candidate, 'path')?.value
      return paths !== undefined && coversCheckout(paths, checkoutPath)
    })
    const pushers = scriptPushers(ctx.model)
    const pushes = later.some(
      (candidate) =>
        (candidate.run && (GIT_PUSH.test(candidate.run.value) || PUSHING_COMMANDS.test(candidate.run.value))) ||
        pushers.has(candidate.node) ||
        usesAction(candidate, ...PUSHING_ACTIONS)
    )
    const where = stepOwner(step)
    // `token:` replaces the GITHUB_TOKEN with another credential (often a PAT): name it.
    const tokenInput = input(step, 'token')?.value.trim()
    const credential = tokenInput && !/^\$\{\{\s*(github\.token|secrets\.github_token)\s*\}\}$/i.test(tokenInput) ? `the token from ${tokenInput}` : 'the GITHUB_TOKEN'
    const shown = persistText !== undefined
    const anchor = persist?.value ? persist.value.node : step.uses.node
    const fix = 'with:\n  persist-credentials: false'
    let severity: Severity = 'medium'
    let message = `${where}: actions/checkout keeps ${credential} in .git/config${shown ? ' (persist-credentials is true)' : ''}; ${later.length} later step${later.length === 1 ? '' : 's'} can read it`
    if (leak) {
      severity = 'high'
      const leakPath = input(leak, 'path')?.value.split('\n')[0]
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
    // Sure when the token is simply kept; less so when it is the composite action's caller that goes on, or
    // when the upload's path list has exclusions (`!…`) that may leave `.git` out.
    const excludes = leak ? /(^|\n)\s*!/.test(input(leak, 'path')?.value ?? '') : false
    const confidence: Confidence = excludes || (later.length === 0 && where === 'composite action') ? 'medium' : 'high'
    return {
      status: 'fail',
      severity,
      message,
      location: nodeLocation(stepDoc(step), anchor),
      confidence,
      ...(leak ? { relatedLocations: [related(stepLocation(leak), `step ${leak.index + 1} uploads ${input(leak, 'path')?.value.split('\n')[0] ?? 'the checkout'}`)] } : {}),
      fix
    }
  }
})
