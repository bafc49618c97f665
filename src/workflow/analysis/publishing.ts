/** Publishing: steps that publish or release something (registry uploads, releases, pages, signing). */
import { anyCommand, PUBLISH_COMMANDS, PUBLISHING_ACTIONS } from '../data/index.js'
import type { Job, Step } from '../types.js'

const PUBLISH_COMMAND = anyCommand(PUBLISH_COMMANDS)

const PUBLISH_ACTIONS = new Set(PUBLISHING_ACTIONS.map((entry) => entry.action))

export interface Evidence {
  step: Step
  what: string
}

/** Steps of a job that publish or release something. */
export function publishingSteps(job: Job): Evidence[] {
  const out: Evidence[] = []
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name })
      else if (step.uses.name === 'docker/build-push-action' && step.with.get('push')?.value?.value === 'true') out.push({ step, what: 'docker/build-push-action with push: true' })
    } else if (step.run) {
      const match = PUBLISH_COMMAND.exec(step.run.value)
      if (match) out.push({ step, what: `\`${match[0].trim()}\`` })
    }
  }
  return out
}
