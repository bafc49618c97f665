/**
 * Long-lived registry tokens and cloud keys where the registry or cloud accepts the workflow's OIDC
 * identity instead (npm, PyPI, RubyGems, crates.io, NuGet trusted publishing; AWS, Google Cloud and Azure
 * workload identity federation).
 */
import type { Location } from '../../model/finding.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact, type ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import type { Entry } from '../../workspace/yaml-nodes.js'
import { scalarText } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { input, scanJobs, usesAction, workflowEnv, type StepView } from './step-scan.js'

const SECRET_REF = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/

interface Publisher {
  registry: string
  /** A command in `run:` that publishes. */
  command: RegExp
  /** Env variables that carry the long-lived token. */
  env: RegExp
  instead: string
}

const PUBLISHERS: Publisher[] = [
  { registry: 'npm', command: /\b(npm|pnpm)\s+publish\b|\byarn\s+(npm\s+)?publish\b/, env: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/i, instead: 'npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)' },
  { registry: 'PyPI', command: /\btwine\s+upload\b|\b(uv|poetry|flit|hatch|pdm)\s+publish\b/, env: /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|POETRY_PYPI_TOKEN_PYPI|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD)$/i, instead: 'PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish without a password)' },
  { registry: 'RubyGems', command: /\bgem\s+push\b|\brake\s+release\b/, env: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i, instead: 'RubyGems trusted publishing (rubygems/release-gem or rubygems/configure-rubygems-credentials with OIDC)' },
  { registry: 'crates.io', command: /\bcargo\s+publish\b/, env: /^CARGO_REGISTRY_TOKEN$/i, instead: 'crates.io trusted publishing (rust-lang/crates-io-auth-action)' },
  { registry: 'NuGet', command: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b/, env: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN)$/i, instead: 'NuGet trusted publishing (NuGet/login with OIDC)' }
]

interface Hit {
  location: Location
  message: string
}

/** The stored secret an entry reads; the GITHUB_TOKEN (short-lived, e.g. for GitHub Packages) is not one. */
function secretName(file: ParsedWorkflowFile, item: Entry): string | undefined {
  const name = SECRET_REF.exec(scalarText(file.doc, item.value) ?? '')?.[1]
  return name && name.toUpperCase() !== 'GITHUB_TOKEN' ? name : undefined
}

function actionInputs(step: StepView): Hit[] {
  const file = step.file
  const hits: Hit[] = []
  const viaInput = (action: string, name: string, message: string): void => {
    if (!usesAction(step, action)) return
    const value = input(step, name)
    if (value && SECRET_REF.test(value.text)) hits.push({ location: locate(file, value.entry.keyNode), message })
  }
  viaInput('pypa/gh-action-pypi-publish', 'password', 'pypa/gh-action-pypi-publish is given a long-lived PyPI token (`password:`); PyPI trusted publishing needs none')
  viaInput('aws-actions/configure-aws-credentials', 'aws-secret-access-key', 'configure-aws-credentials uses a long-lived AWS access key; use `role-to-assume` with OIDC (`id-token: write`)')
  viaInput('google-github-actions/auth', 'credentials_json', 'google-github-actions/auth uses a service account JSON key; use `workload_identity_provider` (Workload Identity Federation)')
  viaInput('azure/login', 'creds', 'azure/login uses a client secret (`creds:`); use `client-id`/`tenant-id`/`subscription-id` with OIDC')
  viaInput('rubygems/release-gem', 'api-key', 'rubygems/release-gem is given an API key; RubyGems trusted publishing needs none')
  return hits
}

export function publishingHits(file: ParsedWorkflowFile): Hit[] {
  const hits: Hit[] = []
  const top = workflowEnv(file)
  for (const job of scanJobs(file)) {
    for (const step of job.steps) {
      hits.push(...actionInputs(step))
      const env = [...top, ...job.env, ...step.env]
      // Cloud keys in env: long-lived whatever the step does.
      for (const item of step.env) {
        const name = secretName(file, item)
        if (!name) continue
        if (/^AWS_SECRET_ACCESS_KEY$/i.test(item.key)) hits.push({ location: locate(file, item.keyNode), message: `step ${step.index + 1} of ${job.id} puts a long-lived AWS secret key (secrets.${name}) in the environment; use aws-actions/configure-aws-credentials with role-to-assume (OIDC)` })
        if (/^(GOOGLE_CREDENTIALS|GCP_SA_KEY|GOOGLE_APPLICATION_CREDENTIALS_JSON|GCLOUD_SERVICE_KEY)$/i.test(item.key)) hits.push({ location: locate(file, item.keyNode), message: `step ${step.index + 1} of ${job.id} puts a Google Cloud service account key (secrets.${name}) in the environment; use Workload Identity Federation` })
      }
      if (!step.run) continue
      for (const publisher of PUBLISHERS) {
        if (!publisher.command.test(step.run.text)) continue
        const token = env.find((item) => publisher.env.test(item.key) && secretName(file, item))
        const inline = new RegExp(`--(?:api-key|token|password)\\s+["']?\\$\\{\\{\\s*secrets\\.(\\w+)`).exec(step.run.text)
        if (token) {
          hits.push({ location: locate(file, token.keyNode), message: `job ${job.id} publishes to ${publisher.registry} with a long-lived token (${token.key} = secrets.${secretName(file, token)}); use ${publisher.instead}` })
        } else if (inline) {
          hits.push({ location: locate(file, step.run.node), message: `job ${job.id} publishes to ${publisher.registry} with a long-lived token (secrets.${inline[1]}) on the command line; use ${publisher.instead}` })
        }
      }
    }
  }
  return hits
}

export const useTrustedPublishing = defineRule({
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
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      const seen = new Set<string>()
      for (const hit of publishingHits(file)) {
        const key = `${hit.location.startLine}:${hit.location.startColumn}`
        if (seen.has(key)) continue
        seen.add(key)
        results.push({ status: 'fail', message: hit.message, location: hit.location })
      }
    }
    return results
  }
})
