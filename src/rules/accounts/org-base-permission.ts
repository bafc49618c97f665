/** The organization's base repository permission is at most `read`. */
import { defineRule } from '../../model/rule.js'
import { ownerViewFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

const RANK: Record<string, number> = { none: 0, read: 1, write: 2, admin: 3 }

export const orgBasePermission = defineRule<{ max: 'none' | 'read' }>({
  meta: {
    id: 'org-base-permission',
    area: 'accounts',
    severity: 'high',
    title: 'Organization base permission grants write or admin',
    rationale: 'The base permission applies to every member on every repository; write or admin there makes every member account a path to every codebase.',
    remediation: 'Organization settings > Member privileges > Base permissions: Read or No permission; grant write through teams.',
    references: ['SSC-10', 'OSPS-AC-02.01', 'Legitify: default_repository_permission_is_not_none', 'CIS 1.3.8'],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: { max: 'read' },
  strictOptions: { max: 'none' },
  optionsSchema: { type: 'object', properties: { max: { enum: ['none', 'read'], description: 'Highest acceptable base permission.' } } },
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact)
    const base = org.data.default_repository_permission
    if (typeof base !== 'string')
      return [{ status: 'unknown', message: `GitHub did not return the base permission of ${org.login}`, permission: 'Administration: read (organization)' }]
    if ((RANK[base] ?? 3) <= RANK[ctx.options.max]!) return [{ status: 'pass', message: `base permission of ${org.login} is ${base}` }]
    return [{ status: 'fail', message: `base permission of ${org.login} is ${base}; the policy allows at most ${ctx.options.max}` }]
  }
})
