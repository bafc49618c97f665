/**
 * The OIDC identity token for keyless signing, taken the way Sigstore clients take it in CI:
 * `SIGSTORE_ID_TOKEN`, or the GitHub Actions token endpoint (`ACTIONS_ID_TOKEN_REQUEST_URL` +
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, audience `sigstore`) through @sigstore/sign's CIContextProvider.
 * The shells call this with their environment; CIContextProvider itself reads the process environment,
 * which is the same object in production.
 */
import { CIContextProvider, type IdentityProvider } from '@sigstore/sign'
import { ConfigurationError } from '../model/errors.js'

export function hasIdentityToken(env: Record<string, string | undefined>): boolean {
  return Boolean(env.SIGSTORE_ID_TOKEN || (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN))
}

export function ciIdentityProvider(env: Record<string, string | undefined>): IdentityProvider {
  if (!hasIdentityToken(env)) {
    throw new ConfigurationError(
      'no OIDC identity token for keyless signing: in GitHub Actions give the job `permissions: id-token: write`; elsewhere set SIGSTORE_ID_TOKEN, or sign with a key (--key)'
    )
  }
  const token = env.SIGSTORE_ID_TOKEN
  if (token && !(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)) return { getToken: async () => token }
  const provider = new CIContextProvider('sigstore')
  return {
    getToken: async () => {
      try {
        return await provider.getToken()
      } catch (error) {
        throw new ConfigurationError(
          `could not get an OIDC identity token from the Actions token endpoint: ${error instanceof Error ? error.message : String(error)}`
        )
      }
    }
  }
}
