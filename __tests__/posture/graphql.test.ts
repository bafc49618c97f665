/** Every GraphQL query chaingate sends is valid against GitHub's published schema. */
import { expect, it } from '@jest/globals'
import { parse, validate } from 'graphql'
import { githubGraphqlSchema } from '../../test/support/fake-github/advisories.js'
import { actorLogin, QUERIES, securityVulnerabilitiesQuery } from '../../src/github/graphql.js'

// Against @octokit/graphql-schema's SDL: its schema.json (what its own validate() reads) lags behind it.
const SECURITY_VULNERABILITIES_QUERY = securityVulnerabilitiesQuery([
  { ecosystem: 'NPM', after: false },
  { ecosystem: 'PIP', after: true }
])

it.each(Object.entries({ ...QUERIES, SECURITY_VULNERABILITIES_QUERY }))("%s is valid against GitHub's GraphQL schema", (_name, query) => {
  expect(validate(githubGraphqlSchema(), parse(query)).map((error) => error.message)).toEqual([])
})

it('names bots the way REST does', () => {
  expect(actorLogin({ __typename: 'Bot', login: 'dependabot' })).toBe('dependabot[bot]')
  expect(actorLogin({ __typename: 'User', login: 'mona' })).toBe('mona')
  expect(actorLogin(null)).toBeNull()
})
