/**
 * What the branch-protection rules share: the facts they read and the wording of their answers. The merge
 * of rulesets and classic protection lives in `posture/protection.ts`.
 */
import type { Fact, FactDef } from '../../model/fact.js'
import type { RuleResult } from '../../model/rule.js'
import {
  defaultBranchClassicProtectionFact,
  defaultBranchRulesFact,
  type BranchRules,
  type ClassicBranchProtection
} from '../../github/facts/branch-protection.js'
import { judge, settingsFromRules, type Judgement, type ProtectionSettings } from '../../posture/protection.js'
import { rulesetsFact, type Rulesets } from '../../github/facts/rulesets.js'

export const BRANCH_FACTS = { needs: [defaultBranchRulesFact], uses: [defaultBranchClassicProtectionFact, rulesetsFact] }

export const BRANCH_ACCESS_NOTE =
  'Rulesets (repository and organization) are read with the GITHUB_TOKEN; classic branch protection needs admin read (admin-token). Without it, a requirement the rulesets do not meet is unknown, never failed.'

export interface BranchView {
  branch: string
  fromRules: ProtectionSettings
  classic: Fact<ClassicBranchProtection>
}

export interface FactReader {
  fact<T>(def: FactDef<T>): Fact<T>
}

export function branchView(ctx: FactReader): BranchView | null {
  const rules: Fact<BranchRules> = ctx.fact(defaultBranchRulesFact)
  if (!rules.known) return null
  const rulesets: Fact<Rulesets> = ctx.fact(rulesetsFact)
  return {
    branch: rules.value.branch,
    fromRules: settingsFromRules(rules.value.rules, rulesets.known ? rulesets.value.rulesets : []),
    classic: ctx.fact(defaultBranchClassicProtectionFact)
  }
}

/**
 * One requirement as a result: `pass` names where it is met, `fail` says what is missing, `unknown` says the
 * rulesets do not meet it and classic protection could not be read.
 */
export function requirement(
  view: BranchView,
  holds: (settings: ProtectionSettings) => boolean,
  text: { pass: (j: Judgement) => string; fail: (j: Judgement) => string; unknownPrefix: string }
): RuleResult {
  const judgement = judge(view.fromRules, view.classic, holds)
  switch (judgement.status) {
    case 'pass':
      return { status: 'pass', message: text.pass(judgement) }
    case 'fail':
      return { status: 'fail', message: text.fail(judgement) }
    default:
      return {
        status: 'unknown',
        message: `${text.unknownPrefix}, and classic branch protection could not be read: ${judgement.reason}`,
        permission: judgement.permission
      }
  }
}

/** Passing requirements are folded into one `pass` when nothing is wrong; otherwise only the problems are shown. */
export function onlyProblems(results: RuleResult[]): RuleResult[] {
  const problems = results.filter((result) => result.status !== 'pass')
  if (problems.length > 0) return problems
  return [{ status: 'pass', message: results.map((result) => result.message).join('; ') }]
}
