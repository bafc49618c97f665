/** The accounts area's rules (organization members, 2FA, owners, collaborators, keys, tokens). */
import type { AnyRule } from '../../model/rule.js'

export const accountsRules: AnyRule[] = []
