/**
 * in-toto v1 statements and their predicates: SLSA provenance v1 for a GitHub Actions build, an SBOM
 * (CycloneDX or SPDX, the predicate type following the document's format), and the gate's own verdict as
 * a SLSA verification summary. All subjects go into one statement: one signature, one certificate, one
 * log entry, whatever their number. Build facts are typed input: nothing here reads process.env.
 */
import { ConfigurationError } from '../model/errors.js'
import type { CheckReport } from '../report/types.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const SLSA_VERIFICATION_SUMMARY_V1 = 'https://slsa.dev/verification_summary/v1'
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'
export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom'
export const SPDX_PREDICATE = 'https://spdx.dev/Document/v2.3'
/** The verifier id written into verification summaries. */
export const CHAINGATE_VERIFIER_ID = 'https://github.com/chaingate/chaingate'

export const PREDICATE_KINDS = ['provenance', 'verdict', 'sbom'] as const
export type PredicateKind = (typeof PREDICATE_KINDS)[number]

/** A statement subject: artifacts carry `sha256`; the repository at a commit carries `gitCommit`. */
export interface StatementSubject {
  name: string
  digest: Record<string, string>
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: StatementSubject[]
  predicateType: string
  predicate: Record<string, unknown>
}

export function buildStatement(subjects: StatementSubject[], predicateType: string, predicate: Record<string, unknown>): Statement {
  if (subjects.length === 0) throw new ConfigurationError('nothing to sign: give --subject-path, --subject-checksums or --subject')
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate }
}

/** The build facts of a GitHub Actions run (the shells read them from the GITHUB_* / RUNNER_* variables). */
export interface BuildContext {
  serverUrl: string
  repository: string
  ref: string
  sha: string
  /** `owner/repo/.github/workflows/x.yml@refs/heads/main` (GITHUB_WORKFLOW_REF). */
  workflowRef: string
  eventName: string
  runId: string
  runAttempt: string
  repositoryId?: string
  repositoryOwnerId?: string
  /** `github-hosted` or `self-hosted` (RUNNER_ENVIRONMENT). */
  runnerEnvironment?: string
}

export function missingBuildFacts(build: Partial<BuildContext>): string[] {
  const required: (keyof BuildContext)[] = ['serverUrl', 'repository', 'ref', 'sha', 'workflowRef', 'eventName', 'runId', 'runAttempt']
  return required.filter((key) => !build[key])
}

/** SLSA provenance v1 with the GitHub Actions workflow build type. */
export function provenancePredicate(build: BuildContext): Record<string, unknown> {
  const server = build.serverUrl.replace(/\/+$/, '')
  // workflowRef is owner/repo/path@ref; the path is what the build type calls `path`.
  const at = build.workflowRef.lastIndexOf('@')
  const workflowPathWithRepo = at >= 0 ? build.workflowRef.slice(0, at) : build.workflowRef
  const workflowPath = workflowPathWithRepo.startsWith(`${build.repository}/`) ? workflowPathWithRepo.slice(build.repository.length + 1) : workflowPathWithRepo
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: build.ref, repository: `${server}/${build.repository}`, path: workflowPath }
      },
      internalParameters: {
        github: {
          event_name: build.eventName,
          ...(build.repositoryId ? { repository_id: build.repositoryId } : {}),
          ...(build.repositoryOwnerId ? { repository_owner_id: build.repositoryOwnerId } : {}),
          ...(build.runnerEnvironment ? { runner_environment: build.runnerEnvironment } : {})
        }
      },
      resolvedDependencies: [{ uri: `git+${server}/${build.repository}@${build.ref}`, digest: { gitCommit: build.sha } }]
    },
    runDetails: {
      builder: { id: `${server}/${build.workflowRef}` },
      metadata: { invocationId: `${server}/${build.repository}/actions/runs/${build.runId}/attempts/${build.runAttempt}` }
    }
  }
}

/** The predicate type and content of an SBOM document (CycloneDX JSON or SPDX JSON). */
export function sbomPredicate(text: string, shown: string): { predicateType: string; predicate: Record<string, unknown> } {
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`SBOM is not JSON: ${(error as Error).message}`, { file: shown })
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new ConfigurationError('SBOM must be a JSON object', { file: shown })
  const record = document as Record<string, unknown>
  if (record.bomFormat === 'CycloneDX') return { predicateType: CYCLONEDX_PREDICATE, predicate: record }
  if (typeof record.spdxVersion === 'string') {
    const version = /^SPDX-(\d+\.\d+)$/.exec(record.spdxVersion)?.[1]
    return { predicateType: version && version !== '2.3' ? `https://spdx.dev/Document/v${version}` : SPDX_PREDICATE, predicate: record }
  }
  throw new ConfigurationError('SBOM format not recognised (CycloneDX JSON with bomFormat, or SPDX JSON with spdxVersion)', { file: shown })
}

export interface VerdictContext {
  /** When the check ran (ISO 8601). */
  timeVerified: string
  /** The policy's URI (a repository URL with the policy path, or `chaingate:preset/<name>`). */
  policyUri: string
  /** Digest of the policy file, when there is one. */
  policyDigest?: Record<string, string>
  /** The resource the verdict is about (the repository at the commit). */
  resourceUri: string
  /** SLSA levels the gate asserts on pass, e.g. `SLSA_BUILD_LEVEL_2`; none by default. */
  verifiedLevels?: string[]
}

/**
 * The gate's verdict as a SLSA verification summary: verifier, policy, result, levels, and the rules that
 * ran with their outcome (under the `chaingate` key, which the VSA format allows as an extension).
 */
export function verdictPredicate(report: CheckReport, context: VerdictContext): Record<string, unknown> {
  const result = report.verdict === 'pass' ? 'PASSED' : 'FAILED'
  const rules = new Map<string, { rule: string; status: string; failing: number }>()
  const order = { fail: 0, unknown: 1, waived: 2, pass: 3 } as const
  for (const finding of report.findings) {
    const entry = rules.get(finding.rule) ?? { rule: finding.rule, status: 'pass', failing: 0 }
    if (order[finding.status as keyof typeof order] < order[entry.status as keyof typeof order]) entry.status = finding.status
    if (finding.status === 'fail') entry.failing += 1
    rules.set(finding.rule, entry)
  }
  return {
    verifier: { id: CHAINGATE_VERIFIER_ID, version: { [report.tool.name]: report.tool.version } },
    timeVerified: context.timeVerified,
    resourceUri: context.resourceUri,
    policy: { uri: context.policyUri, ...(context.policyDigest ? { digest: context.policyDigest } : {}) },
    verificationResult: result,
    verifiedLevels: result === 'PASSED' ? (context.verifiedLevels ?? []) : [],
    chaingate: {
      policy: report.policy,
      counts: {
        total: report.counts.total,
        fail: report.counts.fail,
        pass: report.counts.pass,
        unknown: report.counts.unknown,
        waived: report.counts.waived,
        failing: report.counts.failing
      },
      rules: [...rules.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)),
      ...evidence(report)
    }
  }
}

/**
 * What the verdict was reached on, so a consumer sees what was checked and not only that it passed: the
 * SBOMs read (with their digests), the advisory database and its snapshot, the VEX documents read, and
 * every waiver applied (policy, inline or VEX; with the advisories and package it covered).
 */
function evidence(report: CheckReport): Record<string, unknown> {
  const waivers = report.findings
    .filter((finding) => finding.status === 'waived' && finding.waiver)
    .map((finding) => ({
      rule: finding.rule,
      source: finding.waiver!.source,
      reason: finding.waiver!.reason,
      ...(finding.waiver!.expires ? { expires: finding.waiver!.expires } : {}),
      ...(finding.waiver!.location ? { at: `${finding.waiver!.location.path}:${finding.waiver!.location.startLine}` } : {}),
      ...(finding.waiver!.vex ? { vex: finding.waiver!.vex } : {}),
      ...(finding.purl ? { purl: finding.purl } : {}),
      ...(finding.advisories ? { advisories: finding.advisories } : {}),
      ...(finding.location ? { finding: `${finding.location.path}:${finding.location.startLine}` } : {})
    }))
  return {
    ...(report.sboms ? { sboms: report.sboms.map((sbom) => ({ name: sbom.path, digest: { sha256: sbom.sha256 } })) } : {}),
    ...(report.advisories
      ? {
          advisories: report.advisories.source
            ? { ...report.advisories.source, checked: report.advisories.checked, unchecked: report.advisories.unchecked, matches: report.advisories.matches }
            : { source: null, reason: report.advisories.reason }
        }
      : {}),
    ...(report.vex ? { vexDocuments: report.vex.documents } : {}),
    waivers
  }
}
