/**
 * The promise every posture rule keeps: it never reports `pass` on data it did not see. On the facts of a
 * well-protected repository every accounts and code rule passes; replace any one fact it needs or uses
 * with `unknown` and the rule must not pass (and on a needed fact it must be `unknown`).
 */
import { describe, expect, it } from '@jest/globals'
import { accountsRules } from '../../src/rules/accounts/index.js'
import { codeRules } from '../../src/rules/code/index.js'
import { EXPIRED_WAIVER_RULE_ID } from '../../src/rules/code/expired-waiver.js'
import { defaultBranchRulesFact } from '../../src/github/facts/branch-protection.js'
import { goodFacts } from './good-facts.js'
import { run, statuses, UNKNOWN } from './helpers.js'

const rules = [...accountsRules, ...codeRules].filter((rule) => rule.meta.id !== EXPIRED_WAIVER_RULE_ID)

describe('every accounts and code rule', () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s passes on a well-protected repository', (_id, rule) => {
    const results = run(rule, goodFacts(), rule.strictOptions ?? {})
    expect(statuses(results)).toEqual(['pass'])
  })

  const needed = rules.flatMap((rule) => rule.needs.map((def) => [rule.meta.id, def.id, rule] as const))
  it.each(needed)('%s is unknown when %s is unknown', (_id, factId, rule) => {
    const map = goodFacts()
    map.set(factId, UNKNOWN)
    const results = run(rule, map)
    expect(statuses(results)).toEqual(['unknown'])
    expect(results[0]!.permission).toBe('Test: read')
  })

  const used = rules.flatMap((rule) => (rule.uses ?? []).map((def) => [rule.meta.id, def.id, rule] as const))
  it.each(used)('%s does not pass when %s is unknown and the needed facts alone do not decide', (_id, factId, rule) => {
    // Rulesets that protect nothing: the rule has to rely on the used fact, which it cannot see.
    const map = goodFacts()
    map.set(defaultBranchRulesFact.id, { known: true, value: { branch: 'main', rules: [] } })
    map.set(factId, UNKNOWN)
    const results = run(rule, map, rule.strictOptions ?? {})
    expect(statuses(results)).not.toContain('pass')
  })

  it('declares access, rationale, remediation and references', () => {
    for (const rule of rules) {
      expect(rule.meta.access.token).toMatch(/^(none|github-token|elevated)$/)
      if (rule.meta.access.token !== 'none')
        expect([...(rule.meta.access.githubToken ?? []), ...(rule.meta.access.fineGrained ?? [])].length).toBeGreaterThan(0)
      expect(rule.meta.rationale.length).toBeGreaterThan(20)
      expect(rule.meta.remediation.length).toBeGreaterThan(20)
      expect(rule.meta.references.length).toBeGreaterThan(0)
    }
  })
})
