/**
 * A `uses:` pinned to a commit that is not in the action repository's own history: GitHub serves any
 * commit of the fork network under the parent's name, so a SHA from an attacker's fork "looks" pinned to
 * the real action.
 */
import { actionRefsFact, FULL_SHA, resolvedSites } from '../../github/facts/action-refs.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { locate } from '../../workspace/yaml.js'

export const impostorCommit = defineWorkflowRule({
  meta: {
    id: 'impostor-commit',
    area: 'build',
    severity: 'critical',
    title: 'Pinned commit not in the action repository (impostor commit)',
    rationale:
      'GitHub resolves `owner/repo@<sha>` for any commit in the repository\'s fork network. An attacker can push a commit to a fork and propose it as a "pin" of the real action; the SHA looks legitimate but the code is theirs.',
    remediation:
      "Replace the SHA with the commit of a release tag of the action repository itself (check it on the repository's Releases page or with `git ls-remote`), and find out how the SHA got there.",
    references: ['SSC-45', 'OSPS-BR-01', 'zizmor: impostor-commit'],
    access: { token: 'github-token', githubToken: [], note: 'GraphQL (tags, branches) plus one REST compare per SHA that is not a tag or branch head' }
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
      if (!resolution) {
        if (FULL_SHA.test(site.ref)) results.push({ status: 'unknown', message: `${site.value}: the pin was not resolved`, location })
        continue
      }
      if (!resolution.isSha) continue
      const slug = `${site.owner}/${site.repo}`
      switch (resolution.reachable) {
        case 'unreachable':
          results.push({
            status: 'fail',
            message: `${site.value}: commit ${resolution.sha} is not in the history of ${slug}'s default branch (${resolution.defaultBranch}) and is not the commit of any of its 100 newest tags or its branch heads: it may come from a fork`,
            location
          })
          break
        case 'not-found':
          // A repository the token cannot see (a private action of the organization, or one deleted or
          // renamed) cannot be judged; a commit missing from a repository we can read is a broken pin.
          results.push(
            resolution.status === 'repo-not-found'
              ? {
                  status: 'unknown',
                  message: `${site.value}: repository ${slug} is not visible to the token (private, deleted or renamed): the pin cannot be checked`,
                  location,
                  permission: `Contents: read on ${slug}`
                }
              : { status: 'fail', severity: 'high', message: `${site.value}: commit ${site.ref} does not exist in ${slug}`, location }
          )
          break
        case 'unknown':
          results.push({
            status: 'unknown',
            message: `${site.value}: could not check whether the commit belongs to ${slug}: ${resolution.error ?? 'no answer'}`,
            location
          })
          break
        default:
          break
      }
    }
    return results
  }
})
