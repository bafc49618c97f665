/** Shared by insecure-commands and debug-logging: runner switches set through `env:` or `$GITHUB_ENV`. */
import type { Location } from '../../model/finding.js'
import { nodeLocation, stepDoc, strLocation, type Env, type ModelDoc, type WorkflowModel } from '../../workflow/index.js'
import { stepOwner, walkOf } from '../../workflow/kit.js'

export interface EnvFlag {
  name: string
  where: string
  how: 'env' | 'github-env'
  value: 'true' | 'expression'
  location: Location
}

/** How the runner reads a switch's value: whether a literal text turns it on. */
export type Reading = (text: string) => boolean

/** Loosely: `true`/`1`/`yes`/`on`. */
export const LOOSE_TRUE: Reading = (text) => /^(true|1|yes|on)$/i.test(text.trim())

/**
 * .NET's `bool.TryParse`, which the runner applies to `ACTIONS_ALLOW_UNSECURE_COMMANDS`
 * (src/Runner.Worker/ActionCommandManager.cs, SetEnvCommandExtension / AddPathCommandExtension): only `true`
 * in any letter case, surrounding white space ignored; `1`, `yes`, `on` are false.
 */
export const DOTNET_TRUE: Reading = (text) => /^true$/i.test(text.trim())

/** Whether an env value turns the switch on: a literal the reading accepts, or any expression (it may). */
function truthy(text: string | undefined, reading: Reading): 'true' | 'expression' | false {
  if (text === undefined) return false
  if (text.includes('${{')) return 'expression'
  return reading(text) ? 'true' : false
}

export function findEnvFlags(model: WorkflowModel, names: string[], reading: Reading = LOOSE_TRUE): EnvFlag[] {
  const wanted = new Set(names.map((name) => name.toUpperCase()))
  const found: EnvFlag[] = []
  const fromEnv = (doc: ModelDoc, env: Env, where: string): void => {
    for (const item of env.values()) {
      if (!wanted.has(item.name.toUpperCase())) continue
      const value = truthy(item.value?.value, reading)
      if (value) found.push({ name: item.name, where, how: 'env', value, location: nodeLocation(doc, item.keyNode) })
    }
  }
  const walk = walkOf(model)
  for (const workflow of walk.workflows) fromEnv(workflow, workflow.env, 'the workflow')
  for (const job of walk.jobs) fromEnv(job.workflow, job.env, `job ${job.id}`)
  const pattern = new RegExp(`\\b(${names.join('|')})=(?:"|')?(\\$\\{\\{[^}]*\\}\\}|[^\\s"';&|>]+)`, 'gi')
  for (const step of walk.steps) {
    const doc = stepDoc(step)
    const where = `${stepOwner(step)}, step ${step.index + 1}`
    fromEnv(doc, step.env, where)
    const run = step.run
    if (!run || !/GITHUB_ENV/.test(run.value)) continue
    for (const match of run.value.matchAll(pattern)) {
      const lineEnd = run.value.indexOf('\n', match.index)
      const line = run.value.slice(match.index, lineEnd === -1 ? undefined : lineEnd)
      const value = truthy(match[2]!, reading)
      if (!/GITHUB_ENV/.test(line) || !value) continue
      found.push({
        name: match[1]!,
        where,
        how: 'github-env',
        value,
        location: strLocation(doc, run, match.index, match.index + match[0].length)
      })
    }
  }
  return found
}
