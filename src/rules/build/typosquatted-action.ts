/**
 * An action whose owner is a look-alike of a popular action's owner, with the same repository name:
 * `actons/checkout`, `docker/login-action` → `dockerr/login-action`, `pypa` → `pyp4`. The look-alike
 * account runs its own code with the job's token and secrets. Popular actions: src/workflow/data/popular-actions.ts.
 *
 * Only a different owner counts: a near-miss repository name under the popular action's own owner is that
 * owner's code (or a missing action, which fails the run), not someone else's.
 */
import { nodeLocation, stepDoc } from '../../workflow/index.js'
import { defineWorkflowRule, stepOwner } from '../../workflow/kit.js'
import type { Job, Step, Uses } from '../../workflow/types.js'
import { POPULAR_ACTIONS } from '../../workflow/data/popular-actions.js'
import type { RuleResult } from '../../model/rule.js'

/** The popular actions with their folded names, made on first use (cold start: most checks never ask). */
let popular: Array<{ name: string; owner: string; repo: string; ownerKey: string; repoKey: string }> | undefined
function popularActions(): NonNullable<typeof popular> {
  popular ??= POPULAR_ACTIONS.map((name) => {
    const [owner, repo] = name.split('/') as [string, string]
    return { name, owner, repo, ownerKey: confusableKey(owner), repoKey: confusableKey(repo) }
  })
  return popular
}
const POPULAR_NAMES = new Set(POPULAR_ACTIONS)

/**
 * Folds characters that read alike in GitHub's UI and logs: digits for letters (0/o, 1/l, 5/s), `rn` for
 * `m`, `vv` for `w`, `i` for `l`, and the separators `-`, `_`, `.` (owner names allow only `-`; repository
 * names all three).
 */
export function confusableKey(name: string): string {
  return name.toLowerCase().replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1i]/g, 'l').replace(/5/g, 's').replace(/[-_.]/g, '-')
}

/** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), capped at 2. */
export function nearDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return Math.min(rows[a.length]![b.length]!, 2)
}

/** The popular action `uses` imitates, or undefined. */
export function imitated(owner: string, repo: string): string | undefined {
  const lowerOwner = owner.toLowerCase()
  const lowerRepo = repo.toLowerCase()
  if (POPULAR_NAMES.has(`${lowerOwner}/${lowerRepo}`)) return undefined
  const ownerKey = confusableKey(lowerOwner)
  const repoKey = confusableKey(lowerRepo)
  for (const popular of popularActions()) {
    if (popular.owner === lowerOwner) continue
    if (popular.repoKey !== repoKey) continue
    if (popular.ownerKey === ownerKey || (popular.owner.length >= 4 && nearDistance(lowerOwner, popular.owner) === 1)) return popular.name
  }
  return undefined
}

function check(uses: Uses | undefined, where: string, doc: Parameters<typeof nodeLocation>[0]): RuleResult | null {
  if (!uses || uses.kind !== 'remote' || !uses.owner || !uses.repo) return null
  const target = imitated(uses.owner, uses.repo)
  if (!target) return null
  return {
    status: 'fail',
    message: `${where}: ${uses.owner}/${uses.repo} looks like the popular action ${target} under a look-alike owner; that account's code would run with this job's token and secrets`,
    location: nodeLocation(doc, uses.node),
    fix: `uses: ${target}@<40-hex commit SHA>   # if ${target} was meant`
  }
}

export const typosquattedAction = defineWorkflowRule({
  meta: {
    id: 'typosquatted-action',
    area: 'build',
    severity: 'high',
    title: 'Action name imitates a popular action',
    rationale:
      "Typosquatting accounts register names one keystroke or one look-alike character away from popular actions' owners (`actons/checkout`, `dockerr/login-action`). A workflow that names one runs that account's code with the job's token and secrets; a SHA pin does not help, it pins the impostor.",
    remediation: 'Use the intended action (check the owner on the Marketplace or the repository page) and pin it to a commit SHA.',
    references: [
      'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  step(step: Step) {
    return check(step.uses, `${stepOwner(step)}, step ${step.index + 1}`, stepDoc(step))
  },
  job(job: Job) {
    return check(job.uses, `job ${job.id}`, job.workflow)
  }
})
