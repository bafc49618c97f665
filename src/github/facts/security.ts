/**
 * Security features and open alerts of the repository.
 * - settings: `security_and_analysis` from the repository (returned to admins and security managers only;
 *   the repository fact asks with the elevated token first, so this costs no request of its own);
 * - private vulnerability reporting: `GET /repos/{o}/{r}/private-vulnerability-reporting`;
 * - Dependabot security updates: `GET /repos/{o}/{r}/automated-security-fixes` (admin read; enabled and
 *   paused), skipped when `security_and_analysis` already says they are disabled;
 * - open alerts: Dependabot (`vulnerability-alerts: read` for the GITHUB_TOKEN), code scanning
 *   (`security-events: read`) and secret scanning (GitHub Apps / PATs only). A "feature is disabled" answer
 *   is a value (`enabled: false`), which also tells whether Dependabot alerts are on without the admin-only
 *   `GET /repos/{o}/{r}/vulnerability-alerts`.
 */
import { defineFact, known, unknownFact, type Fact, noTarget } from '../../model/fact.js'
import type { Repository } from './repository.js'
import { repositoryFact } from './repository.js'
import { defaultBranchFact, listAll, tieredFact } from './support.js'

type SecurityAndAnalysis = NonNullable<Repository['security_and_analysis']>
type FeatureStatus = 'enabled' | 'disabled'

export interface SecuritySettings {
  secretScanning?: FeatureStatus
  pushProtection?: FeatureStatus
  dependabotSecurityUpdates?: FeatureStatus
  advancedSecurity?: FeatureStatus
  visibility: string
}

const ADMIN_READ = 'Administration: read (repository admin; GITHUB_TOKEN cannot read security settings; pass admin-token)'

export const securitySettingsFact = defineFact<SecuritySettings>('github.security-settings', async (ctx) => {
  const repository = await ctx.get(repositoryFact)
  if (!repository.known) return repository
  const sa: SecurityAndAnalysis | null | undefined = repository.value.security_and_analysis
  if (!sa) {
    return unknownFact(
      'permission',
      `the security settings of ${repository.value.full_name} were not returned: GitHub shows security_and_analysis only to repository admins and security managers`,
      ADMIN_READ
    )
  }
  const status = (value: { status?: string } | undefined): FeatureStatus | undefined =>
    value?.status === 'enabled' || value?.status === 'disabled' ? value.status : undefined
  const settings: SecuritySettings = { visibility: repository.value.visibility ?? (repository.value.private ? 'private' : 'public') }
  const secretScanning = status(sa.secret_scanning)
  const pushProtection = status(sa.secret_scanning_push_protection)
  const updates = status(sa.dependabot_security_updates)
  const advanced = status(sa.advanced_security)
  if (secretScanning) settings.secretScanning = secretScanning
  if (pushProtection) settings.pushProtection = pushProtection
  if (updates) settings.dependabotSecurityUpdates = updates
  if (advanced) settings.advancedSecurity = advanced
  return known(settings)
})

export interface DependabotUpdates {
  enabled: boolean
  paused: boolean
}

export const dependabotSecurityUpdatesFact = defineFact<DependabotUpdates>('github.dependabot-security-updates', async (ctx) => {
  // `security_and_analysis` says whether they are on, not whether GitHub paused them: only "disabled" is a
  // complete answer; otherwise the dedicated endpoint tells both.
  const settings = await ctx.get(securitySettingsFact)
  if (settings.known && settings.value.dependabotSecurityUpdates === 'disabled') return known({ enabled: false, paused: false })
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact<DependabotUpdates>(
    ctx,
    'elevated',
    async (client) => {
      const data = (await client.octokit.request('GET /repos/{owner}/{repo}/automated-security-fixes', { owner, repo })).data as {
        enabled: boolean
        paused: boolean
      }
      return { enabled: data.enabled, paused: data.paused }
    },
    {
      what: `Dependabot security updates of ${owner}/${repo}`,
      permission: ADMIN_READ,
      // 404 here means "not enabled" for an admin, and "not visible" for others: only the former is an answer.
      onNotFound: () => undefined
    }
  )
})

export interface PrivateReporting {
  enabled: boolean
}

export const privateVulnerabilityReportingFact = defineFact<PrivateReporting>('github.private-vulnerability-reporting', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact(
    ctx,
    'github-token',
    async (client) => ({
      enabled: ((await client.octokit.request('GET /repos/{owner}/{repo}/private-vulnerability-reporting', { owner, repo })).data as { enabled: boolean })
        .enabled
    }),
    {
      what: `private vulnerability reporting of ${owner}/${repo}`,
      permission: 'Administration: read',
      ghesFeature: 'private vulnerability reporting',
      // 422: the feature does not exist for this repository (GitHub offers it for public repositories).
      onStatus: (error) =>
        error.status === 422
          ? unknownFact(
              'not-available',
              `private vulnerability reporting is not available for ${owner}/${repo} (GitHub answered 422: ${error.message.split('\n')[0]})`
            )
          : undefined
    }
  )
})

/** A feature's alerts: `enabled: false` when GitHub says the feature is off (then `alerts` is empty). */
export interface AlertList<T> {
  enabled: boolean
  alerts: T[]
  /** GitHub's message when the feature is off. */
  disabledBecause?: string
}

export interface DependabotAlert {
  number: number
  severity: string
  package: string
  ecosystem: string
  manifestPath: string
  advisory: string
  createdAt: string
  htmlUrl: string
}

export interface CodeScanningAlert {
  number: number
  /** critical/high/medium/low from `security_severity_level`, else mapped from error/warning/note. */
  severity: string
  rule: string
  tool: string
  path: string | null
  line: number | null
  createdAt: string
  htmlUrl: string
}

export interface SecretScanningAlert {
  number: number
  secretType: string
  createdAt: string
  htmlUrl: string
  validity?: string
  publiclyLeaked?: boolean
}

const DISABLED = /disabled|not enabled|must be enabled|no analysis found|advanced security/i

function disabledAnswer<T>(status: number[]) {
  return (error: { status: number; message: string }): Fact<AlertList<T>> | undefined =>
    status.includes(error.status) && DISABLED.test(error.message)
      ? known({ enabled: false, alerts: [], disabledBecause: error.message.split('\n')[0]! })
      : undefined
}

export const dependabotAlertsFact = defineFact<AlertList<DependabotAlert>>('github.dependabot-alerts', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact<AlertList<DependabotAlert>>(
    ctx,
    'github-token',
    async (client) => {
      const { items } = await listAll<{
        number: number
        created_at: string
        html_url: string
        dependency: { package?: { name: string; ecosystem: string }; manifest_path?: string }
        security_advisory: { ghsa_id: string; summary: string }
        security_vulnerability: { severity: string }
      }>(client, 'GET /repos/{owner}/{repo}/dependabot/alerts', { owner, repo, state: 'open' })
      return {
        enabled: true,
        alerts: items.map((item) => ({
          number: item.number,
          severity: item.security_vulnerability.severity,
          package: item.dependency.package?.name ?? 'unknown package',
          ecosystem: item.dependency.package?.ecosystem ?? '',
          manifestPath: item.dependency.manifest_path ?? '',
          advisory: item.security_advisory.ghsa_id,
          createdAt: item.created_at,
          htmlUrl: item.html_url
        }))
      }
    },
    {
      what: `open Dependabot alerts of ${owner}/${repo}`,
      permission: 'vulnerability-alerts: read (GITHUB_TOKEN), or "Dependabot alerts: read" (fine-grained PAT / App)',
      onStatus: disabledAnswer([403, 404])
    }
  )
})

const RULE_SEVERITY: Record<string, string> = { error: 'high', warning: 'medium', note: 'low' }

export const codeScanningAlertsFact = defineFact<AlertList<CodeScanningAlert>>('github.code-scanning-alerts', async (ctx) => {
  const branch = await ctx.get(defaultBranchFact)
  if (!branch.known) return branch
  const { owner, repo } = ctx.target!
  return tieredFact<AlertList<CodeScanningAlert>>(
    ctx,
    'github-token',
    async (client) => {
      const { items } = await listAll<{
        number: number
        created_at: string
        html_url: string
        rule: { id?: string | null; severity?: string | null; security_severity_level?: string | null; description?: string }
        tool: { name?: string }
        most_recent_instance?: { location?: { path?: string; start_line?: number } }
      }>(client, 'GET /repos/{owner}/{repo}/code-scanning/alerts', { owner, repo, state: 'open', ref: `refs/heads/${branch.value}` })
      return {
        enabled: true,
        alerts: items.map((item) => ({
          number: item.number,
          severity: item.rule.security_severity_level ?? RULE_SEVERITY[item.rule.severity ?? ''] ?? 'low',
          rule: item.rule.id ?? item.rule.description ?? 'unknown rule',
          tool: item.tool.name ?? 'unknown tool',
          path: item.most_recent_instance?.location?.path ?? null,
          line: item.most_recent_instance?.location?.start_line ?? null,
          createdAt: item.created_at,
          htmlUrl: item.html_url
        }))
      }
    },
    {
      what: `open code scanning alerts of ${owner}/${repo}`,
      permission: 'security-events: read',
      onStatus: disabledAnswer([403, 404]),
      ghesFeature: 'code scanning'
    }
  )
})

export const secretScanningAlertsFact = defineFact<AlertList<SecretScanningAlert>>('github.secret-scanning-alerts', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact<AlertList<SecretScanningAlert>>(
    ctx,
    'elevated',
    async (client) => {
      const { items } = await listAll<{
        number: number
        created_at: string
        html_url: string
        secret_type?: string
        secret_type_display_name?: string
        validity?: string
        publicly_leaked?: boolean | null
      }>(client, 'GET /repos/{owner}/{repo}/secret-scanning/alerts', { owner, repo, state: 'open', hide_secret: true })
      return {
        enabled: true,
        alerts: items.map((item) => ({
          number: item.number,
          secretType: item.secret_type_display_name ?? item.secret_type ?? 'secret',
          createdAt: item.created_at,
          htmlUrl: item.html_url,
          ...(item.validity ? { validity: item.validity } : {}),
          ...(typeof item.publicly_leaked === 'boolean' ? { publiclyLeaked: item.publicly_leaked } : {})
        }))
      }
    },
    {
      what: `open secret scanning alerts of ${owner}/${repo}`,
      permission: '"Secret scanning alerts: read" (fine-grained PAT / GitHub App; the GITHUB_TOKEN cannot read them; pass admin-token)',
      onStatus: disabledAnswer([404]),
      ghesFeature: 'secret scanning'
    }
  )
})

export interface CodeScanningAnalysis {
  createdAt: string
  tool: string
  category: string
  ref: string
  error: string
}

export interface CodeScanningAnalyses {
  /** false when code scanning never ran or is off (GitHub: "no analysis found"). */
  enabled: boolean
  /** Newest first, the first page only. */
  analyses: CodeScanningAnalysis[]
}

export const codeScanningAnalysesFact = defineFact<CodeScanningAnalyses>('github.code-scanning-analyses', async (ctx) => {
  const branch = await ctx.get(defaultBranchFact)
  if (!branch.known) return branch
  const { owner, repo } = ctx.target!
  return tieredFact<CodeScanningAnalyses>(
    ctx,
    'github-token',
    async (client) => {
      const response = await client.octokit.request('GET /repos/{owner}/{repo}/code-scanning/analyses', {
        owner,
        repo,
        ref: `refs/heads/${branch.value}`,
        per_page: 20
      })
      const analyses = (response.data as Array<{ created_at: string; tool: { name?: string | null }; category?: string; ref: string; error: string }>).map(
        (item) => ({
          createdAt: item.created_at,
          tool: item.tool.name ?? 'unknown tool',
          category: item.category ?? '',
          ref: item.ref,
          error: item.error
        })
      )
      return { enabled: analyses.length > 0, analyses }
    },
    {
      what: `code scanning analyses of ${owner}/${repo}`,
      permission: 'security-events: read',
      onStatus: (error) =>
        (error.status === 404 || error.status === 403) && DISABLED.test(error.message) ? known({ enabled: false, analyses: [] }) : undefined,
      ghesFeature: 'code scanning'
    }
  )
})
