/**
 * Every build rule's documentation page exists and its examples run as tests, through the rule tester
 * (test/support/rule-tester.ts): a ```yaml (or ```dockerfile) block labelled "Failing…" must give at least one failing result,
 * one labelled "Passing…" none. Examples are snippets (a workflow, a job's `steps:`, a list of steps, an
 * action's `runs:`), made into files by `exampleFiles`. Rules that judge GitHub's answers (settings, the
 * resolutions of action refs) get the facts their page's examples assume, listed below.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { known, type Fact, type FactDef } from '../../../src/model/fact.js'
import { actionRefsFact, refKey, type ActionRefResolution, type ActionRefs } from '../../../src/github/facts/action-refs.js'
import { repositoryFact } from '../../../src/github/facts/repository.js'
import { buildRules } from '../../../src/rules/build/index.js'
import { docExamples, exampleFiles, ruleResults, ruleResultsFetched } from '../../../test/support/rule-tester.js'
import { workflowModelFact } from '../../../src/workflow/model.js'
import { workflowFilesFact } from '../../../src/workspace/workflow-files.js'

/** A resolution of `owner/repo@ref` as the action-refs fact gives it. */
function resolution(owner: string, repo: string, ref: string, more: Partial<ActionRefResolution>): ActionRefResolution {
  const isSha = /^[0-9a-f]{40}$/.test(ref)
  return { owner, repo, ref, key: refKey(owner, repo, ref), status: 'resolved', isSha, isBranch: false, isTag: !isSha, defaultBranch: 'main', ...more }
}

function refs(list: ActionRefResolution[], advisories: ActionRefs['advisories'] = known([])): [FactDef<unknown>, Fact<unknown>] {
  return [actionRefsFact, known({ refs: Object.fromEntries(list.map((r) => [r.key, r])), advisories })]
}

/** Facts assumed by the examples of rules that read GitHub's answers (as the pages describe them). */
const FACTS: Record<string, Array<[FactDef<unknown>, Fact<unknown>]>> = {
  'known-vulnerable-actions': [
    refs(
      [
        resolution('tj-actions', 'changed-files', 'v35', { sha: 'a'.repeat(40), version: 'v35.7.6' }),
        resolution('tj-actions', 'changed-files', '2f7c5bfce28377bc069a65ba478de0a74aa0ca32', {
          sha: '2f7c5bfce28377bc069a65ba478de0a74aa0ca32',
          version: 'v46.0.1',
          reachable: 'tag'
        })
      ],
      known([
        {
          ghsaId: 'GHSA-mrrh-fwg8-r2c3',
          cveId: 'CVE-2025-30066',
          summary: 'tj-actions/changed-files has a compromised release that leaks secrets',
          severity: 'high',
          htmlUrl: 'https://github.com/advisories/GHSA-mrrh-fwg8-r2c3',
          withdrawn: false,
          vulnerabilities: [{ package: 'tj-actions/changed-files', range: '< 46.0.1', firstPatched: '46.0.1' }]
        }
      ])
    )
  ],
  // the commit was pushed to a fork: in no tag, branch or history of acme/impostor
  'impostor-commit': [
    refs([
      resolution('acme', 'impostor', '0d7bbc4b5cf3a1b5f2c6e1c24fd66a0a8a8d6ee1', { sha: '0d7bbc4b5cf3a1b5f2c6e1c24fd66a0a8a8d6ee1', reachable: 'unreachable' })
    ])
  ],
  // acme/confused has a tag v1 and a branch v1
  'ref-confusion': [refs([resolution('acme', 'confused', 'v1', { isBranch: true, isTag: true, sha: 'b'.repeat(40) })])],
  'ref-version-mismatch': [
    refs([
      resolution('actions', 'checkout', '11bd71901bbe5b1630ceea73d27597364c9af683', {
        sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
        version: 'v4.2.2',
        reachable: 'tag',
        tagCommits: { 'v4.2.2': '11bd71901bbe5b1630ceea73d27597364c9af683', v4: '11bd71901bbe5b1630ceea73d27597364c9af683' }
      })
    ])
  ],
  // acme/retired is archived; actions/checkout is not
  'archived-action': [
    refs([
      resolution('acme', 'retired', 'v2', { sha: 'c'.repeat(40), isArchived: true }),
      resolution('actions', 'checkout', '11bd71901bbe5b1630ceea73d27597364c9af683', {
        sha: '11bd71901bbe5b1630ceea73d27597364c9af683',
        reachable: 'tag',
        isArchived: false
      })
    ])
  ],
  // the failing example is a public repository's
  'self-hosted-runner': [[repositoryFact, known({ full_name: 'acme/widgets', private: false, visibility: 'public' })]]
}

/** Rules judging repository settings or unparseable files: their pages show API answers or errors, not workflows. */
const NO_EXAMPLES = new Set([
  'actions-default-permissions',
  'actions-can-approve-prs',
  'actions-allowed-actions',
  'actions-sha-pinning-required',
  'actions-fork-pr-approval',
  'invalid-workflow',
  'ref-version-mismatch'
])

describe('rule documentation pages', () => {
  for (const rule of buildRules) {
    const page = path.resolve('src/rules/build', `${rule.meta.id}.md`)
    it(`${rule.meta.id}: the page exists and its examples behave as labelled`, async () => {
      const markdown = fs.readFileSync(page, 'utf8')
      expect(markdown.startsWith(`# ${rule.meta.id}\n`)).toBe(true)
      const examples = docExamples(markdown)
      // A page whose rule reads workflows shows at least one example of each kind it can (settings rules show none).
      if (!NO_EXAMPLES.has(rule.meta.id)) expect([rule.meta.id, examples.some((example) => example.kind === 'failing')]).toEqual([rule.meta.id, true])
      for (const example of examples) {
        const testCase = { files: exampleFiles(example.yaml, example.lang), facts: FACTS[rule.meta.id] ?? [] }
        // Rules over the workflow files get the tester's workflow facts; others every fact from its fetcher.
        const overWorkflows = rule.needs.some((def) => def.id === workflowModelFact.id || def.id === workflowFilesFact.id)
        const results = overWorkflows ? ruleResults(rule, testCase) : await ruleResultsFetched(rule, testCase)
        const failing = results.filter((r) => r.status === 'fail')
        const label = `${rule.meta.id}.md:${example.line} (${example.kind})`
        if (example.kind === 'failing') expect([label, failing.length > 0]).toEqual([label, true])
        else expect([label, failing.map((r) => r.message)]).toEqual([label, []])
      }
    })
  }
})
