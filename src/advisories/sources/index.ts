/**
 * The three advisory sources behind one interface: GitHub's advisory database, the OSV API and a local OSV
 * snapshot. Each takes the inventory's packages and returns an AdvisoryReport (matches, unchecked packages
 * with their cause, the source and its date). Each implementation is loaded only when chosen.
 */
import type { GitHubClient } from '../../github/client.js'
import type { AdvisoryReport, Package } from '../model.js'
import type { HttpOptions } from './http.js'

/** The OSV API's public instance. */
export const DEFAULT_OSV_URL = 'https://api.osv.dev'

export type AdvisorySourceSetting = { kind: 'github' } | { kind: 'osv'; url: string } | { kind: 'osv-offline'; directory: string }

/** What a run says about advisories (resolved from the CLI/action and the policy by src/check.ts). */
export interface AdvisoryRunOptions {
  /** null: none was configured (the fact then uses GitHub's database when a token was given). */
  source: AdvisorySourceSetting | null
  /** On-disk cache of OSV records (outside the workspace); none: memory only. */
  osvCacheDir?: string
  /** Client for the GitHub source when the run has no token (unauthenticated: lower rate limit). */
  anonymousGithub?: GitHubClient | null
  /** HTTP settings of the OSV source (tests shorten timeouts and backoff). */
  http?: Partial<HttpOptions>
}

export interface AdvisorySource {
  setting: AdvisorySourceSetting
  check(packages: Package[]): Promise<AdvisoryReport>
}

export interface SourceDependencies {
  github: GitHubClient | null
  /** The GitHub client carries the run's token: the GitHub source may use GraphQL (which takes no anonymous request). */
  githubAuthenticated?: boolean
  osvCacheDir?: string
  http?: Partial<HttpOptions>
  now?: Date
}

export function createSource(setting: AdvisorySourceSetting, dependencies: SourceDependencies): AdvisorySource {
  switch (setting.kind) {
    case 'github':
      return {
        setting,
        async check(packages) {
          if (!dependencies.github) throw new Error('the GitHub advisory source needs a GitHub client')
          const { matchGitHub } = await import('./github.js')
          return matchGitHub(packages, dependencies.github, {
            ...(dependencies.now ? { now: dependencies.now } : {}),
            ...(dependencies.githubAuthenticated ? { graphql: true } : {})
          })
        }
      }
    case 'osv':
      return {
        setting,
        async check(packages) {
          const { matchOsvApi } = await import('./osv-api.js')
          return matchOsvApi(packages, {
            baseUrl: setting.url,
            ...(dependencies.osvCacheDir ? { cacheDir: dependencies.osvCacheDir } : {}),
            ...(dependencies.http ? { http: dependencies.http } : {}),
            ...(dependencies.now ? { now: dependencies.now } : {})
          })
        }
      }
    case 'osv-offline':
      return {
        setting,
        async check(packages) {
          const { matchOffline } = await import('./osv-offline.js')
          return matchOffline(setting.directory, packages)
        }
      }
  }
}
