/** Shared by insecure-commands and debug-logging: runner switches set through `env:` or `$GITHUB_ENV`. */
import type { Location } from '../../model/finding.js'
import type { ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import type { Entry } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { locateInScalar, scanJobs, truthyEnv, workflowEnv } from './step-scan.js'

export interface EnvFlag {
  name: string
  where: string
  how: 'env' | 'github-env'
  value: 'true' | 'expression'
  location: Location
}

export function findEnvFlags(file: ParsedWorkflowFile, names: string[]): EnvFlag[] {
  const wanted = new Set(names.map((name) => name.toUpperCase()))
  const found: EnvFlag[] = []
  const fromEnv = (list: Entry[], where: string): void => {
    for (const item of list) {
      if (!wanted.has(item.key.toUpperCase())) continue
      const value = truthyEnv(file.doc, item.value)
      if (value) found.push({ name: item.key, where, how: 'env', value, location: locate(file, item.keyNode) })
    }
  }
  fromEnv(workflowEnv(file), 'the workflow')
  const pattern = new RegExp(`\\b(${names.join('|')})=(?:"|')?(true|1|yes|on|\\$\\{\\{[^}]*\\}\\})`, 'gi')
  for (const job of scanJobs(file)) {
    const jobWhere = job.id === '(composite action)' ? 'composite action' : `job ${job.id}`
    fromEnv(job.env, jobWhere)
    for (const step of job.steps) {
      fromEnv(step.env, `${jobWhere}, step ${step.index + 1}`)
      if (!step.run || !/GITHUB_ENV/.test(step.run.text)) continue
      for (const match of step.run.text.matchAll(pattern)) {
        const lineEnd = step.run.text.indexOf('\n', match.index)
        const line = step.run.text.slice(match.index, lineEnd === -1 ? undefined : lineEnd)
        if (!/GITHUB_ENV/.test(line)) continue
        found.push({
          name: match[1]!,
          where: `${jobWhere}, step ${step.index + 1}`,
          how: 'github-env',
          value: match[2]!.startsWith('${{') ? 'expression' : 'true',
          location: locateInScalar(file, step.run.node, match.index, match[0].length)
        })
      }
    }
  }
  return found
}
