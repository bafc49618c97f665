/** Every GraphQL query chaingate sends is valid against GitHub's published schema. */
import { expect, it } from '@jest/globals'
import { validate } from '@octokit/graphql-schema'
import { actorLogin, QUERIES } from '../../src/github/graphql.js'

it.each(Object.entries(QUERIES))('%s is valid against GitHub\'s GraphQL schema', (_name, query) => {
  expect(validate(query).map((error) => error.message)).toEqual([])
})

it('names bots the way REST does', () => {
  expect(actorLogin({ __typename: 'Bot', login: 'dependabot' })).toBe('dependabot[bot]')
  expect(actorLogin({ __typename: 'User', login: 'mona' })).toBe('mona')
  expect(actorLogin(null)).toBeNull()
})
