/** Publishing: steps that publish or release something (registry uploads, releases, pages, signing). */
import type { Job, Step } from '../types.js'

const PUBLISH_COMMAND = /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgem\s+push\b|\bdocker\s+(?:image\s+)?push\b|\bdocker\s+buildx\s+build\b[^\n]*--push\b|\bgh\s+release\s+(create|upload)\b|\bgoreleaser\s+release\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\w*\b|\b(dotnet\s+)?nuget\s+push\b|\b(poetry|uv|hatch|flit|pdm)\s+publish\b|\bvsce\s+publish\b|\bovsx\s+publish\b|\bhelm\s+push\b|\bsemantic-release\b|\bcosign\s+sign\b|\bjreleaser\b/

const PUBLISH_ACTIONS = new Set([
  'pypa/gh-action-pypi-publish', 'softprops/action-gh-release', 'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset',
  'goreleaser/goreleaser-action', 'js-devtools/npm-publish', 'svenstaro/upload-release-action', 'actions/deploy-pages', 'peaceiris/actions-gh-pages',
  'jamesives/github-pages-deploy-action', 'rust-lang/crates-io-auth-action', 'actions/attest-build-provenance', 'actions/attest', 'changesets/action',
  'cycjimmy/semantic-release-action', 'googleapis/release-please-action', 'release-drafter/release-drafter', 'sigstore/gh-action-sigstore-python'
])

export interface Evidence {
  step: Step
  what: string
}

/** Steps of a job that publish or release something. */
export function publishingSteps(job: Job): Evidence[] {
  const out: Evidence[] = []
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name })
      else if (step.uses.name === 'docker/build-push-action' && step.with.get('push')?.value?.value === 'true') out.push({ step, what: 'docker/build-push-action with push: true' })
    } else if (step.run) {
      const match = PUBLISH_COMMAND.exec(step.run.value)
      if (match) out.push({ step, what: `\`${match[0].trim()}\`` })
    }
  }
  return out
}
