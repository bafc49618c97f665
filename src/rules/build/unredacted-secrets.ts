/**
 * Secrets expanded as structured data: `fromJSON(secrets.CONFIG).token`. The runner masks a secret's
 * value as a whole (and each line of a multi-line one) in logs; a part taken out of it (a JSON field, an
 * array item, a re-encoded string) is new text that no mask matches, so it is printed in clear wherever
 * the value is logged (a `run:` echo, a debug log, an action's output).
 */
import type { RuleResult } from '../../model/rule.js'
import { contextRefs, walkExpression, type ExprNode } from '../../workflow/expressions.js'
import { allExpressionStrings, expressionLocation, type ModelDoc } from '../../workflow/index.js'
import { defineWorkflowRule, walkOf } from '../../workflow/kit.js'
import type { Node } from '../../workspace/yaml-ast.js'

/** The secrets a `fromJSON(…)` of the expression parses, as written (e.g. `['CONFIG']`). */
export function secretsParsed(ast: ExprNode | null, body: string): string[] {
  const out: string[] = []
  walkExpression(ast, (node) => {
    if (node.kind !== 'call' || node.name !== 'fromjson') return
    for (const ref of contextRefs(node.args[0] ?? null)) {
      if (!/^secrets\.[^.]+$/.test(ref.path) || ref.path === 'secrets.github_token') continue
      const name = body
        .slice(ref.start, ref.end)
        .replace(/^secrets\s*/i, '')
        .replace(/^\.\s*/, '')
        .replace(/^\[\s*'(.*)'\s*\]$/, '$1')
      if (!out.includes(name)) out.push(name)
    }
  })
  return out
}

export const unredactedSecrets = defineWorkflowRule({
  meta: {
    id: 'unredacted-secrets',
    area: 'build',
    severity: 'medium',
    title: 'Secret expanded as structured data (parts the runner cannot redact)',
    rationale:
      'The runner redacts a secret from logs by matching its whole value. `fromJSON(secrets.X).field` takes a part out of the secret: that part is new text no mask matches, so it appears in clear in any log that prints it.',
    remediation:
      'Store each value as its own secret (`secrets.DEPLOY_TOKEN`) instead of one JSON secret, or register the part as a mask (`echo "::add-mask::$VALUE"`) before anything can print it.',
    references: ['zizmor: unredacted-secrets', 'https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-secrets', 'CWE-532'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    // Conditions yield a yes/no answer, never the part itself: not reported.
    const conditions = new Set<Node>()
    for (const job of walkOf(model).jobs) if (job.if) conditions.add(job.if.node)
    for (const step of walkOf(model).steps) if (step.if) conditions.add(step.if.node)
    const docs: ModelDoc[] = [...model.workflows, ...model.actions]
    for (const doc of docs) {
      for (const str of allExpressionStrings(doc.file)) {
        if (conditions.has(str.node) || !/fromjson/i.test(str.value) || !/secrets/i.test(str.value)) continue
        for (const expression of str.expressions) {
          const names = secretsParsed(expression.ast, expression.body)
          if (names.length === 0) continue
          results.push({
            status: 'fail',
            message: `\`\${{ ${expression.body.trim()} }}\` parses secret${names.length > 1 ? 's' : ''} ${names.join(', ')} as JSON: the runner masks only the whole secret, so the part taken out of it is printed unredacted in logs`,
            location: expressionLocation(doc, expression),
            fix: `store the value as its own secret (e.g. secrets.${names[0]!}_<FIELD>), or run \`echo "::add-mask::$VALUE"\` on the part first`
          })
        }
      }
    }
    return results
  }
})
