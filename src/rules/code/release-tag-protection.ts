/**
 * Release tags cannot be moved or deleted: an active tag ruleset whose ref condition covers the release tag
 * names carries `deletion` and `update` (or `non_fast_forward`). Classic "protected tags" are gone from
 * GitHub; rulesets are the only tag protection.
 */
import { defineRule } from '../../model/rule.js'
import { refMatches, rulesetsFact, type Ruleset } from '../../github/facts/rulesets.js'

export const releaseTagProtection = defineRule<{ tagNames: string[] }>({
  meta: {
    id: 'release-tag-protection',
    area: 'code',
    severity: 'medium',
    title: 'Release tags can be moved or deleted',
    rationale: 'Consumers and provenance refer to tags; a tag that can be moved or deleted lets someone swap the code a version points at.',
    remediation: 'Create a tag ruleset targeting your release tags (e.g. `refs/tags/v*`) with "Restrict updates" and "Restrict deletions", enforcement Active.',
    references: ['SSC-40', 'SLSA Source L3', 'OSPS-BR-02'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read'],
      note: 'Reads the rulesets (shared with the other protection rules).'
    }
  },
  needs: [rulesetsFact],
  defaultOptions: { tagNames: ['v1.0.0'] },
  optionsSchema: {
    type: 'object',
    properties: {
      tagNames: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Representative release tag names that must be protected (e.g. v1.2.3).' }
    }
  },
  evaluate(ctx) {
    const fact = ctx.need(rulesetsFact)
    const tagRulesets = fact.rulesets.filter((ruleset) => ruleset.target === 'tag' && ruleset.enforcement === 'active')
    const unread = tagRulesets.filter((ruleset) => ruleset.refName === null || ruleset.rules === null)
    const protects = (ruleset: Ruleset, ref: string, type: (t: string) => boolean): boolean =>
      ruleset.refName !== null && ruleset.rules !== null && refMatches(ruleset.refName, ref, null) && ruleset.rules.some((rule) => type(rule.type))
    const problems = []
    for (const tag of ctx.options.tagNames) {
      const ref = `refs/tags/${tag}`
      const deletion = tagRulesets.some((ruleset) => protects(ruleset, ref, (t) => t === 'deletion'))
      const update = tagRulesets.some((ruleset) => protects(ruleset, ref, (t) => t === 'update' || t === 'non_fast_forward'))
      if (deletion && update) continue
      if (unread.length > 0) {
        problems.push({
          status: 'unknown' as const,
          message: `tag ${tag}: the details of tag ruleset(s) ${unread.map((ruleset) => `"${ruleset.name}"`).join(', ')} could not be read (${unread[0]!.detailsError ?? 'not read'})`,
          permission: 'Metadata: read'
        })
        continue
      }
      const missing = [update ? null : 'moved (update)', deletion ? null : 'deleted'].filter(Boolean).join(' or ')
      problems.push({
        status: 'fail' as const,
        message: `tag ${tag} can be ${missing}: no active tag ruleset covers it with ${[update ? null : 'update', deletion ? null : 'deletion'].filter(Boolean).join(' and ')} rules`
      })
    }
    if (problems.length === 0) return [{ status: 'pass', message: `release tags (${ctx.options.tagNames.join(', ')}) are protected by active tag rulesets` }]
    return problems
  }
})
