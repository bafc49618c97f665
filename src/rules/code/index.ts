/** The code area's rules (branch protection, rulesets, reviews, scanning, security policy). */
import type { AnyRule } from '../../model/rule.js'
import { defaultBranchProtection } from './default-branch-protection.js'
import { securityPolicy } from './security-policy.js'

export const codeRules: AnyRule[] = [defaultBranchProtection, securityPolicy]
