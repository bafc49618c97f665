/** The build area's rules (workflows, actions, Actions settings). */
import type { AnyRule } from '../../model/rule.js'
import { excessivePermissions } from './excessive-permissions.js'
import { invalidWorkflow } from './invalid-workflow.js'
import { unpinnedUses } from './unpinned-uses.js'
import { actionsAllowedActions } from './actions-allowed-actions.js'
import { actionsCanApprovePrs } from './actions-can-approve-prs.js'
import { actionsDefaultPermissions } from './actions-default-permissions.js'
import { actionsForkPrApproval } from './actions-fork-pr-approval.js'
import { actionsShaPinningRequired } from './actions-sha-pinning-required.js'
import { artipacked } from './artipacked.js'
import { debugLogging } from './debug-logging.js'
import { downloadExecute } from './download-execute.js'
import { hardcodedContainerCredentials } from './hardcoded-container-credentials.js'
import { impostorCommit } from './impostor-commit.js'
import { insecureCommands } from './insecure-commands.js'
import { knownVulnerableActions } from './known-vulnerable-actions.js'
import { overprovisionedSecrets } from './overprovisioned-secrets.js'
import { unredactedSecrets } from './unredacted-secrets.js'
import { refConfusion } from './ref-confusion.js'
import { refVersionMismatch } from './ref-version-mismatch.js'
import { releaseEnvironmentProtection } from './release-environment-protection.js'
import { secretsInherit } from './secrets-inherit.js'
import { selfHostedRunner } from './self-hosted-runner.js'
import { unpinnedImages } from './unpinned-images.js'
import { useTrustedPublishing } from './use-trusted-publishing.js'
import { templateInjection } from './template-injection.js'
import { dangerousTriggers } from './dangerous-triggers.js'
import { untrustedCheckout } from './untrusted-checkout.js'
import { pwnRequest } from './pwn-request.js'
import { cachePoisoning } from './cache-poisoning.js'
import { githubEnv } from './github-env.js'
import { unsoundCondition } from './unsound-condition.js'
import { botConditions } from './bot-conditions.js'
import { unsoundContains } from './unsound-contains.js'
import { promptInjection } from './prompt-injection.js'
import { baseImagePolicy } from './base-image-policy.js'
import { githubAppTokenScope } from './github-app-token-scope.js'
import { typosquattedAction } from './typosquatted-action.js'
import { floatingToolVersion } from './floating-tool-version.js'
import { archivedAction } from './archived-action.js'

export const buildRules: AnyRule[] = [invalidWorkflow, unpinnedUses, excessivePermissions]

// Online audits, workflow hygiene and repository Actions settings (issue 3b).
buildRules.push(
  knownVulnerableActions,
  impostorCommit,
  refConfusion,
  refVersionMismatch,
  unpinnedImages,
  artipacked,
  secretsInherit,
  overprovisionedSecrets,
  unredactedSecrets,
  hardcodedContainerCredentials,
  selfHostedRunner,
  insecureCommands,
  downloadExecute,
  useTrustedPublishing,
  debugLogging,
  actionsDefaultPermissions,
  actionsCanApprovePrs,
  actionsAllowedActions,
  actionsShaPinningRequired,
  actionsForkPrApproval,
  releaseEnvironmentProtection
)

// Workflow model and dataflow audits (issue 3a).
buildRules.push(
  templateInjection,
  dangerousTriggers,
  untrustedCheckout,
  pwnRequest,
  cachePoisoning,
  githubEnv,
  unsoundCondition,
  botConditions,
  unsoundContains
)

// AI agents in workflows.
buildRules.push(promptInjection)

// Container images: where base images come from (issue 12).
buildRules.push(baseImagePolicy)

// Offline audits from the second pass (issue 13, item 6).
buildRules.push(githubAppTokenScope, typosquattedAction, floatingToolVersion)

// Online audit from the second pass (issue 13, item 6): read from the action-refs batches, no request of its own.
buildRules.push(archivedAction)
