/** `owner/name` of a GitHub repository (a light module: the `sbom` command checks `--repo` without loading the checker). */
import { ConfigurationError } from './errors.js'

export function parseRepository(text: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim())
  if (!match || match[2] === '.' || match[2] === '..') throw new ConfigurationError(`repository must be owner/name, got ${JSON.stringify(text)}`)
  return { owner: match[1]!, repo: match[2]! }
}
