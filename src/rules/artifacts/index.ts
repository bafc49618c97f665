/** The artifacts area's rules (signatures and attestations of what the build produces). */
import type { AnyRule } from '../../model/rule.js'

export const artifactsRules: AnyRule[] = []
