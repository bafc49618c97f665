/**
 * Where the repository's security policy is: SECURITY.md in the root, `.github/` or `docs/` of the
 * checkout (any case), or GitHub's organization-wide default in the owner's `.github` repository.
 */
import { defineFact, known, unknownFact } from '../../model/fact.js'
import { apiFact } from '../api-fact.js'

export interface SecurityPolicyLocation {
  /** e.g. `SECURITY.md`, `.github/SECURITY.md`, or `my-org/.github:SECURITY.md`; null when there is none. */
  path: string | null
  /** The organization-wide default looked for when there is none in the checkout (`owner/.github`). */
  organizationDefault?: string
}

const LOCATIONS = ['', '.github/', 'docs/']

export function findSecurityPolicy(paths: Iterable<string>): string | null {
  for (const path of paths) {
    const lower = path.toLowerCase()
    if (
      LOCATIONS.some(
        (prefix) =>
          lower === `${prefix}security.md` ||
          lower === `${prefix}security.markdown` ||
          lower === `${prefix}security.rst` ||
          lower === `${prefix}security.txt` ||
          lower === `${prefix}security`
      )
    )
      return path
  }
  return null
}

export const securityPolicyFact = defineFact<SecurityPolicyLocation>('security-policy', async (ctx) => {
  const local = findSecurityPolicy(ctx.workspace.files())
  if (local) return known({ path: local })
  if (!ctx.target) return known({ path: null })
  const owner = ctx.target.owner
  if (ctx.target.repo.toLowerCase() === '.github') return known({ path: null, organizationDefault: `${owner}/.github` }) // this repository is the default
  if (!ctx.github) {
    return unknownFact(
      'no-token',
      `no SECURITY.md in the checkout; an organization-wide default in ${owner}/.github could not be checked without a token`,
      'Contents: read'
    )
  }
  // One request for the whole tree of OWNER/.github; a 404 means there is no such repository.
  const tree = await apiFact<string[]>(
    ctx.github,
    async (client) => {
      const response = await client.octokit.rest.git.getTree({ owner, repo: '.github', tree_sha: 'HEAD', recursive: 'true' })
      return response.data.tree.flatMap((item) => (item.type === 'blob' && item.path ? [item.path] : []))
    },
    { what: `${owner}/.github`, permission: 'Contents: read', onNotFound: () => known([]) }
  )
  if (!tree.known) return tree
  const inherited = findSecurityPolicy(tree.value)
  return known(inherited ? { path: `${owner}/.github:${inherited}` } : { path: null, organizationDefault: `${owner}/.github` })
})
