/** The rule catalogue: every rule chaingate knows, by area. */
import type { AnyRule } from '../model/rule.js'
import { accountsRules } from './accounts/index.js'
import { artifactsRules } from './artifacts/index.js'
import { buildRules } from './build/index.js'
import { codeRules } from './code/index.js'
import { dependenciesRules } from './dependencies/index.js'
import { expiredWaiver } from './code/expired-waiver.js'

export const allRules: AnyRule[] = [...accountsRules, ...codeRules, ...buildRules, ...artifactsRules, ...dependenciesRules, expiredWaiver]

export function ruleById(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.meta.id === id)
}
