/**
 * A `uses:` of an action or reusable workflow whose GitHub repository is archived: read-only, so no
 * release, no security fix, no answer to a report will come. Read from the shared resolution of action
 * references (`Repository.isArchived` in the same GraphQL batches): no request of its own.
 */
import { actionRefsFact, resolvedSites } from '../../github/facts/action-refs.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { locate } from '../../workspace/yaml.js'

export const archivedAction = defineWorkflowRule({
  meta: {
    id: 'archived-action',
    area: 'build',
    // Medium: nothing is known to be wrong with the code today (known-vulnerable-actions reports that, at
    // the advisory's severity), but the action runs with the job's token and secrets and whatever is found
    // in it from now on will not be fixed upstream; the risk grows with time rather than being present now.
    severity: 'medium',
    title: 'Action from an archived repository',
    rationale:
      "An archived repository is read-only: its owner has stopped maintaining it. A vulnerability found in the action (or in the dependencies it bundles) will get no fixed release, and reports to it go unanswered, while the action keeps running with the job's token and secrets.",
    remediation:
      'Replace the action with a maintained one (the archive notice often names a successor), or, if you must keep it, copy the reviewed code into the repository as a local action that you maintain.',
    references: ['SSC-45', 'OSPS-BR-01', 'zizmor: archived-uses'],
    access: {
      token: 'github-token',
      githubToken: [],
      note: 'GraphQL `Repository.isArchived`, in the batches that resolve action references (no request of its own)'
    }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx)
    const results: RuleResult[] = []
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key]
      const location = locate(site.file, site.node)
      const slug = `${site.owner}/${site.repo}`
      const what = site.level === 'job' ? 'reusable workflow' : 'action'
      if (!resolution) {
        results.push({ status: 'unknown', message: `${site.value}: the reference was not resolved: whether ${slug} is archived is not known`, location })
      } else if (resolution.status === 'repo-not-found') {
        results.push({
          status: 'unknown',
          message: `${site.value}: repository ${slug} is not visible to the token (private, deleted or renamed): whether it is archived cannot be checked`,
          location,
          permission: `Contents: read on ${slug}`
        })
      } else if (resolution.isArchived === true) {
        results.push({
          status: 'fail',
          message: `${site.value}: the ${what}'s repository ${slug} is archived: it gets no more fixes, security fixes included`,
          location
        })
      } else if (resolution.isArchived === undefined) {
        results.push({
          status: 'unknown',
          message: `${site.value}: could not check whether ${slug} is archived: ${resolution.error ?? "GitHub's answer did not say"}`,
          location
        })
      }
    }
    return results
  }
})
