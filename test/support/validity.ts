/**
 * The differential check of workflow validity: which files GitHub's own parser (`@actions/workflow-parser`:
 * YAML, schema, conversion) refuses and which chaingate calls `invalid-workflow`. Used by
 * `__tests__/workflow/validity-differential.test.ts` (generated corpus and fixtures) and by
 * `bench/workflow-validity.mjs` (the real-world corpus).
 */
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser'
import { parseWorkflowText } from '../../src/workspace/workflow-files.js'

export interface Verdict {
  file: string
  /** GitHub's parser's errors (empty: accepted). */
  github: string[]
  /** chaingate's `invalid-workflow` reason, or null (accepted). */
  chaingate: string | null
  /** For a disagreement: the explained category it falls in, or null when unexplained. */
  explained: string | null
}

/**
 * Disagreements that are understood, each with why. chaingate's model is built from the YAML as GitHub
 * parses it and refuses what GitHub's parser refuses at the YAML level (syntax, duplicate keys, several
 * documents, merge keys). It does not re-implement the workflow schema's type checks: a file GitHub would
 * refuse for a schema reason is still audited (its rules see what they understand), which is the safe side
 * for a gate — the categories below are the only ones allowed in the differential runs.
 */
export const EXPLAINED: Array<{ id: string; why: string; github: RegExp }> = [
  {
    id: 'schema-value',
    why: 'a key or value the workflow schema does not allow (e.g. `paths:` under `merge_group`, an empty `tags:`, `type: int` for an input): GitHub refuses the file at schema validation; chaingate audits what it can read',
    github:
      /Unexpected value|A mapping was not expected|A sequence was not expected|Required property is missing|There's not enough info to determine|is not allowed|Unknown/
  },
  {
    id: 'schema-type',
    why: "a value of another type than the schema expects (a number for a string input default; `env: ${{ … }}` for a job or step env, which GitHub's server accepts but the language-services schema refuses)",
    github: /Unexpected type '\w+' encountered while reading/
  },
  {
    id: 'cron',
    why: 'a `schedule` cron that the language service refuses (e.g. written as a block scalar with a trailing newline); it is not a YAML or model question',
    github: /Invalid cron expression/
  },
  {
    id: 'expression',
    why: 'an expression GitHub refuses (unknown function or context, bad syntax) in a value; chaingate parses expressions per rule and reports the ones it cannot read where it uses them',
    github:
      /Unrecognized (named-value|function)|Unexpected symbol|Unexpected end of expression|Expected|Invalid format string|Too few parameters|Too many parameters|Unexpected character/
  },
  {
    id: 'job-conversion',
    why: "a job GitHub's converter cannot build (e.g. an unterminated `${{` in `runs-on` and `uses: @@@`): it refuses the workflow with no job left; chaingate audits the file and its rules report the broken values they read (an unparseable `uses:`)",
    github: /Unable to create a unique name|must contain at least one job with no dependencies/
  }
]

export async function githubErrors(name: string, content: string): Promise<string[]> {
  try {
    const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
    const errors = result.context.errors.getErrors().map((error) => error.message)
    if (result.value) {
      const template = await convertWorkflowTemplate(result.context, result.value)
      for (const error of template.errors ?? []) errors.push(String((error as { Message?: string }).Message ?? error))
    }
    return [...new Set(errors)]
  } catch (error) {
    return [`threw: ${(error as Error).message}`]
  }
}

export async function verdict(file: string, content: string): Promise<Verdict> {
  const github = await githubErrors(file.split('/').pop()!, content)
  const ours = parseWorkflowText(file, 'workflow', content)
  const chaingate = ours.ok ? null : ours.failure.message
  let explained: string | null = null
  if (github.length > 0 && chaingate === null) {
    // Every error must fall in some explained category for the disagreement to count as explained.
    const categories = github.map((message) => EXPLAINED.find((category) => category.github.test(message))?.id ?? null)
    if (categories.every((id) => id !== null)) explained = [...new Set(categories)].join('+')
  }
  return { file, github, chaingate, explained }
}

export function disagrees(v: Verdict): boolean {
  return v.github.length > 0 !== (v.chaingate !== null)
}
