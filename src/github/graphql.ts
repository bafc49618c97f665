/**
 * The GraphQL queries chaingate sends, in one place so a test can validate each against GitHub's published
 * schema (`@octokit/graphql-schema`), the way the fake server validates REST answers against OpenAPI.
 * GraphQL is used where one query replaces several REST requests (a pull request with its reviews and
 * commits), or where there is no REST endpoint (an organization's SAML identity provider).
 */
import type { GitHubClient } from './client.js'

export const SAML_QUERY = `query chaingateSaml($login: String!) {
  organization(login: $login) {
    samlIdentityProvider { ssoUrl }
  }
}`

/** A pull request, its reviews and its commits with their signature state: one request instead of three. */
export const PULL_REQUEST_QUERY = `query chaingatePullRequest($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number
      headRefOid
      author { __typename login }
      reviews(first: 100) {
        pageInfo { hasNextPage }
        nodes { author { __typename login } state submittedAt commit { oid } }
      }
      commits(first: 100) {
        totalCount
        pageInfo { hasNextPage }
        nodes {
          commit {
            oid
            author { user { login } }
            signature { isValid state }
          }
        }
      }
    }
  }
}`

/** The fields of a package's vulnerabilities read by the GitHub advisory source (src/advisories/sources/github.ts). */
const VULNERABILITIES_FRAGMENT = `fragment chaingateVulnerabilities on SecurityVulnerabilityConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    package { ecosystem name }
    vulnerableVersionRange
    firstPatchedVersion { identifier }
    advisory {
      ghsaId classification summary severity publishedAt updatedAt withdrawnAt permalink
      identifiers { type value }
      cvssSeverities { cvssV3 { vectorString } cvssV4 { vectorString } }
      epss { percentage percentile }
    }
  }
}`

/**
 * One POST asking the vulnerabilities of many packages: alias `v<i>` is `securityVulnerabilities` for
 * ecosystem `ecosystems[i]` (a `SecurityAdvisoryEcosystem` name, checked against the table of them), package
 * `$p<i>`, after cursor `$a<i>` when `after[i]`. Names and cursors are variables, never query text.
 */
export function securityVulnerabilitiesQuery(items: ReadonlyArray<{ ecosystem: string; after: boolean }>): string {
  const variables: string[] = []
  const fields: string[] = []
  items.forEach((item, index) => {
    if (!/^[A-Z]+$/.test(item.ecosystem)) throw new Error(`not a GraphQL ecosystem name: ${item.ecosystem}`)
    variables.push(`$p${index}: String!`)
    if (item.after) variables.push(`$a${index}: String!`)
    fields.push(
      `  v${index}: securityVulnerabilities(ecosystem: ${item.ecosystem}, package: $p${index}, classifications: [GENERAL, MALWARE], first: 100${item.after ? `, after: $a${index}` : ''}) { ...chaingateVulnerabilities }`
    )
  })
  return `query chaingateAdvisories(${variables.join(', ')}) {\n${fields.join('\n')}\n}\n${VULNERABILITIES_FRAGMENT}`
}

/** The fixed queries (the advisory query is built per batch: securityVulnerabilitiesQuery). */
export const QUERIES = { SAML_QUERY, PULL_REQUEST_QUERY }

/** Sends a query to the client's GraphQL endpoint (GHES: /api/graphql). */
export function graphql<T>(client: GitHubClient, query: string, variables: Record<string, unknown>): Promise<T> {
  return client.octokit.graphql<T>(query, { ...variables, baseUrl: client.graphqlUrl.replace(/\/graphql\/?$/, '') })
}

/** GraphQL names bots without the `[bot]` suffix REST uses; REST's form keeps logins comparable with the policy. */
export function actorLogin(actor: { __typename?: string; login: string } | null | undefined): string | null {
  if (!actor) return null
  return actor.__typename === 'Bot' && !actor.login.endsWith('[bot]') ? `${actor.login}[bot]` : actor.login
}
