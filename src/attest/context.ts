/**
 * What a statement says about the run that made it, from the runner's variables (build facts, the verdict's
 * policy and resource), and the Sigstore service URLs of a signing instance. Shared by the `sign` command and
 * the action's attest and SBOM steps (the action never imports the CLI). No Sigstore code here.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import type { CheckReport } from '../report/types.js'
import type { BuildContext, VerdictContext } from './statement.js'

type Env = Record<string, string | undefined>

/** The GitHub Actions build facts, from the runner's variables. */
export function buildContext(env: Env): Partial<BuildContext> {
  const pick = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value ? ({ [key]: value } as Record<K, string>) : {})
  return {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    ...pick('repository', env.GITHUB_REPOSITORY),
    ...pick('ref', env.GITHUB_REF),
    ...pick('sha', env.GITHUB_SHA),
    ...pick('workflowRef', env.GITHUB_WORKFLOW_REF),
    ...pick('eventName', env.GITHUB_EVENT_NAME),
    ...pick('runId', env.GITHUB_RUN_ID),
    ...pick('runAttempt', env.GITHUB_RUN_ATTEMPT),
    ...pick('repositoryId', env.GITHUB_REPOSITORY_ID),
    ...pick('repositoryOwnerId', env.GITHUB_REPOSITORY_OWNER_ID),
    ...pick('runnerEnvironment', env.RUNNER_ENVIRONMENT)
  }
}

/** What the verification summary says about the policy and the resource, from the run's variables. */
export function verdictContext(report: CheckReport, env: Env, workspaceRoot?: string): VerdictContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = report.target.repository ?? env.GITHUB_REPOSITORY
  const sha = env.GITHUB_SHA
  const resourceUri = repository ? `git+${server}/${repository}${sha ? `@${sha}` : ''}` : `file:${report.target.path}`
  const embedded = report.policy.source === 'embedded default'
  const policyUri = embedded
    ? `chaingate:preset/${report.policy.extends}`
    : repository
      ? `${server}/${repository}/blob/${sha ?? 'HEAD'}/${report.policy.source}`
      : `file:${report.policy.source}`
  let policyDigest: Record<string, string> | undefined
  if (!embedded && workspaceRoot) {
    try {
      const bytes = fs.readFileSync(path.resolve(workspaceRoot, report.policy.source))
      policyDigest = { sha256: crypto.createHash('sha256').update(bytes).digest('hex') }
    } catch {
      policyDigest = undefined
    }
  }
  return { timeVerified: new Date().toISOString(), policyUri, resourceUri, ...(policyDigest ? { policyDigest } : {}) }
}

interface ServiceValues {
  'fulcio-url'?: string
  'rekor-url'?: string
  'tsa-url'?: string
  instance?: string
}

/** Service URLs: given ones win; with none, the instance's defaults (public-good: Fulcio + Rekor; github: Fulcio + TSA). */
export function resolveServices(
  values: ServiceValues,
  validate: (name: string, url: string) => void
): { fulcioUrl: string; witnesses: { rekorUrl?: string; tsaUrl?: string }; witnessesForKey: { rekorUrl?: string; tsaUrl?: string } } {
  const instance = values.instance ?? 'public-good'
  if (instance !== 'public-good' && instance !== 'github')
    throw new ConfigurationError(`--instance must be public-good or github, got ${JSON.stringify(instance)}`)
  for (const name of ['fulcio-url', 'rekor-url', 'tsa-url'] as const) {
    const value = values[name]
    if (value !== undefined) validate(name, value)
  }
  const defaults =
    instance === 'github'
      ? { fulcio: 'https://fulcio.githubapp.com', tsa: 'https://timestamp.githubapp.com' }
      : { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' }
  const explicitWitness = values['rekor-url'] !== undefined || values['tsa-url'] !== undefined
  const witnesses = explicitWitness
    ? { ...(values['rekor-url'] ? { rekorUrl: values['rekor-url'] } : {}), ...(values['tsa-url'] ? { tsaUrl: values['tsa-url'] } : {}) }
    : { ...('rekor' in defaults ? { rekorUrl: defaults.rekor } : {}), ...('tsa' in defaults ? { tsaUrl: defaults.tsa } : {}) }
  // A key needs no witness; it gets the ones asked for explicitly.
  const witnessesForKey = explicitWitness ? witnesses : {}
  return { fulcioUrl: values['fulcio-url'] ?? defaults.fulcio, witnesses, witnessesForKey }
}
