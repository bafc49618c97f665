/** The code area's rules (branch protection, rulesets, reviews, scanning, security policy). */
import type { AnyRule } from '../../model/rule.js'
import { codeScanning } from './code-scanning.js'
import { codeScanningAlertSla } from './code-scanning-alert-sla.js'
import { codeowners } from './codeowners.js'
import { defaultBranchHistory } from './default-branch-history.js'
import { defaultBranchProtection } from './default-branch-protection.js'
import { defaultBranchReview } from './default-branch-review.js'
import { defaultBranchSignedCommits } from './default-branch-signed-commits.js'
import { defaultBranchStatusChecks } from './default-branch-status-checks.js'
import { dependabotAlertSla } from './dependabot-alert-sla.js'
import { dependabotAlerts } from './dependabot-alerts.js'
import { dependabotSecurityUpdates } from './dependabot-security-updates.js'
import { privateVulnerabilityReporting } from './private-vulnerability-reporting.js'
import { protectionBypass } from './protection-bypass.js'
import { pullRequestApproval } from './pull-request-approval.js'
import { pullRequestSignedCommits } from './pull-request-signed-commits.js'
import { releaseBranchProtection } from './release-branch-protection.js'
import { releaseTagProtection } from './release-tag-protection.js'
import { secretPushProtection } from './secret-push-protection.js'
import { secretScanning } from './secret-scanning.js'
import { secretScanningAlerts } from './secret-scanning-alerts.js'
import { securityPolicy } from './security-policy.js'

export const codeRules: AnyRule[] = [
  defaultBranchProtection,
  defaultBranchReview,
  defaultBranchStatusChecks,
  defaultBranchHistory,
  defaultBranchSignedCommits,
  protectionBypass,
  releaseBranchProtection,
  releaseTagProtection,
  codeowners,
  securityPolicy,
  privateVulnerabilityReporting,
  secretScanning,
  secretPushProtection,
  secretScanningAlerts,
  dependabotAlerts,
  dependabotSecurityUpdates,
  dependabotAlertSla,
  codeScanning,
  codeScanningAlertSla,
  pullRequestApproval,
  pullRequestSignedCommits
]
