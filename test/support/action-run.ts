/**
 * Runs the action's `run()` in the test's own process, as a runner would start it: `INPUT_*` variables from
 * the inputs, a fresh `RUNNER_TEMP` with a `GITHUB_OUTPUT` file, standard output captured (@actions/core logs
 * there). Returns the exit code, the log, the step outputs and the JSON report when one was written.
 */
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../../src/action/main.js'
import type { CheckReport } from '../../src/report/types.js'
import { setEnv } from './sigstore/cli.js'

export interface ActionRun {
  code: number
  log: string
  /** The GITHUB_OUTPUT file's text. */
  outputText: string
  /** The outputs written in the heredoc form `name<<DELIMITER`. */
  outputs: Record<string, string>
  report: CheckReport | null
}

export function outputsOf(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return outputs
}

/**
 * `tempParent`: where RUNNER_TEMP is made; `env`: variables set for the run (undefined unsets), applied before
 * the inputs. Defaults: a push event without a payload, no token, no annotations and no job summary.
 */
export async function runActionInProcess(options: {
  workspace: string
  tempParent: string
  inputs: Record<string, string>
  env?: Record<string, string | undefined>
}): Promise<ActionRun> {
  const temp = fs.mkdtempSync(path.join(options.tempParent, 'runner-temp-'))
  const outputFile = path.join(temp, 'github-output')
  fs.writeFileSync(outputFile, '')
  const restore = setEnv({
    GITHUB_STEP_SUMMARY: undefined,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: undefined,
    INPUT_TOKEN: '',
    INPUT_ANNOTATIONS: 'false',
    INPUT_SUMMARY: 'false',
    ...options.env,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  })
  const write = process.stdout.write
  let log = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    const code = await run(process.env)
    process.exitCode = undefined // core.setFailed sets it in jest's own process
    const reportFile = path.join(temp, 'chaingate', 'chaingate-report.json')
    const outputText = fs.readFileSync(outputFile, 'utf8')
    return {
      code,
      log,
      outputText,
      outputs: outputsOf(outputText),
      report: fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as CheckReport) : null
    }
  } finally {
    process.stdout.write = write
    restore()
  }
}
