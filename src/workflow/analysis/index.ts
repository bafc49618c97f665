/**
 * Analyses shared by the workflow audits, one module per question: who can trigger a workflow
 * (`triggers.ts`), what a job's token and secrets reach (`token.ts`, `permission-needs.ts`), which gates
 * guard a job (`gates.ts`, `grades.ts`), where attacker text flows (`taint.ts`), which steps bring a pull
 * request's code onto the runner and what runs it (`untrusted-code.ts`), publishing (`publishing.ts`) and
 * cache restores (`caches.ts`). Import from here (or from `src/workflow/index.js`).
 */
export { eventNames, privilegedUntrustedEvents, workflowRunReachable, forkReachable } from './triggers.js'
export { ALL_SCOPES, tokenGrant, jobExpressionStrings, secretsUsed, type TokenGrant } from './token.js'
export { scopeNeeds, type ScopeNeeds } from './permission-needs.js'
export { gatesFor, blocksForks, type Gate, type GateKind } from './gates.js'
export { applyGates, lower, maxGrade, type Grade } from './grades.js'
export { TaintTracker, trackerFor, inertOutput, writtenNames, localCallers, type Taint, type TaintLevel, type TaintSite } from './taint.js'
export { untrustedCheckouts, outsiderInputIn, executionsAfter, type UntrustedCheckout, type Execution } from './untrusted-code.js'
export { publishingSteps, publishCommands, publishingAction, REGISTRIES, type Evidence, type PublishCommand } from './publishing.js'
export { cacheRestores, ancestors, actionVersion, actionMajor, publishingTrigger, type CacheUse } from './caches.js'
export { refSpan, findNodes, entryNode } from './expression-helpers.js'
