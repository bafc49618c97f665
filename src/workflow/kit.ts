/**
 * The rule kit for workflow rules: `defineWorkflowRule` declares the model as a need, walks it once per
 * model (the walk is memoised on the model object and shared by every rule) and hands each rule the levels
 * it asks for — the model, each workflow, each job, each step (workflow jobs' and composite actions'),
 * each action — with the model already unwrapped (the engine runs a rule only when the model is known).
 * Plus the small step readers every rule needs (`input`, `usesAction`, `stepOwner`), and the related
 * locations a finding points at besides its own (`triggerLocations`, `stepLocation`, `related`).
 */
import type { FactDef } from '../model/fact.js'
import type { Location, RelatedLocation } from '../model/finding.js'
import type { Rule, RuleContext, RuleResult } from '../model/rule.js'
import { ObjectMemo } from '../object-memo.js'
import { nodeLocation, stepDoc, strLocation, workflowModelFact } from './model.js'
import type { ActionDoc, Job, Step, Str, WorkflowDoc, WorkflowModel } from './types.js'

/** Everything a rule may visit, in source order: workflows, their jobs, every step, actions. */
export interface Walk {
  workflows: WorkflowDoc[]
  jobs: Job[]
  /** Steps of workflow jobs, then of composite actions. */
  steps: Step[]
  actions: ActionDoc[]
}

const walks = new ObjectMemo<WorkflowModel, Walk>()

export function walkOf(model: WorkflowModel): Walk {
  let walk = walks.get(model)
  if (!walk) {
    const jobs = model.workflows.flatMap((workflow) => workflow.jobs)
    const steps = [...jobs.flatMap((job) => job.steps), ...model.actions.flatMap((action) => action.runs?.steps ?? [])]
    walk = { workflows: model.workflows, jobs, steps, actions: model.actions }
    walks.set(model, walk)
  }
  return walk
}

/** What each visitor gets besides the item: the model, the rule's options and the engine's context. */
export interface VisitContext<Options> extends RuleContext<Options> {
  model: WorkflowModel
}

type Visit<T, Options> = (item: T, ctx: VisitContext<Options>) => RuleResult[] | RuleResult | null | undefined | void

export interface WorkflowRuleSpec<Options extends object> extends Omit<Rule<Options>, 'needs' | 'evaluate'> {
  /** Facts needed besides the workflow model. */
  needs?: FactDef<unknown>[]
  model?: Visit<WorkflowModel, Options>
  workflow?: Visit<WorkflowDoc, Options>
  job?: Visit<Job, Options>
  step?: Visit<Step, Options>
  action?: Visit<ActionDoc, Options>
  /** Applied to all results at the end (e.g. `dedupeResults`). */
  finish?: (results: RuleResult[]) => RuleResult[]
}

export function defineWorkflowRule<Options extends object = Record<string, never>>(spec: WorkflowRuleSpec<Options>): Rule<Options> {
  const { model: onModel, workflow: onWorkflow, job: onJob, step: onStep, action: onAction, finish, needs, ...rule } = spec
  return {
    ...rule,
    needs: [workflowModelFact, ...(needs ?? [])],
    evaluate(ctx) {
      const model = ctx.need(workflowModelFact)
      const visit: VisitContext<Options> = { ...ctx, model }
      const results: RuleResult[] = []
      const add = (out: RuleResult[] | RuleResult | null | undefined | void): void => {
        if (!out) return
        if (Array.isArray(out)) results.push(...out)
        else results.push(out)
      }
      const walk = walkOf(model)
      if (onModel) add(onModel(model, visit))
      if (onWorkflow) for (const workflow of walk.workflows) add(onWorkflow(workflow, visit))
      if (onJob) for (const job of walk.jobs) add(onJob(job, visit))
      if (onStep) for (const step of walk.steps) add(onStep(step, visit))
      if (onAction) for (const action of walk.actions) add(onAction(action, visit))
      return finish ? finish(results) : results
    }
  }
}

/** A `with:` input of a step as a string value (numbers and booleans as text), or undefined. */
export function input(step: Step, name: string): Str | undefined {
  return step.with.get(name)?.value ?? undefined
}

/** Whether a step uses one of the named actions (`owner/repo` or `owner/repo/path`, any ref), case-insensitively. */
export function usesAction(step: Step, ...names: string[]): boolean {
  const uses = step.uses
  if (!uses || uses.kind !== 'remote') return false
  return names.some((name) => name.toLowerCase() === uses.name)
}

/** `job <id>` for a workflow step, `composite action` for an action's. */
export function stepOwner(step: Step): string {
  return step.job ? `job ${step.job.id}` : 'composite action'
}

/** The steps of the same job (or composite action) as `step`. */
export function siblingSteps(step: Step): Step[] {
  return step.job ? step.job.steps : (step.action?.runs?.steps ?? [])
}

/** Another place a finding involves, with what it is there (SARIF `relatedLocations`, annotations, text). */
export function related(location: Location, message: string): RelatedLocation {
  return { location, message }
}

/** The workflow's triggers among `events`, as related locations: `trigger pull_request_target: <why>`. */
export function triggerLocations(workflow: WorkflowDoc, events: readonly string[], why = ''): RelatedLocation[] {
  return workflow.triggers
    .filter((trigger) => events.includes(trigger.event))
    .map((trigger) => related(nodeLocation(workflow, trigger.node), `trigger ${trigger.event}${why ? `: ${why}` : ''}`))
}

/** Where a step is, for a related location: its `uses:` value, else the first line of its `run:`, else the step. */
export function stepLocation(step: Step): Location {
  const doc = stepDoc(step)
  if (step.uses) return nodeLocation(doc, step.uses.node)
  if (step.run) {
    const firstLine = step.run.value.search(/\S.*$/m)
    const start = Math.max(0, firstLine)
    const end = step.run.value.indexOf('\n', start)
    return strLocation(doc, step.run, start, end < 0 ? step.run.value.length : end)
  }
  return nodeLocation(doc, step.node)
}
