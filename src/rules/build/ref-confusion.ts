/** A `uses:` ref that names both a branch and a tag of the action repository. */
import { actionRefsFact, resolvedSites } from '../../github/facts/action-refs.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { locate } from '../../workspace/yaml.js'

export const refConfusion = defineWorkflowRule({
  meta: {
    id: 'ref-confusion',
    area: 'build',
    severity: 'medium',
    title: 'Action ref is both a branch and a tag',
    rationale:
      "When `@v1` names a tag and a branch, which one the runner checks out is up to GitHub's resolution order, and a contributor who can push a branch (but not tags) can create the ambiguity to get their code run in place of the release.",
    remediation: 'Pin the action by commit SHA (with the version in a comment); ask the maintainers to delete the branch that shadows the tag.',
    references: ['SSC-45', 'zizmor: ref-confusion'],
    access: { token: 'github-token', githubToken: [], note: 'GraphQL, one query per 20 action repositories' }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx)
    const results: RuleResult[] = []
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key]
      if (resolution?.isSha) continue
      const location = locate(site.file, site.node)
      if (!resolution || resolution.status === 'error') {
        results.push({ status: 'unknown', message: `${site.value}: could not resolve ${site.ref}: ${resolution?.error ?? 'no answer'}`, location })
        continue
      }
      if (resolution.isBranch && resolution.isTag) {
        results.push({
          status: 'fail',
          message: `${site.value}: ${site.ref} is both a branch and a tag of ${site.owner}/${site.repo}`,
          location,
          ...(resolution.sha
            ? { fix: `uses: ${site.owner}/${site.repo}${site.path ? `/${site.path}` : ''}@${resolution.sha} # ${resolution.version ?? site.ref}` }
            : {})
        })
      }
    }
    return results
  }
})
