/** Where the documentation lives, for SARIF help links and the job summary. */
import type { RuleMeta } from '../model/rule.js'

export const PROJECT_URL = 'https://github.com/chaingate/chaingate'

/** Each rule's page sits next to its source: src/rules/<area>/<id>.md */
export function ruleDocsUrl(meta?: Pick<RuleMeta, 'id' | 'area'>): string {
  if (!meta) return `${PROJECT_URL}/blob/main/docs/rules.md`
  return `${PROJECT_URL}/blob/main/src/rules/${meta.area}/${meta.id}.md`
}
