/**
 * The one place inventory problems are reported: a lockfile, manifest or SBOM that looked like one and could
 * not be read or parsed is `unknown` (with file and line), never "no dependencies". The other dependency rules
 * judge the packages that were read and say nothing about these files.
 */
import { inventoryFact } from '../../inventory/fact.js'
import { defineRule, type RuleResult } from '../../model/rule.js'

export const dependencyInventory = defineRule({
  meta: {
    id: 'dependency-inventory',
    area: 'dependencies',
    severity: 'medium',
    title: 'Dependency files that could not be read',
    rationale:
      'A lockfile chaingate cannot parse hides every package in it from the dependency checks (licences, pinning, confusion, and advisories). Reporting it as "no dependencies" would pass on what was not seen.',
    remediation: 'Fix the file at the line given (regenerate the lockfile with its package manager), or exclude it with `ignore-paths` when it is a fixture.',
    references: ['SSC (dependencies: inventory)', 'OSPS-QA-02.01', 'SLSA (dependency inventory)'],
    access: { token: 'none' }
  },
  needs: [inventoryFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(inventoryFact)
    const { packages, files, problems } = fact
    const results: RuleResult[] = problems.map((problem) => ({
      status: 'unknown',
      message: `${problem.path} (${problem.format}) could not be inventoried: ${problem.message}`,
      location: {
        path: problem.path,
        startLine: problem.line ?? 1,
        startColumn: problem.column ?? 1,
        endLine: problem.line ?? 1,
        endColumn: problem.column ?? 1
      }
    }))
    if (results.length === 0) {
      const read = files.length
      results.push({
        status: 'pass',
        message:
          read === 0
            ? 'no lockfile, manifest or workflow dependency found'
            : `${packages.length} package${packages.length === 1 ? '' : 's'} inventoried from ${read} file${read === 1 ? '' : 's'}`
      })
    }
    return results
  }
})
