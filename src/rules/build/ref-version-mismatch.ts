/**
 * `uses: owner/repo@<sha> # v4.2.2` where the version comment names a tag of the action repository that
 * points to another commit: whoever reads (or Dependabot, which trusts the comment) believes the workflow
 * runs v4.2.2 when it does not. Uses the shared action-refs resolution: no request of its own.
 */
import { actionRefsFact, FULL_SHA, compareVersions, parseVersion, type UsesSite, resolvedSites } from '../../github/facts/action-refs.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { locate } from '../../workspace/yaml.js'

/** The version comment after a `uses:` value on its line (`# v4.2.2`, `#v4`, `# tag=v4.2.2`), if any. */
export function versionComment(site: Pick<UsesSite, 'file' | 'node'>): { text: string; start: number } | undefined {
  const end = site.node.range?.[1]
  if (end === undefined) return undefined
  const text = site.file.text
  const lineEnd = text.indexOf('\n', end)
  const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd)
  const match = /^\s*#\s*(?:(?:tag|version|ref)\s*[=:]\s*)?(\S+)/.exec(rest)
  if (!match) return undefined
  return { text: match[1]!, start: end + rest.indexOf(match[1]!) }
}

/** Whether a commit tagged `actual` (most specific version at the SHA) is what the comment `claimed` says. */
export function commentMatches(claimed: string, actual: string | undefined): boolean {
  if (!actual) return false
  const a = parseVersion(actual)
  const c = parseVersion(claimed)
  if (!a || !c) return claimed === actual
  // `# v4` or `# v4.2` over a commit tagged v4.2.2 is true (the major tag pointed there when pinned).
  return c.every((part, i) => part === a[i]) && (c.length < a.length || compareVersions(a, c) === 0)
}

export const refVersionMismatch = defineWorkflowRule({
  meta: {
    id: 'ref-version-mismatch',
    area: 'build',
    severity: 'medium',
    title: 'Version comment does not match the pinned commit',
    rationale:
      'SHA pins are reviewed through their version comment (`# v4.2.2`), and Dependabot and Renovate update the comment along with the SHA. A comment naming a tag that points to another commit makes the workflow look like it runs a release it does not run — an outdated or vulnerable commit, or one that is not a release at all.',
    remediation: "Set the SHA to the commit of the tag the comment names (or correct the comment); the finding's fix has both.",
    references: ['SSC-45', 'zizmor: ref-version-mismatch'],
    access: { token: 'github-token', githubToken: [], note: 'no request of its own: the shared GraphQL resolution of action refs' }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx)
    const results: RuleResult[] = []
    for (const site of resolved.sites) {
      if (!FULL_SHA.test(site.ref)) continue
      const comment = versionComment(site)
      const resolution = resolved.refs.refs[site.key]
      if (!comment) continue
      if (!resolution || resolution.status === 'error' || resolution.status === 'repo-not-found') {
        // A pin whose repository could not be read cannot be judged: unknown, never a silent pass.
        const why = !resolution
          ? 'it was not resolved'
          : resolution.status === 'error'
            ? (resolution.error ?? 'it was not resolved')
            : `repository ${site.owner}/${site.repo} is not visible to the token (private, deleted or renamed)`
        results.push({
          status: 'unknown',
          message: `${site.value}: whether ${comment.text} is commit ${site.ref.slice(0, 12)} could not be checked: ${why}`,
          location: locate(site.file, [comment.start, comment.start + comment.text.length])
        })
        continue
      }
      if (!resolution.tagCommits || resolution.status !== 'resolved') continue
      const claimedCommit = resolution.tagCommits[comment.text]
      // Only a tag we can see that points elsewhere is a mismatch; an unknown or older tag is not judged.
      if (!claimedCommit || claimedCommit === resolution.sha) continue
      if (commentMatches(comment.text, resolution.version)) continue
      const target = `${site.owner}/${site.repo}${site.path ? `/${site.path}` : ''}`
      results.push({
        status: 'fail',
        message: `${target}: the comment says ${comment.text}, but ${comment.text} is commit ${claimedCommit.slice(0, 12)} and the pin is ${site.ref.slice(0, 12)}${resolution.version ? ` (${resolution.version})` : ', which no listed tag points to'}`,
        location: locate(site.file, [comment.start, comment.start + comment.text.length]),
        fix: `uses: ${target}@${claimedCommit} # ${comment.text}   (or keep the SHA and write # ${resolution.version ?? 'the right version'})`
      })
    }
    return results
  }
})
