// API requests of one full accounts + code check (every posture rule on, strict options) of one repository
// against the fake GitHub server, in three token set-ups. Runs the TypeScript sources directly (esbuild
// transforms each `.ts` file as it loads; `.js` specifiers resolve to `.ts`), so it measures the tree, not dist/.
// Usage: scripts/node24 bench/api-requests.mjs   → bench/out/api-requests.json
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import './ts-sources.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { runScenario, STRICT_POLICY } = await import('../__tests__/posture/scenario-helpers.ts')
const { postureRoutes, refuseAdminEndpoints } = await import('../test/support/fake-github/fixtures-posture.ts')

const HEAD = 'c0ffee0000000000000000000000000000000042'
const prRoutes = {}
const prEvent = { name: 'pull_request', payload: { number: 42, pull_request: { number: 42, head: { sha: HEAD }, user: { login: 'mona' } } } }
const pushEvent = { name: 'push', payload: { ref: 'refs/heads/main' } }
const setups = {
  'push, GITHUB_TOKEN + admin-token': { elevatedToken: 'ghs_admin', event: pushEvent },
  'pull_request, GITHUB_TOKEN + admin-token': { elevatedToken: 'ghs_admin', event: prEvent },
  'merge_group, GITHUB_TOKEN + admin-token': {
    elevatedToken: 'ghs_admin',
    event: { name: 'merge_group', payload: { merge_group: { head_ref: `refs/heads/gh-readonly-queue/main/pr-42-${HEAD}`, head_sha: 'b'.repeat(40) } } }
  },
  'push, GITHUB_TOKEN only (admin endpoints refused)': { event: pushEvent }
}
const results = {}
for (const [name, input] of Object.entries(setups)) {
  const routes = input.elevatedToken ? postureRoutes(prRoutes) : refuseAdminEndpoints(postureRoutes(prRoutes))
  const run = await runScenario({ routes, input, policy: STRICT_POLICY })
  const byRoute = {}
  for (const request of run.fake.requests) byRoute[request.route ?? 'unmatched'] = (byRoute[request.route ?? 'unmatched'] ?? 0) + 1
  // Per rule, the worst of its findings (fail > unknown > pass); expired-waiver is not a posture rule.
  const counts = { pass: 0, fail: 0, unknown: 0 }
  const posture = [...run.byRule.keys()].filter((rule) => rule !== 'expired-waiver')
  for (const rule of posture) counts[run.status(rule)] += 1
  results[name] = { apiRequests: run.report.stats.apiRequests, rules: posture.length, ...counts, durationMs: run.report.stats.durationMs, byRoute }
  await run.fake.close()
  console.log(
    `${name.padEnd(50)} ${String(run.report.stats.apiRequests).padStart(3)} requests, ${posture.length} rules (${counts.pass} pass, ${counts.fail} fail, ${counts.unknown} unknown), ${run.report.stats.durationMs} ms`
  )
}
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true })
fs.writeFileSync(
  path.join(root, 'bench/out/api-requests.json'),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString(), scorecardPublished: { core: 66, graphql: 4, total: 70, source: 'ossf/scorecard-action#1071' }, results }, null, 2)}\n`
)
