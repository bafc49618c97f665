/** Actions and reusable workflows at a version the GitHub Advisory Database lists as vulnerable. */
import { actionRefsFact, resolvedSites } from '../../github/facts/action-refs.js'
import { affected } from '../../posture/action-advisories.js'
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { locate } from '../../workspace/yaml.js'

export interface KnownVulnerableActionsOptions {
  /** GHSA ids accepted after review (e.g. not exploitable in how the action is used). */
  ignore: string[]
}

const SEVERITY: Record<string, Severity> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low', unknown: 'medium' }

export const knownVulnerableActions = defineWorkflowRule<KnownVulnerableActionsOptions>({
  meta: {
    id: 'known-vulnerable-actions',
    area: 'build',
    severity: 'high',
    title: 'Action version with a known vulnerability',
    rationale:
      'GitHub publishes advisories for actions (ecosystem `actions`): injection bugs in popular actions, and compromised releases such as tj-actions/changed-files (CVE-2025-30066). A workflow pinned to an affected version keeps running it.',
    remediation:
      'Update to the first patched version the advisory names (pinned by SHA), or replace the action; accept a reviewed advisory with the `ignore` option.',
    references: ['SSC-45', 'OSPS-VM-05', 'zizmor: known-vulnerable-actions', 'poutine: known_vulnerability_in_build_component'],
    access: { token: 'github-token', githubToken: [], note: 'GET /advisories (public data) and GraphQL to resolve SHA pins to versions' }
  },
  needs: [actionRefsFact],
  // A reference that was not resolved is judged by its name when it is a version, and reported unknown
  // when an advisory exists for the action and its version could not be determined.
  gapsHandled: [actionRefsFact],
  defaultOptions: { ignore: [] },
  optionsSchema: {
    type: 'object',
    properties: { ignore: { type: 'array', items: { type: 'string', pattern: '^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$' }, description: 'GHSA ids to accept' } }
  },
  model(_model, ctx) {
    const resolved = resolvedSites(ctx)
    const advisories = resolved.refs.advisories
    if (!advisories.known) return [{ status: 'unknown', message: advisories.reason, ...(advisories.permission ? { permission: advisories.permission } : {}) }]
    const ignored = new Set(ctx.options.ignore.map((id) => id.toUpperCase()))
    const results: RuleResult[] = []
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key]
      const location = locate(site.file, site.node)
      const packages = [`${site.owner}/${site.repo}`, ...(site.path ? [`${site.owner}/${site.repo}/${site.path}`] : [])]
      const relevant = advisories.value.filter((advisory) =>
        advisory.vulnerabilities.some((v) => packages.some((name) => name.toLowerCase() === v.package.toLowerCase()))
      )
      if (relevant.length === 0) continue
      const version = resolution?.version ?? (resolution?.isTag || !resolution ? site.ref : undefined)
      if (!version) {
        results.push({
          status: 'unknown',
          message: `${site.value}: ${relevant.length} advisor${relevant.length === 1 ? 'y exists' : 'ies exist'} for ${packages[0]}, but the version of ${site.ref} could not be determined${resolution?.error ? ` (${resolution.error})` : ''}`,
          location
        })
        continue
      }
      for (const { advisory, firstPatched } of affected(relevant, packages, version)) {
        if (ignored.has(advisory.ghsaId.toUpperCase())) continue
        results.push({
          status: 'fail',
          severity: SEVERITY[advisory.severity] ?? 'high',
          message: `${site.value} is ${version === site.ref ? 'version' : `${site.ref} = version`} ${version}, affected by ${advisory.ghsaId}${advisory.cveId ? ` (${advisory.cveId})` : ''}: ${advisory.summary}${firstPatched ? `; fixed in ${firstPatched}` : ''}`,
          location,
          ...(firstPatched ? { fix: `uses: ${packages[packages.length - 1]}@<SHA of ${firstPatched} or later> # ${firstPatched}` } : {})
        })
      }
    }
    return results
  }
})
