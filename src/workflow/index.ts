/** The workflow model: see README.md in this folder. */
export * from './types.js'
export {
  buildWorkflow,
  buildAction,
  parseUses,
  parseUsesText,
  allExpressionStrings,
  sourceSpan,
  conditionExpressions,
  expressionNodeSpan,
  isAliasStandIn
} from './build.js'
export { buildModel, workflowModelFact, nodeLocation, expressionLocation, strLocation, scriptLocation, scriptPath, stepDoc } from './model.js'
export { scanExpressions, parseExpression, contextRefs, valueRefs, calls, walkExpression, type ExprNode, type ExpressionSpan } from './expressions.js'
export { capabilityOf, eventsCarrying, isInertContext, FORK_REACHABLE_EVENTS, PRIVILEGED_UNTRUSTED_EVENTS, type Capability } from './contexts.js'
export {
  commands,
  words,
  scriptCalls,
  codeExecutions,
  envFileWrites,
  expandedVariables,
  logicalLines,
  type LogicalLine,
  type Command,
  type ToolUse,
  type EnvFileWrite
} from './shell.js'
export {
  eventNames,
  privilegedUntrustedEvents,
  workflowRunReachable,
  forkReachable,
  ALL_SCOPES,
  tokenGrant,
  jobExpressionStrings,
  secretsUsed,
  gatesFor,
  blocksForks,
  applyGates,
  lower,
  maxGrade,
  TaintTracker,
  trackerFor,
  writtenNames,
  localCallers,
  untrustedCheckouts,
  outsiderInputIn,
  executionsAfter,
  publishingSteps,
  publishCommands,
  publishingAction,
  cacheRestores,
  actionVersion,
  actionMajor,
  publishingTrigger,
  ancestors,
  refSpan,
  findNodes,
  entryNode,
  type TokenGrant,
  type Gate,
  type GateKind,
  type Grade,
  type Taint,
  type TaintLevel,
  type TaintSite,
  type UntrustedCheckout,
  type Execution,
  type Evidence,
  type CacheUse,
  type PublishCommand
} from './analysis/index.js'
export { scopeNeeds, type ScopeNeeds } from './analysis/permission-needs.js'
export { cacheWritersFact, findCacheWriters, runsUntrustedCode } from './cache-writers.js'
