/** The shape table the client checks answers against is generated from @octokit/openapi and current. */
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { shapeProblem, matchRoute } from '../../src/github/api-shape.js'
import { API_SHAPES } from '../../src/github/api-shapes.generated.js'
import { fixtures } from '../../test/support/fake-github/index.js'

describe('API shapes', () => {
  it('are what scripts/gen-api-shapes.mjs generates from the installed @octokit/openapi', () => {
    const result = spawnSync(process.execPath, ['scripts/gen-api-shapes.mjs', '--check'], { encoding: 'utf8' })
    expect([result.status, result.stderr]).toEqual([0, ''])
  })

  it('accept GitHub-shaped answers and name what is wrong with others', () => {
    const repo = API_SHAPES.routes['GET /repos/{owner}/{repo}']!.shape
    expect(shapeProblem(fixtures.repository(), repo)).toBeNull()
    expect(shapeProblem({ ...fixtures.repository(), owner: 'acme' }, repo)).toBe('.owner: object expected, got a string ("acme")')
    const { default_branch: _omitted, ...withoutBranch } = fixtures.repository()
    expect(shapeProblem(withoutBranch, repo)).toBe('the answer: required field default_branch is missing')
    const keys = API_SHAPES.routes['GET /repos/{owner}/{repo}/keys']!.shape
    expect(shapeProblem([fixtures.deployKey()], keys)).toBeNull()
    expect(shapeProblem({}, keys)).toBe('the answer: array expected, got an object')
    expect(shapeProblem([fixtures.deployKey(), 3], keys)).toBe('[1]: object expected, got number')
  })

  it('match later pages and redirects by template, the most literal first', () => {
    expect(matchRoute(API_SHAPES, 'GET', '/repos/acme/widgets')).toBe('GET /repos/{owner}/{repo}')
    expect(matchRoute(API_SHAPES, 'GET', '/repos/acme/widgets/rulesets/12')).toBe('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}')
    expect(matchRoute(API_SHAPES, 'GET', '/repos/acme/widgets/branches/release%2F1.x/protection')).toBe(
      'GET /repos/{owner}/{repo}/branches/{branch}/protection'
    )
    expect(matchRoute(API_SHAPES, 'GET', '/repos/acme/widgets/rules/branches/release/1.x')).toBe('GET /repos/{owner}/{repo}/rules/branches/{branch}')
    expect(matchRoute(API_SHAPES, 'DELETE', '/repos/acme/widgets')).toBeUndefined()
  })
})
