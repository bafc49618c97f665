/** The dependencies area's rules (inventory, pinning, dependency confusion, licenses, known vulnerabilities, malicious packages). */
import type { AnyRule } from '../../model/rule.js'
import { dependencyConfusionRisk } from './dependency-confusion-risk.js'
import { dependencyInventory } from './dependency-inventory.js'
import { licensePolicy } from './license-policy.js'
import { maliciousPackage } from './malicious-package.js'
import { unpinnedDependencies } from './unpinned-dependencies.js'
import { vulnerableDependencies } from './vulnerable-dependencies.js'

export const dependenciesRules: AnyRule[] = [
  dependencyInventory,
  unpinnedDependencies,
  dependencyConfusionRisk,
  licensePolicy,
  vulnerableDependencies,
  maliciousPackage
]
