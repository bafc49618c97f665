/**
 * Which GITHUB_TOKEN write scopes a job needs, inferred from its steps: known actions, `gh`/`git push`
 * commands, publishing commands. When a step could use the token in a way we cannot see (an unknown
 * action, `gh api`, `actions/github-script`, a local action or script, the token passed explicitly), the
 * answer for every scope is "unknown", so excessive-permissions stays quiet instead of guessing.
 */
import { actionPattern, anyCommand, TOKEN_SCOPE_ACTIONS, TOKEN_SCOPE_COMMANDS, TOKENLESS_ACTIONS } from '../data/index.js'
import { scriptCalls } from '../shell.js'
import type { Job, Step } from '../types.js'
import { ObjectMemo } from '../../object-memo.js'

/** Actions and the write scopes they need (data/token-scopes.ts). */
const ACTION_SCOPES = new Map(TOKEN_SCOPE_ACTIONS.map((entry) => [entry.action, entry.scopes]))

/** Actions that never need a write scope (and do not take the token for anything else). */
const TOKENLESS = actionPattern(TOKENLESS_ACTIONS)

const TOKEN_ANYWHERE: string[] = []

/** Commands and the write scopes they need (data/token-scopes.ts); `null` = uses the token in ways we cannot tell. */
const COMMAND_SCOPES: Array<[RegExp, string[] | null]> = TOKEN_SCOPE_COMMANDS.map((entry) => [
  entry.command,
  entry.scopes === 'unknown' ? null : entry.scopes === 'any-use' ? TOKEN_ANYWHERE : entry.scopes
])

/** A quick filter: a script none of COMMAND_SCOPES can match is skipped. */
const ANY_COMMAND = anyCommand(TOKEN_SCOPE_COMMANDS)

export type ScopeNeeds = { known: true; scopes: Set<string>; evidence: Map<string, string> } | { known: false; why: string }

function tokenPassed(step: Step): boolean {
  for (const entry of [...step.with.values(), ...step.env.values()]) {
    const text = entry.value?.value ?? ''
    if (/github\.token|secrets\.github_token/i.test(text)) return true
  }
  return false
}

const needsMemo = new ObjectMemo<Job, ScopeNeeds>()

/** The write scopes a job's steps need, or why that cannot be told (memoised per job). */
export function scopeNeeds(job: Job): ScopeNeeds {
  let needs = needsMemo.get(job)
  if (!needs) {
    needs = computeNeeds(job)
    needsMemo.set(job, needs)
  }
  return needs
}

function computeNeeds(job: Job): ScopeNeeds {
  const scopes = new Set<string>()
  const evidence = new Map<string, string>()
  const need = (list: string[], why: string): void => {
    for (const scope of list) {
      scopes.add(scope)
      if (!evidence.has(scope)) evidence.set(scope, why)
    }
  }
  if (job.uses) return { known: false, why: 'it calls a reusable workflow, which receives these permissions' }
  for (const str of [...job.env.values()].map((e) => e.value?.value ?? '')) {
    if (/github\.token|secrets\.github_token/i.test(str)) return { known: false, why: 'the token is passed in env' }
  }
  for (const step of job.steps) {
    const uses = step.uses
    if (uses) {
      if (uses.kind === 'local') return { known: false, why: `step ${step.index + 1} runs the local action ${uses.raw.trim()}` }
      if (uses.kind === 'docker') {
        if (tokenPassed(step)) return { known: false, why: `step ${step.index + 1} passes the token to ${uses.raw.trim()}` }
        continue
      }
      if (uses.name === 'actions/github-script') return { known: false, why: `step ${step.index + 1} calls the API through actions/github-script` }
      const exact = ACTION_SCOPES.get(uses.name) ?? ACTION_SCOPES.get(uses.slug ?? '')
      if (exact) {
        need(exact, uses.name)
        continue
      }
      if (TOKENLESS.test(uses.name)) {
        if (uses.name === 'gradle/actions/setup-gradle' && step.with.has('dependency-graph')) need(['contents'], `${uses.name} dependency-graph`)
        continue
      }
      return { known: false, why: `step ${step.index + 1} uses ${uses.name}, whose token use is not known` }
    }
    if (step.run) {
      const text = step.run.value
      const scripts = scriptCalls(text)
      if (scripts.length > 0)
        return {
          known: false,
          why: `step ${step.index + 1} runs ${scripts[0]!.path}, which may use the token (e.g. git push with the persisted checkout credentials)`
        }
      if (/\b(make|just|task|rake|npm run|yarn|pnpm)\b[^\n]*\b(release|publish|deploy|push|tag)\b/.test(text))
        return { known: false, why: `step ${step.index + 1} runs a release task chaingate cannot see into` }
      let matched = false
      if (!ANY_COMMAND.test(text) && ![...step.env.values()].some((e) => ANY_COMMAND.test(e.value?.value ?? ''))) continue
      for (const [pattern, list] of COMMAND_SCOPES) {
        const match = pattern.exec(text)
        if (list === TOKEN_ANYWHERE) {
          // The token in a step that does nothing we recognise: it is used for something we cannot see.
          const inEnv = [...step.env.values()].some((e) => pattern.test(e.value?.value ?? ''))
          if (!matched && (match || inEnv)) return { known: false, why: `step ${step.index + 1} uses the token in a way chaingate cannot tell` }
          continue
        }
        if (!match) continue
        if (list === null) return { known: false, why: `step ${step.index + 1} runs \`${match[0]}\`, whose token use chaingate cannot tell` }
        matched = true
        need(list, `step ${step.index + 1}: \`${match[0]}\``)
      }
    }
  }
  return { known: true, scopes, evidence }
}
