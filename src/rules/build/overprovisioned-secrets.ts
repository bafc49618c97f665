/** `toJSON(secrets)` and `secrets[<computed>]`: expressions that expose every secret instead of one. */
import type { RuleResult } from '../../model/rule.js'
import { contextRefs, parseExpression } from '../../workflow/expressions.js'
import { allExpressionStrings, expressionLocation, type ModelDoc } from '../../workflow/index.js'
import { defineWorkflowRule } from '../../workflow/kit.js'

const TO_JSON = /\btojson\s*\(\s*secrets\s*\)/i
/** `secrets[...]` whose index is not one string literal. */
const DYNAMIC_INDEX = /\bsecrets\s*\[\s*(?!'[^']*'\s*\])/i
const WHOLE = /(?:^|[^.\w-])secrets\s*(?:$|[),])/i

/**
 * Why an expression exposes every secret, or undefined. Decided on the parsed expression: only a
 * reference to the `secrets` context itself counts (`toJSON(secrets)`, `secrets[x]`), not `secrets.NAME`
 * nor a name that merely ends in "secrets" (`steps.check.outputs.has-secrets`).
 */
export function secretsExposure(body: string): string | undefined {
  const ast = parseExpression(body)
  if (ast && !contextRefs(ast).some((ref) => ref.path === 'secrets')) return undefined
  if (TO_JSON.test(body)) return 'toJSON(secrets) serialises every secret'
  if (DYNAMIC_INDEX.test(body)) return 'secrets[...] with a computed index can read any secret'
  if (ast || WHOLE.test(body.trim())) return 'the whole secrets context is passed'
  return undefined
}

export const overprovisionedSecrets = defineWorkflowRule({
  meta: {
    id: 'overprovisioned-secrets',
    area: 'build',
    severity: 'medium',
    title: 'Whole secrets context exposed',
    rationale:
      'The runner only receives the secrets a job references. `toJSON(secrets)` or a computed `secrets[...]` index makes it send all of them, so one leak (a log line, a compromised step) discloses every secret of the repository and organization.',
    remediation: 'Reference each secret by name (`secrets.NPM_TOKEN`); for a lookup table, map the few names explicitly in `env:`.',
    references: ['SSC-25', 'OSPS-BR-07.02', 'zizmor: overprovisioned-secrets', 'poutine: job_all_secrets'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    const docs: ModelDoc[] = [...model.workflows, ...model.actions]
    for (const doc of docs) {
      for (const str of allExpressionStrings(doc.file)) {
        if (!/secrets/i.test(str.value)) continue
        for (const expression of str.expressions) {
          const why = secretsExposure(expression.body)
          if (why) results.push({ status: 'fail', message: `${why}: ${expression.body.trim()}`, location: expressionLocation(doc, expression) })
        }
      }
    }
    return results
  }
})
