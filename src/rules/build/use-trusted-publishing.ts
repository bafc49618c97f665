/**
 * Long-lived registry tokens and cloud keys where the registry or cloud accepts the workflow's OIDC
 * identity instead (npm, PyPI, RubyGems, crates.io, NuGet trusted publishing; AWS, Google Cloud and Azure
 * workload identity federation).
 */
import type { Location } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { nodeLocation, stepDoc, strLocation, tokenGrant, type Job, type Step, type ValueEntry, type WorkflowModel } from '../../workflow/index.js'
import { defineWorkflowRule, input, siblingSteps, stepOwner, usesAction, walkOf } from '../../workflow/kit.js'
import { LONG_LIVED_CREDENTIAL_INPUTS, type TrustedPublishingRegistry } from '../../workflow/data/index.js'
import { publishCommands, publishingAction, REGISTRIES as TRUSTED_REGISTRIES } from '../../workflow/analysis/index.js'

type Registry = TrustedPublishingRegistry['registry']

const SECRET_REF = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/
const SECRET_REF_ALL = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/g

interface Hit {
  location: Location
  message: string
}

/** The stored secret an entry reads; the GITHUB_TOKEN (short-lived, e.g. for GitHub Packages) is not one. */
function secretName(item: ValueEntry): string | undefined {
  const name = SECRET_REF.exec(item.value?.value ?? '')?.[1]
  return name && name.toUpperCase() !== 'GITHUB_TOKEN' ? name : undefined
}

/** The env a step sees, step over job over workflow (the runner's precedence): name → entry. */
function effectiveEnv(step: Step): Map<string, ValueEntry> {
  const env = new Map<string, ValueEntry>()
  for (const scope of [step.job?.workflow.env, step.job?.env, step.env]) for (const [name, entry] of scope ?? []) env.set(name.toUpperCase(), entry)
  return env
}

/** Steps before `step` in its job that point a registry's client elsewhere (setup-node `registry-url`, setup-dotnet `source-url`). */
function registryRedirected(step: Step, registry: Registry): boolean {
  const setup =
    registry === 'npm'
      ? { action: 'actions/setup-node', input: 'registry-url' }
      : registry === 'NuGet'
        ? { action: 'actions/setup-dotnet', input: 'source-url' }
        : null
  if (!setup) return false
  for (const earlier of siblingSteps(step)) {
    if (earlier === step) break
    const url = usesAction(earlier, setup.action) ? input(earlier, setup.input)?.value : undefined
    if (url && !TRUSTED_REGISTRIES[registry].hosts.test(url)) return true
  }
  return false
}

function actionInputs(step: Step): Hit[] {
  const doc = stepDoc(step)
  const hits: Hit[] = []
  for (const known of LONG_LIVED_CREDENTIAL_INPUTS) {
    const entry = usesAction(step, known.action) ? step.with.get(known.input) : undefined
    if (entry?.value && SECRET_REF.test(entry.value.value)) hits.push({ location: nodeLocation(doc, entry.keyNode), message: known.note })
  }
  const publisher = publishingAction(step)
  if (!publisher) return hits
  const registry = TRUSTED_REGISTRIES[publisher.registry]
  // Another index (a private one, GitHub Packages) takes only tokens: not this rule's.
  const target = publisher.registryInput ? input(step, publisher.registryInput)?.value.trim() : undefined
  if (target && (target.includes('${{') || !registry.hosts.test(target))) return hits
  for (const name of publisher.credentials) {
    const entry = step.with.get(name)
    if (entry?.value && SECRET_REF.test(entry.value.value) && !/GITHUB_TOKEN/i.test(entry.value.value)) {
      hits.push({
        location: nodeLocation(doc, entry.keyNode),
        message: `${publisher.action} is given a long-lived ${publisher.registry} token (\`${name}:\`); use ${registry.instead}`
      })
    }
  }
  const off = publisher.disablesOidc ? step.with.get(publisher.disablesOidc) : undefined
  if (off?.value?.value === 'false')
    hits.push({
      location: nodeLocation(doc, off.keyNode),
      message: `${publisher.action} with \`${publisher.disablesOidc}: false\` publishes with a stored ${publisher.registry} credential; use ${registry.instead}`
    })
  if (publisher.credentialEnv) {
    for (const entry of effectiveEnv(step).values()) {
      if (publisher.credentialEnv.test(entry.name) && secretName(entry))
        hits.push({
          location: nodeLocation(entry === step.env.get(entry.name) ? doc : (step.job?.workflow ?? doc), entry.keyNode),
          message: `${publisher.action} publishes to ${publisher.registry} with a long-lived token (${entry.name} = secrets.${secretName(entry)}); use ${registry.instead}`
        })
    }
  }
  return hits
}

/**
 * A job of a reusable workflow without `permissions:` of its own (or of its workflow) runs with what its
 * caller grants, which may include `id-token: write`: not known here.
 */
function callerGrants(job: Job): boolean {
  return tokenGrant(job).source === 'default' && job.workflow.triggers.some((trigger) => trigger.event === 'workflow_call')
}

/** Long-lived credentials where a short-lived one would do, for every step of the model. */
export function publishingHits(model: WorkflowModel): Hit[] {
  const hits: Hit[] = []
  for (const step of walkOf(model).steps) {
    const doc = stepDoc(step)
    const owner = stepOwner(step)
    hits.push(...actionInputs(step))
    // Cloud keys in env: long-lived whatever the step does.
    for (const item of step.env.values()) {
      const name = secretName(item)
      if (!name) continue
      if (/^AWS_SECRET_ACCESS_KEY$/i.test(item.name))
        hits.push({
          location: nodeLocation(doc, item.keyNode),
          message: `step ${step.index + 1} of ${owner} puts a long-lived AWS secret key (secrets.${name}) in the environment; use aws-actions/configure-aws-credentials with role-to-assume (OIDC)`
        })
      if (/^(GOOGLE_CREDENTIALS|GCP_SA_KEY|GOOGLE_APPLICATION_CREDENTIALS_JSON|GCLOUD_SERVICE_KEY)$/i.test(item.name))
        hits.push({
          location: nodeLocation(doc, item.keyNode),
          message: `step ${step.index + 1} of ${owner} puts a Google Cloud service account key (secrets.${name}) in the environment; use Workload Identity Federation`
        })
    }
    if (!step.run) continue
    const run = step.run
    const commands = publishCommands(run.value)
    if (commands.length === 0) continue
    const env = effectiveEnv(step)
    for (const command of commands) {
      if (registryRedirected(step, command.registry)) continue
      const registry = TRUSTED_REGISTRIES[command.registry]
      const publishes = `${owner} publishes to ${command.registry} (\`${command.tool}\`)`
      // A token in a variable the registry's client reads, or one the command line expands.
      const expanded = new Set([...command.text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!.toUpperCase()))
      const token = [...env.values()].find((item) => (registry.tokenEnv.test(item.name) || expanded.has(item.name.toUpperCase())) && secretName(item))
      const inline = [...command.text.matchAll(SECRET_REF_ALL)].map((m) => m[1]!).find((name) => name.toUpperCase() !== 'GITHUB_TOKEN')
      if (token) {
        const tokenDoc = step.env.get(token.name) === token ? doc : (step.job?.workflow ?? doc)
        hits.push({
          location: nodeLocation(tokenDoc, token.keyNode),
          message: `${publishes} with a long-lived token (${token.name} = secrets.${secretName(token)}); use ${registry.instead}`
        })
      } else if (inline) {
        hits.push({
          location: strLocation(doc, run, command.start, command.end),
          message: `${publishes} with a long-lived token (secrets.${inline}) on the command line; use ${registry.instead}`
        })
      } else if (step.job && !tokenGrant(step.job).idToken && !callerGrants(step.job)) {
        // No OIDC token for the job: whatever the client authenticates with is a stored credential.
        hits.push({
          location: strLocation(doc, run, command.start, command.end),
          message: `${publishes} without \`id-token: write\`, so with a stored credential (a token file or a variable set elsewhere); use ${registry.instead}`
        })
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
    remediation:
      'Configure trusted publishing on the registry (or a workload identity provider on the cloud), grant the job `id-token: write`, remove the secret, and revoke the token.',
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
