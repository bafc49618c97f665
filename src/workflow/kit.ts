/**
 * The rule kit for workflow rules: `defineWorkflowRule` declares the model as a need, walks it once per
 * model (the walk is memoised on the model object and shared by every rule) and hands each rule the levels
 * it asks for — the model, each workflow, each job, each step (workflow jobs' and composite actions'),
 * each action — with the model already unwrapped (the engine runs a rule only when the model is known).
 * Plus the small step readers every rule needs (`input`, `usesAction`, `stepOwner`).
 */
import type { FactDef } from '../model/fact.js'
import type { Rule, RuleContext, RuleResult } from '../model/rule.js'
import { ObjectMemo } from '../object-memo.js'
import { workflowModelFact } from './model.js'
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
