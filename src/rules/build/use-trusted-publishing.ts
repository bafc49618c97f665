/**
 * Long-lived registry tokens and cloud keys where the registry or cloud accepts the workflow's OIDC
 * identity instead (npm, PyPI, RubyGems, crates.io, NuGet trusted publishing; AWS, Google Cloud and Azure
 * workload identity federation).
 */
import type { Location } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { nodeLocation, stepDoc, type Step, type ValueEntry, type WorkflowModel } from '../../workflow/index.js'
import { defineWorkflowRule, usesAction, walkOf } from '../../workflow/kit.js'
import { LONG_LIVED_CREDENTIAL_INPUTS, TRUSTED_PUBLISHING_REGISTRIES } from '../../workflow/data/index.js'

const SECRET_REF = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/

const PUBLISHERS = TRUSTED_PUBLISHING_REGISTRIES

interface Hit {
  location: Location
  message: string
}

/** The stored secret an entry reads; the GITHUB_TOKEN (short-lived, e.g. for GitHub Packages) is not one. */
function secretName(item: ValueEntry): string | undefined {
  const name = SECRET_REF.exec(item.value?.value ?? '')?.[1]
  return name && name.toUpperCase() !== 'GITHUB_TOKEN' ? name : undefined
}

function actionInputs(step: Step): Hit[] {
  const doc = stepDoc(step)
  const hits: Hit[] = []
  for (const known of LONG_LIVED_CREDENTIAL_INPUTS) {
    if (!usesAction(step, known.action)) continue
    const entry = step.with.get(known.input)
    if (entry?.value && SECRET_REF.test(entry.value.value)) hits.push({ location: nodeLocation(doc, entry.keyNode), message: known.note })
  }
  return hits
}

/** Long-lived credentials where a short-lived one would do, for every step of the model. */
export function publishingHits(model: WorkflowModel): Hit[] {
  const hits: Hit[] = []
  for (const step of walkOf(model).steps) {
    const doc = stepDoc(step)
    const jobId = step.job?.id ?? '(composite action)'
    hits.push(...actionInputs(step))
    const env = [...(step.job?.workflow.env.values() ?? []), ...(step.job?.env.values() ?? []), ...step.env.values()]
    // Cloud keys in env: long-lived whatever the step does.
    for (const item of step.env.values()) {
      const name = secretName(item)
      if (!name) continue
      if (/^AWS_SECRET_ACCESS_KEY$/i.test(item.name)) hits.push({ location: nodeLocation(doc, item.keyNode), message: `step ${step.index + 1} of ${jobId} puts a long-lived AWS secret key (secrets.${name}) in the environment; use aws-actions/configure-aws-credentials with role-to-assume (OIDC)` })
      if (/^(GOOGLE_CREDENTIALS|GCP_SA_KEY|GOOGLE_APPLICATION_CREDENTIALS_JSON|GCLOUD_SERVICE_KEY)$/i.test(item.name)) hits.push({ location: nodeLocation(doc, item.keyNode), message: `step ${step.index + 1} of ${jobId} puts a Google Cloud service account key (secrets.${name}) in the environment; use Workload Identity Federation` })
    }
    if (!step.run) continue
    const run = step.run
    for (const publisher of PUBLISHERS) {
      if (!publisher.command.test(run.value)) continue
      const token = env.find((item) => publisher.env.test(item.name) && secretName(item))
      const inline = new RegExp(`--(?:api-key|token|password)\\s+["']?\\$\\{\\{\\s*secrets\\.(\\w+)`).exec(run.value)
      if (token) {
        hits.push({ location: nodeLocation(doc, token.keyNode), message: `job ${jobId} publishes to ${publisher.registry} with a long-lived token (${token.name} = secrets.${secretName(token)}); use ${publisher.instead}` })
      } else if (inline) {
        hits.push({ location: nodeLocation(doc, run.node), message: `job ${jobId} publishes to ${publisher.registry} with a long-lived token (secrets.${inline[1]}) on the command line; use ${publisher.instead}` })
      }
    }
  }
  return hits
}

export const useTrustedPublishing = defineWorkflowRule({
  meta: {
    id: 'use-trusted-publishing',
    area: 'build',
    severity: 'medium',
    title: 'Long-lived publishing or cloud credential where OIDC is available',
    rationale:
      'A registry token or cloud key stored as a secret works from anywhere until someone rotates it; a leak (a log, a compromised step, a pwn request) keeps working. Trusted publishing and workload identity federation issue a short-lived credential bound to this repository and workflow instead.',
    remediation: 'Configure trusted publishing on the registry (or a workload identity provider on the cloud), grant the job `id-token: write`, remove the secret, and revoke the token.',
    references: ['SSC-28', 'OSPS-BR-07.02', 'zizmor: use-trusted-publishing'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    const seen = new Set<string>()
    for (const hit of publishingHits(model)) {
      const key = `${hit.location.path}:${hit.location.startLine}:${hit.location.startColumn}`
      if (seen.has(key)) continue
      seen.add(key)
      results.push({ status: 'fail', message: hit.message, location: hit.location })
    }
    return results
  }
})
