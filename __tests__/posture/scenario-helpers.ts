/** Runs a full accounts + code check of acme/widgets against the fake GitHub server. */
import { check, type CheckInput } from '../../src/check.js'
import type { Finding } from '../../src/model/finding.js'
import type { CheckReport } from '../../src/report/types.js'
import { accountsRules } from '../../src/rules/accounts/index.js'
import { codeRules } from '../../src/rules/code/index.js'
import { expiredWaiver } from '../../src/rules/code/expired-waiver.js'
import { startFakeGitHub, type FakeGitHub, type FakeHandler } from '../../test/support/fake-github/server.js'
import { NOW, POSTURE_FILES, postureRoutes } from '../../test/support/fake-github/fixtures-posture.js'
import { tempWorkspace } from '../../test/support/workspace.js'

export const POSTURE_RULES = [...accountsRules, ...codeRules, expiredWaiver]

/** Every posture rule on, each with its default options. */
export const ALL_RULES_POLICY = `extends: baseline\nrules:\n${POSTURE_RULES.map((rule) => `  ${rule.meta.id}: true\n`).join('')}`

/** Every rule on at its strictest. */
export const STRICT_POLICY = 'extends: strict\n'

export interface ScenarioRun {
  report: CheckReport
  fake: FakeGitHub
  byRule: Map<string, Finding[]>
  /** Status of each rule (the worst of its findings: fail > unknown > pass). */
  status(rule: string): string
  messages(rule: string): string[]
  routeCount(route: string): number
}

export async function runScenario(options: {
  routes?: Record<string, FakeHandler>
  input?: Partial<CheckInput>
  files?: Record<string, string>
  apiPrefix?: string
  /** The policy file's text; default: every posture rule on, with its default options. */
  policy?: string
}): Promise<ScenarioRun> {
  const fake = await startFakeGitHub({ routes: options.routes ?? postureRoutes(), ...(options.apiPrefix ? { apiPrefix: options.apiPrefix } : {}) })
  const workspace = tempWorkspace({ ...(options.files ?? POSTURE_FILES), '.github/chaingate.yml': options.policy ?? ALL_RULES_POLICY })
  try {
    const { report } = await check({
      path: workspace.root,
      repository: 'acme/widgets',
      token: 'ghs_workflowtoken',
      apiUrl: fake.url,
      retryBaseMs: 5,
      now: NOW,
      rules: POSTURE_RULES,
      ...options.input
    })
    const byRule = new Map<string, Finding[]>()
    for (const finding of report.findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding])
    const order = ['fail', 'unknown', 'waived', 'pass']
    return {
      report,
      fake,
      byRule,
      status: (rule) => {
        const list = byRule.get(rule) ?? []
        return order.find((status) => list.some((finding) => finding.status === status)) ?? 'missing'
      },
      messages: (rule) => (byRule.get(rule) ?? []).map((finding) => finding.message),
      routeCount: (route) => fake.requests.filter((request) => request.route === route).length
    }
  } finally {
    workspace.cleanup()
  }
}
