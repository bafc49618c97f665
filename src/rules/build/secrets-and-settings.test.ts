import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import {
  actionsPermissionsFact,
  actionsWorkflowPermissionsFact,
  environmentsFact,
  forkPrApprovalFact,
  privateForkPrSettingsFact,
  selectedActionsFact,
  type Environment
} from '../../github/facts/actions-settings.js'
import { known, unknownFact } from '../../model/fact.js'
import { actionsAllowedActions } from './actions-allowed-actions.js'
import { actionsCanApprovePrs } from './actions-can-approve-prs.js'
import { actionsDefaultPermissions } from './actions-default-permissions.js'
import { actionsForkPrApproval } from './actions-fork-pr-approval.js'
import { actionsShaPinningRequired } from './actions-sha-pinning-required.js'
import { releaseEnvironmentProtection } from './release-environment-protection.js'

describe('repository Actions settings', () => {
  it('default token permissions and PR approval', () => {
    const write = known({ default_workflow_permissions: 'write' as const, can_approve_pull_request_reviews: true })
    const read = known({ default_workflow_permissions: 'read' as const, can_approve_pull_request_reviews: false })
    expect(evaluate(actionsDefaultPermissions, {}, [[actionsWorkflowPermissionsFact, write]]).map((r) => r.status)).toEqual(['fail'])
    expect(evaluate(actionsCanApprovePrs, {}, [[actionsWorkflowPermissionsFact, write]])[0]!.message).toMatch(/can_approve_pull_request_reviews: true/)
    expect(evaluate(actionsDefaultPermissions, {}, [[actionsWorkflowPermissionsFact, read]])).toEqual([])
    expect(evaluate(actionsCanApprovePrs, {}, [[actionsWorkflowPermissionsFact, read]])).toEqual([])
  })

  it('allowed actions and SHA pinning', () => {
    const all = known({ enabled: true, allowed_actions: 'all' as const, sha_pinning_required: false })
    expect(
      evaluate(actionsAllowedActions, {}, [
        [actionsPermissionsFact, all],
        [selectedActionsFact, known(null)]
      ]).map((r) => r.message)
    ).toEqual(['the repository allows all actions and reusable workflows (allowed_actions: all)'])
    expect(evaluate(actionsShaPinningRequired, {}, [[actionsPermissionsFact, all]]).map((r) => r.status)).toEqual(['fail'])
    const selected = known({ enabled: true, allowed_actions: 'selected' as const, sha_pinning_required: true })
    expect(
      evaluate(actionsAllowedActions, {}, [
        [actionsPermissionsFact, selected],
        [selectedActionsFact, known({ github_owned_allowed: true, patterns_allowed: ['acme/*'] })]
      ])
    ).toEqual([])
    expect(
      evaluate(actionsAllowedActions, {}, [
        [actionsPermissionsFact, selected],
        [selectedActionsFact, known({ github_owned_allowed: true, patterns_allowed: ['*'] })]
      ]).map((r) => r.status)
    ).toEqual(['fail'])
    expect(evaluate(actionsShaPinningRequired, {}, [[actionsPermissionsFact, selected]])).toEqual([])
    // GHES versions that do not report the field: unknown, never pass
    expect(
      evaluate(actionsShaPinningRequired, {}, [[actionsPermissionsFact, known({ enabled: true, allowed_actions: 'all' as const })]]).map((r) => r.status)
    ).toEqual(['unknown'])
  })

  it('fork pull request approval against the policy minimum', () => {
    const weak = known({ approval_policy: 'first_time_contributors_new_to_github' as const })
    const medium = known({ approval_policy: 'first_time_contributors' as const })
    expect(evaluate(actionsForkPrApproval, {}, [[forkPrApprovalFact, weak]])[0]!.message).toBe(
      'fork pull request workflows need approval for only first-time contributors who are new to GitHub (first_time_contributors_new_to_github); the policy asks for first-time contributors'
    )
    // A public repository: no private fork settings to read.
    expect(
      evaluate(actionsForkPrApproval, {}, [
        [forkPrApprovalFact, medium],
        [privateForkPrSettingsFact, known(null)]
      ])
    ).toEqual([])
    // Private fork settings that could not be read are unknown, whatever the cause, never a pass.
    for (const cause of ['no-token', 'no-target', 'permission'] as const) {
      expect(
        evaluate(actionsForkPrApproval, {}, [
          [forkPrApprovalFact, medium],
          [privateForkPrSettingsFact, unknownFact(cause, 'not read')]
        ]).map((r) => r.status)
      ).toEqual(['unknown'])
    }
    expect(
      evaluate(
        actionsForkPrApproval,
        {},
        [
          [forkPrApprovalFact, medium],
          [privateForkPrSettingsFact, known(null)]
        ],
        { minimum: 'all_external_contributors' }
      ).map((r) => r.status)
    ).toEqual(['fail'])
  })
})

const RELEASE = `on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make dist
  publish:
    runs-on: ubuntu-latest
    needs: build
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  image:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - run: echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login -u ci --password-stdin registry.example.com && docker push registry.example.com/app:1
  gh:
    runs-on: ubuntu-latest
    environment:
      name: prod
    steps:
      - run: gh release create v1 dist/*
        env:
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
`

const env = (name: string, rules: Environment['protection_rules'], policy: Environment['deployment_branch_policy'] = null): Environment =>
  ({
    id: 1,
    node_id: 'E',
    name,
    url: '',
    html_url: '',
    created_at: '',
    updated_at: '',
    protection_rules: rules,
    deployment_branch_policy: policy
  }) as Environment

describe('release-environment-protection', () => {
  it('fails a publishing job without an environment, and one whose environment has no protection', () => {
    const environments = known([env('release', [])])
    const results = evaluate(releaseEnvironmentProtection, { [W]: RELEASE }, [[environmentsFact, environments]])
    expect(brief(results)).toEqual(['fail = 9:3-9:9', 'fail = 18:18-18:24'])
    expect(results[0]!.message).toBe('job publish publishes with secrets (NPM_TOKEN) but runs in no deployment environment')
  })

  it('passes a protected environment (mitigated) and jobs that only use GITHUB_TOKEN (negative)', () => {
    const reviewers = [
      { id: 1, node_id: 'R', type: 'required_reviewers', reviewers: [{ type: 'User', reviewer: { login: 'lead' } }] }
    ] as unknown as Environment['protection_rules']
    const results = evaluate(releaseEnvironmentProtection, { [W]: RELEASE }, [[environmentsFact, known([env('release', reviewers)])]])
    expect(brief(results)).toEqual(['fail = 9:3-9:9'])
  })

  it('reports the environment unknown when it cannot be read, and still fails the job without one', () => {
    const results = evaluate(releaseEnvironmentProtection, { [W]: RELEASE }, [
      [environmentsFact, unknownFact('no-token', 'deployment environments were not read: no GitHub token (offline run)', 'Actions: read')]
    ])
    expect(brief(results)).toEqual(['fail = 9:3-9:9', 'unknown = 18:18-18:24'])
    expect(results[1]!.permission).toBe('Actions: read')
  })
})
