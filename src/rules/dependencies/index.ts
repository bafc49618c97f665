/** The dependencies area's rules (SBOMs, known vulnerabilities, licences). */
import type { AnyRule } from '../../model/rule.js'

export const dependenciesRules: AnyRule[] = []
