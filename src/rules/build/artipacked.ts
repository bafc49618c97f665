/**
 * `actions/checkout` leaves the job's GITHUB_TOKEN in `.git/config` unless `persist-credentials: false`:
 * every later step of the job can read it, and an artifact of the checkout directory publishes it.
 */
import type { Confidence, Severity } from '../../model/finding.js'
import { globLibrary } from '../../policy/glob-library.js'
import { actionVersion, nodeLocation, stepDoc, type Step, type WorkflowModel } from '../../workflow/index.js'
import { defineWorkflowRule, input, related, siblingSteps, stepLocation, stepOwner, usesAction } from '../../workflow/kit.js'
import { anyCommand, ARTIFACT_UPLOADERS, GIT_PUSHING_ACTIONS, GIT_PUSHING_COMMANDS } from '../../workflow/data/index.js'

const UPLOADERS = ARTIFACT_UPLOADERS.map((entry) => entry.action)

/**
 * Whether an upload `path:` covers the checkout's `.git/config`: some line includes it and no `!` line
 * excludes it afterwards (the @actions/glob rules upload-artifact uses: the last matching pattern wins, and a
 * pattern matching a directory matches what is under it).
 */
export function coversCheckout(paths: string, checkoutPath: string): boolean {
  const root = checkoutPath.replace(/^\.\/?/, '').replace(/\/+$/, '')
  const target = root === '' ? '.git/config' : `${root}/.git/config`
  let covered = false
  for (const raw of paths.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('!')) {
      if (covered && excludes(line.slice(1).trim(), target)) covered = false
      continue
    }
    if (includes(line, root)) covered = true
  }
  return covered
}

/** Whether an include line covers the checkout's `.git` (the workspace, the checkout directory or `.git` itself). */
function includes(line: string, root: string): boolean {
  const path = line.replace(/^\.\//, '').replace(/\/+$/, '')
  if (path === '.' || path === '*' || path === '**' || path === '**/*' || /^\$\{\{\s*github\.workspace\s*\}\}$/.test(path)) return true
  if (path === '.git' || path.startsWith('.git/')) return true
  return root !== '' && (path === root || path === `${root}/.git` || (/^\$\{\{\s*github\.workspace\s*\}\}\//.test(path) && path.endsWith(`/${root}`)))
}

/** Whether an exclusion pattern (without its `!`) removes `target`, or a directory above it. */
function excludes(pattern: string, target: string): boolean {
  const path = pattern
    .replace(/^\$\{\{\s*github\.workspace\s*\}\}\//, '')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
  if (path === '' || path.includes('${{')) return false
  const parts = target.split('/')
  // The pattern matches the file or one of its parent directories (whose descendants it then matches too).
  const { minimatch } = globLibrary()
  return parts.some((_, i) => minimatch(parts.slice(0, i + 1).join('/'), path, { dot: true }))
}

/**
 * Whether an uploader leaves `.git` out whatever its path: upload-pages-artifact (its tar excludes `.git`),
 * upload-artifact from v4.4 (hidden files are left out unless `include-hidden-files: true`; a floating
 * `@v4` is the newest v4).
 */
function skipsGitDirectory(step: Step): boolean {
  if (usesAction(step, 'actions/upload-pages-artifact')) return true
  if (!usesAction(step, 'actions/upload-artifact') || input(step, 'include-hidden-files')?.value.trim().toLowerCase() === 'true') return false
  const version = actionVersion(step)
  if (!version) return false
  const [major = 0, minor] = version
  return major > 4 || (major === 4 && (minor === undefined || minor >= 4))
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
    remediation:
      'Set `persist-credentials: false` on `actions/checkout`; steps that push should use an explicit token (`git push https://x-access-token:${TOKEN}@...` or a dedicated action) scoped to that step.',
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
      return paths !== undefined && !skipsGitDirectory(candidate) && coversCheckout(paths, checkoutPath)
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
    const credential =
      tokenInput && !/^\$\{\{\s*(github\.token|secrets\.github_token)\s*\}\}$/i.test(tokenInput) ? `the token from ${tokenInput}` : 'the GITHUB_TOKEN'
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
    // Sure when the token is kept for this job's later steps; less so when it is the composite action's caller,
    // unseen here, whose later steps would read it.
    const confidence: Confidence = later.length === 0 && where === 'composite action' ? 'medium' : 'high'
    return {
      status: 'fail',
      severity,
      message,
      location: nodeLocation(stepDoc(step), anchor),
      confidence,
      ...(leak
        ? { relatedLocations: [related(stepLocation(leak), `step ${leak.index + 1} uploads ${input(leak, 'path')?.value.split('\n')[0] ?? 'the checkout'}`)] }
        : {}),
      fix
    }
  }
})
