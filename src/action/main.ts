/**
 * The action: inputs -> check -> job summary, annotations, SARIF and JSON files, outputs; `setFailed` once.
 * Exit status: 0 pass, 1 policy violated, 2 configuration error, 3 internal error.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { check } from '../check.js'
import { ConfigurationError, EXIT_CONFIGURATION_ERROR, EXIT_INTERNAL_ERROR, EXIT_PASS, EXIT_POLICY_VIOLATED, OutputError } from '../model/errors.js'
import { annotationsFor } from '../report/annotations.js'
import { jsonChunks } from '../report/json.js'
import { writeReportFile } from '../report/stream.js'
import { toSarif } from '../report/sarif.js'
import { findingLines } from '../report/text.js'
import { jsonText, textField } from '../report/escape.js'
import { MAX_SARIF_RESULTS, sarifCapNotice, sarifResultCount } from '../report/sarif-limits.js'
import type { CheckReport } from '../report/types.js'
import { readInputs } from './inputs.js'
import { logUntrusted } from './log.js'
import { useSynchronousStdio } from '../runtime/sync-stdio.js'
import { checkProxyEnv, redactProxyCredentials } from '../runtime/proxy.js'

export async function run(env: Record<string, string | undefined> = process.env, options: { synchronousStdio?: boolean } = {}): Promise<number> {
  // The runner's process (dist/index.js), before anything is written: @actions/core writes to process.stdout.
  if (options.synchronousStdio) useSynchronousStdio()
  try {
    checkProxyEnv(env) // a bad HTTPS_PROXY is a configuration error before anything is sent
    const inputs = await readInputs(env)
    const outcome = await check({
      path: inputs.path,
      displayPath: path.relative(inputs.workspace, inputs.path) || '.',
      ...(inputs.policyPath ? { policyPath: inputs.policyPath } : {}),
      ...(inputs.repository ? { repository: inputs.repository } : {}),
      ...(inputs.ref ? { ref: inputs.ref } : {}),
      ...(inputs.sha ? { sha: inputs.sha } : {}),
      ...(inputs.token ? { token: inputs.token } : {}),
      ...(inputs.elevatedToken ? { elevatedToken: inputs.elevatedToken } : {}),
      apiUrl: inputs.apiUrl,
      api: inputs.api,
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.onUnknown ? { onUnknown: inputs.onUnknown } : {}),
      event: inputs.event,
      ...(inputs.advisories ? { advisories: inputs.advisories } : {}),
      ...(inputs.osvUrl ? { osvUrl: inputs.osvUrl } : {}),
      ...(inputs.osvCacheDir ? { osvCacheDir: inputs.osvCacheDir } : {}),
      ...(inputs.sbomPaths.length > 0 ? { sbomPaths: inputs.sbomPaths, sbomOutsideWorkspace: true, sbomOnly: inputs.sbomOnly } : {}),
      ...(inputs.images.length > 0 ? { images: inputs.images } : {}),
      ...(inputs.dockerConfigDir ? { dockerConfigDir: inputs.dockerConfigDir } : {}),
      // debug, warning and error are workflow commands whose data @actions/core escapes; info is a raw line.
      log: { debug: core.debug, info: (message) => logUntrusted([textField(message)]), warn: core.warning, error: core.error }
    })
    // The attest step (and its sign/verify code) is loaded only when signing or verification is asked for.
    if (inputs.attest.verify) {
      // verification failures join the report's findings; image vulnerabilities (verify-policy) use the check's advisory inputs
      const advisories = {
        ...(inputs.advisories ? { advisories: inputs.advisories } : {}),
        ...(inputs.osvUrl ? { osvUrl: inputs.osvUrl } : {}),
        ...(inputs.osvCacheDir ? { osvCacheDir: inputs.osvCacheDir } : {}),
        ...(inputs.token ? { token: inputs.token } : {}),
        apiUrl: inputs.apiUrl
      }
      await (await import('./attest-step.js')).verifyStep(inputs.attest, outcome, env, advisories)
    }
    const { report } = outcome
    const textOf = (file: string): string | undefined => outcome.workspace.cachedText(file)
    // Both paths were resolved by their real path (inputs.ts); the files are never opened through a link.
    writeReportFile(inputs.reportJson, jsonChunks(report), inputs.reportJson)
    writeReportFile(inputs.sarifFile, [`${jsonText(JSON.stringify(toSarif(report, outcome.rules, { textOf }), null, 2))}\n`], inputs.sarifFile)
    core.startGroup(
      `chaingate: ${report.counts.fail} failed, ${report.counts.unknown} unknown, ${report.counts.pass} passed${report.counts.belowMinConfidence !== undefined ? `, ${report.counts.belowMinConfidence} left out by min-confidence` : ''}`
    )
    // Finding lines quote the repository (names, paths, `uses:` values): never read as workflow commands.
    logUntrusted(report.findings.flatMap((finding) => [...findingLines(finding)]))
    core.endGroup()
    const sarifTotal = sarifResultCount(report)
    if (sarifTotal > MAX_SARIF_RESULTS) core.warning(sarifCapNotice(sarifTotal))
    if (inputs.annotations) {
      for (const annotation of annotationsFor(report)) {
        const { level, message, ...properties } = annotation
        if (level === 'error') core.error(message, properties)
        else if (level === 'warning') core.warning(message, properties)
        else core.notice(message, properties)
      }
    }
    core.setOutput('verdict', report.verdict)
    core.setOutput('failed-count', report.counts.fail)
    core.setOutput('unknown-count', report.counts.unknown)
    core.setOutput('report-json', inputs.reportJson)
    core.setOutput('sarif-file', inputs.sarifFile)
    if (inputs.vexOut) await writeVex(inputs.vexOut, report)
    // The SBOM (input sbom: cyclonedx|spdx) is written whatever the verdict; sign: sbom signs that document.
    const sbom = inputs.attest.sbomOutput
      ? await (
          await import('./sbom-step.js')
        ).sbomStep(inputs.attest.sbomOutput, inputs.path, inputs.workspace, env, inputs.attest.sign.includes('sbom') && !inputs.attest.sbom)
      : undefined
    if (inputs.attest.sign.length > 0) await (await import('./attest-step.js')).signStep(inputs.attest, outcome, env, inputs.token, inputs.apiUrl, sbom) // signs only a passing verdict unless sign-on-fail
    // The Markdown renderer is loaded only for a job summary (cold start).
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) await writeSummary((await import('../report/markdown.js')).toMarkdown(report))
    if (report.verdict === 'fail') {
      core.setFailed(`chaingate: policy violated (${report.counts.failing} finding${report.counts.failing === 1 ? '' : 's'} over the threshold)`)
      return EXIT_POLICY_VIOLATED
    }
    return EXIT_PASS
  } catch (error) {
    // No message shows a proxy's credentials, whoever wrote it (src/runtime/proxy.ts).
    if (error instanceof ConfigurationError) {
      core.setFailed(`chaingate: ${redactProxyCredentials(error.oneLine(), env)}`)
      return EXIT_CONFIGURATION_ERROR
    }
    if (error instanceof OutputError) {
      core.setFailed(`chaingate: ${redactProxyCredentials(error.message, env)}`)
      return EXIT_INTERNAL_ERROR
    }
    core.setFailed(
      `chaingate: internal error (please report it): ${redactProxyCredentials(error instanceof Error ? (error.stack ?? error.message) : String(error), env)}`
    )
    return EXIT_INTERNAL_ERROR
  }
}

/** Input `vex-out`: the waivers in force on vulnerability findings as OpenVEX (output `vex-file`); none in force, no file. */
async function writeVex(file: string, report: CheckReport): Promise<void> {
  // Loaded only here: the VEX code brings packageurl-js.
  const document = (await import('../advisories/vex-apply.js')).effectiveVex(report, new Date().toISOString())
  if (!document) {
    core.info(`chaingate: no waiver in force on a vulnerability finding: no VEX document written to ${textField(file)}`)
    return
  }
  writeReportFile(file, [`${JSON.stringify(document, null, 2)}\n`], file)
  core.setOutput('vex-file', file)
}

async function writeSummary(markdown: string): Promise<void> {
  // The summary is not worth failing the gate over.
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`)
  }
}
