/**
 * Knowledge tables, in one place: events outsiders can trigger, and the known actions and commands each
 * analysis and rule reads, every entry with a note and its source (see known.ts).
 */
export { OUTSIDER_EVENTS, type OutsiderEvent } from './events.js'
export { actionSource, byAction, anyCommand, actionPattern, type KnownAction, type KnownCommand } from './known.js'
export {
  PUBLISHING_ACTIONS,
  PUBLISH_COMMANDS,
  RELEASE_SECRET_ACTIONS,
  RELEASE_SECRET_COMMANDS,
  TRUSTED_PUBLISHING_REGISTRIES,
  TRUSTED_PUBLISHING_ACTIONS,
  LONG_LIVED_CREDENTIAL_INPUTS,
  type TrustedPublishingRegistry,
  type TrustedPublishingAction,
  type LongLivedCredentialInput
} from './publishing.js'
export { BOT_IDS } from './bot-ids.js'
export { CACHING_ACTIONS, type CachingAction } from './caches.js'
export {
  CODE_INPUT_ACTIONS,
  EXECUTING_ACTIONS,
  INSTALLING_SETUP_ACTIONS,
  BUILD_TOOLS,
  type CodeInputAction,
  type InstallingSetupAction,
  type BuildTool
} from './code-execution.js'
export { AI_AGENT_ACTIONS, type AgentAction } from './ai-agents.js'
export { TAINTED_OUTPUT_ACTIONS, type TaintedOutputAction } from './tainted-outputs.js'
export { ARTIFACT_UPLOADERS, ARTIFACT_DOWNLOADERS } from './artifacts.js'
export { GIT_PUSHING_ACTIONS, GIT_PUSHING_COMMANDS } from './git-pushes.js'
export { TOKEN_SCOPE_ACTIONS, TOKENLESS_ACTIONS, TOKEN_SCOPE_COMMANDS, type ScopedAction, type ScopedCommand } from './token-scopes.js'
export { TAG_PINNED_WORKFLOWS, GITHUB_ACTION_OWNERS, type TagPinnedWorkflow, type KnownOwner } from './pinning.js'
