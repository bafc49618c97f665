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

/** Truthy as GitHub reads an env value: `true`/`1`/`yes`/`on` literally, or any expression (it may be). */
function truthy(text: string | undefined): 'true' | 'expression' | false {
  if (text === undefined) return false
  if (text.includes('${{')) return 'expression'
  return /^(true|1|yes|on)$/i.test(text.trim()) ? 'true' : false
}

export function findEnvFlags(model: WorkflowModel, names: string[]): EnvFlag[] {
  const wanted = new Set(names.map((name) => name.toUpperCase()))
  const found: EnvFlag[] = []
  const fromEnv = (doc: ModelDoc, env: Env, where: string): void => {
    for (const item of env.values()) {
      if (!wanted.has(item.name.toUpperCase())) continue
      const value = truthy(item.value?.value)
      if (value) found.push({ name: item.name, where, how: 'env', value, location: nodeLocation(doc, item.keyNode) })
    }
  }
  const walk = walkOf(model)
  for (const workflow of walk.workflows) fromEnv(workflow, workflow.env, 'the workflow')
  for (const job of walk.jobs) fromEnv(job.workflow, job.env, `job ${job.id}`)
  const pattern = new RegExp(`\\b(${names.join('|')})=(?:"|')?(true|1|yes|on|\\$\\{\\{[^}]*\\}\\})`, 'gi')
  for (const step of walk.steps) {
    const doc = stepDoc(step)
    const where = `${stepOwner(step)}, step ${step.index + 1}`
    fromEnv(doc, step.env, where)
    const run = step.run
    if (!run || !/GITHUB_ENV/.test(run.value)) continue
    for (const match of run.value.matchAll(pattern)) {
      const lineEnd = run.value.indexOf('\n', match.index)
      const line = run.value.slice(match.index, lineEnd === -1 ? undefined : lineEnd)
      if (!/GITHUB_ENV/.test(line)) continue
      found.push({
        name: match[1]!,
        where,
        how: 'github-env',
        value: match[2]!.startsWith('${{') ? 'expression' : 'true',
        location: strLocation(doc, run, match.index, match.index + match[0].length)
      })
    }
  }
  return found
}
