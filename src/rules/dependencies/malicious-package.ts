/**
 * Packages known to be malicious: OSV `MAL-` records (the OpenSSF malicious-packages feed) and GitHub's
 * malware advisories. Critical, in every scope, with no threshold and whether or not a pull request
 * introduced them: installing one is already the compromise. What the source could not check is `unknown`.
 */
import { advisoriesFact } from '../../advisories/fact.js'
import { inventoryFact } from '../../inventory/fact.js'
import { imageScansFact, type ImageScan } from '../../images/scan-fact.js'
import { packageKey, type Inventory } from '../../inventory/model.js'
import type { Fact } from '../../model/fact.js'
import { defineRule, type RuleContext, type RuleResult } from '../../model/rule.js'
import { dependencyDiffFact } from '../../pull-request/dependency-diff.js'
import {
  judged,
  nothingToCheck,
  DependencyPaths,
  describePath,
  idsLabel,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  matchFields,
  sourceLabel,
  uncheckedResults,
  withImages
} from './advisory-support.js'
import { packageLabel } from './package-location-support.js'

export const maliciousPackage = defineRule({
  meta: {
    id: 'malicious-package',
    area: 'dependencies',
    severity: 'critical',
    title: 'Known malicious package in the dependencies',
    rationale:
      'A package published to steal credentials or plant a backdoor runs its payload when it is installed (install scripts) or imported: on developer machines and in CI, with their secrets. No severity threshold applies.',
    remediation:
      'Remove the package and the dependency that pulls it in, then treat every machine and CI run that installed it as compromised: rotate the secrets it could read and review what it could publish.',
    references: [
      'SSC (dependencies: malicious packages)',
      'https://github.com/ossf/malicious-packages',
      'https://docs.github.com/en/code-security/security-advisories/working-with-global-security-advisories-from-the-github-advisory-database/about-the-github-advisory-database#malware-advisories'
    ],
    access: { token: 'none', note: "offline with a local OSV snapshot (--advisories DIR); GitHub's advisory database and the OSV API need network, no token" }
  },
  needs: [inventoryFact],
  uses: [advisoriesFact, dependencyDiffFact, imageScansFact],
  defaultOptions: {},
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact)
    return withImages(workspaceResults(ctx, inventory), imageResults(ctx.fact(imageScansFact)))
  }
})

function workspaceResults(ctx: RuleContext<Record<string, never>>, inventory: Inventory): RuleResult[] {
  const advisories = ctx.fact(advisoriesFact)
  const unseen = nothingToCheck(inventory, advisories)
  if (unseen) return [unseen]
  if (!advisories.known) return []
  const report = advisories.value
  const diff = ctx.fact(dependencyDiffFact)
  const paths = new DependencyPaths(inventory)
  const results: RuleResult[] = []
  for (const match of report.matches) {
    if (!match.advisory.malicious || !judged(match.package)) continue
    const pkg = match.package
    const chain = paths.pathTo(pkg)
    const introduced = diff.known ? diff.value.introduced.has(packageKey(pkg)) : null
    results.push({
      status: 'fail',
      severity: 'critical',
      message: `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}) is a known malicious package: ${idsLabel(match)}${match.advisory.summary ? ` — ${match.advisory.summary}` : ''}`,
      ...matchFields(match, chain, introduced, report)
    })
  }
  results.push(...uncheckedResults(report))
  if (results.length === 0)
    results.push({
      status: 'pass',
      message: `no known malicious package among ${report.checked} package${report.checked === 1 ? '' : 's'} checked against ${sourceLabel(report)}`
    })
  return results
}

/** The images named by the run (`check --image`): a malicious package in one fails, whatever its scope. */
function imageResults(fact: Fact<{ images: ImageScan[] }>): RuleResult[] {
  if (!fact.known)
    return [
      {
        status: 'unknown',
        message: `the images named by the run were not checked for malicious packages: ${fact.reason}`,
        ...(fact.permission ? { permission: fact.permission } : {})
      }
    ]
  const results: RuleResult[] = []
  for (const scan of fact.value.images) {
    if (!scan.ok) continue
    const malicious = scan.report.matches.filter((match) => match.advisory.malicious)
    for (const match of malicious) {
      results.push({
        status: 'fail',
        severity: 'critical',
        message: `image ${scan.reference}: ${imagePackageLabel(match.package)} is a known malicious package: ${idsLabel(match)}${match.advisory.summary ? ` — ${match.advisory.summary}` : ''}`,
        ...imageMatchFields(scan, match, undefined)
      })
    }
    if (malicious.length === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({
        status: 'pass',
        message: `image ${scan.reference} (${scan.platform}): no known malicious package among ${scan.packages} package${scan.packages === 1 ? '' : 's'} checked against ${sourceLabel(scan.report)}`,
        details: { image: scan.reference, imageDigest: scan.digest }
      })
    }
  }
  results.push(...imageUnknowns(fact.value.images.map((scan) => ({ scan, label: `image ${scan.reference}` }))))
  return results
}
