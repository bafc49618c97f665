/** The build area's rules (workflows, actions, Actions settings). */
import type { AnyRule } from '../../model/rule.js'
import { excessivePermissions } from './excessive-permissions.js'
import { invalidWorkflow } from './invalid-workflow.js'
import { unpinnedUses } from './unpinned-uses.js'

export const buildRules: AnyRule[] = [invalidWorkflow, unpinnedUses, excessivePermissions]
