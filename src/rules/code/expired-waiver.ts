/** Reported by the engine, not evaluated: a policy waiver past its expiry date. */
import { defineRule } from '../../model/rule.js'
import { EXPIRED_WAIVER_RULE_ID } from '../../policy/waivers.js'

export { EXPIRED_WAIVER_RULE_ID }

export const expiredWaiver = defineRule({
  meta: {
    id: EXPIRED_WAIVER_RULE_ID,
    area: 'code',
    severity: 'medium',
    title: 'Expired waiver',
    rationale: 'A waiver is a time-boxed exception; once it expires, the finding it hid counts again and the waiver should be renewed or removed.',
    remediation: 'Fix the finding the waiver covered, or extend the waiver with a new reason and date.',
    references: ['OSPS-GV-01'],
    access: { token: 'none' }
  },
  needs: [],
  defaultOptions: {},
  // The engine emits one finding per expired waiver; as a rule it has nothing to evaluate.
  evaluate: () => [{ status: 'pass', message: 'no expired waivers' }]
})
