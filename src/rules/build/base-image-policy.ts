/**
 * Base images of the repository's Dockerfiles (`FROM`, `COPY --from=<image>`) against the policy: pinned
 * by digest, from an allowed registry, not older than N days (the image config's `created`, read from the
 * registry only when `max-age-days` is set), and free of known vulnerabilities at or above `vulnerabilities` (the
 * image read from its registry and matched as `check --image` does: src/images/scan-fact.ts).
 * A reference chaingate cannot resolve (an `ARG` without a default) is `unknown` at its line, never a pass.
 */
import { globLibrary } from '../../policy/glob-library.js'
import type { Severity } from '../../model/finding.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { imageConfigsFact, configKey, platformFor } from '../../images/sources/config.js'
import { dockerfileSourcesFact, familiarName, imageSourcesFact, type ImageSource, type ImageSourceKind } from '../../images/sources/index.js'
import { baseImageScansFact, type ImageScan } from '../../images/scan-fact.js'
import type { Fact } from '../../model/fact.js'
import {
  advisoryLabel,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  matchSeverity,
  sourceLabel
} from '../dependencies/advisory-support.js'

export const SOURCE_GROUPS = ['dockerfile', 'kubernetes', 'workflow', 'compose', 'helm-values', 'pushed'] as const
export type SourceGroup = (typeof SOURCE_GROUPS)[number]

const GROUP_OF: Record<ImageSourceKind, SourceGroup> = {
  'dockerfile-from': 'dockerfile',
  'dockerfile-copy': 'dockerfile',
  'dockerfile-mount': 'dockerfile',
  'dockerfile-syntax': 'dockerfile',
  kubernetes: 'kubernetes',
  kustomize: 'kubernetes',
  'workflow-container': 'workflow',
  'workflow-service': 'workflow',
  'workflow-step': 'workflow',
  'docker-action': 'workflow',
  compose: 'compose',
  'helm-values': 'helm-values',
  pushed: 'pushed'
}

export interface BaseImagePolicyOptions {
  /** Every image pinned by `@sha256:` digest. */
  'require-digest': boolean
  /** Registry globs (`docker.io`, `*.dkr.ecr.*.amazonaws.com`) or `registry/repository` globs (`docker.io/library/*`); empty: any. */
  'allowed-registries': string[]
  /** The image config's `created` no older than this many days (reads the registry); null: not checked. */
  'max-age-days': number | null
  /** Lowest severity of a base image vulnerability that fails; `off`: not checked. */
  vulnerabilities: 'off' | 'critical' | 'high' | 'medium' | 'low'
  /** Which images the rule judges: Dockerfiles (the default), and optionally Kubernetes manifests, workflow containers, pushed images. */
  sources: SourceGroup[]
}

const PINNED = /@sha256:[0-9a-f]{64}$/
const DAY_MS = 86_400_000
/** Docker's first release: a `created` before it is a placeholder (reproducible builds write 1970-01-01). */
const PLACEHOLDER_BEFORE = Date.UTC(2013, 0, 1)
const SEVERITY_ORDER: Severity[] = ['low', 'medium', 'high', 'critical']

const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'])

/** Whether `registry/repository` is allowed by the globs (a glob without `/` names registries). */
export function registryAllowed(registry: string, repository: string, globs: string[]): boolean {
  return globs.some((glob) => {
    const [host, ...rest] = glob.split('/')
    const wantedHost = DOCKER_HUB_ALIASES.has(host!.toLowerCase()) ? 'docker.io' : host!.toLowerCase()
    const { Minimatch } = globLibrary()
    if (!new Minimatch(wantedHost, { nocase: true }).match(registry)) return false
    return rest.length === 0 || new Minimatch(rest.join('/')).match(repository)
  })
}

function what(image: ImageSource): string {
  const defaults =
    image.kind === 'compose' ? 'the variable defaults and .env' : image.kind === 'helm-values' ? 'the chart values and appVersion' : 'the ARG defaults'
  const written = image.resolved ? `${image.text} (${image.resolved} with ${defaults})` : image.text
  switch (image.kind) {
    case 'dockerfile-from':
      return `FROM ${written} (${image.context})`
    case 'dockerfile-copy':
      return `COPY --from=${written}`
    case 'dockerfile-mount':
      return `${image.context} from=${written}`
    case 'dockerfile-syntax':
      return `# syntax=${written} (the BuildKit frontend)`
    case 'pushed':
      return `pushed image ${written}`
    case 'kustomize':
      return `${image.context}: image ${written}`
    case 'helm-values':
      return `${image.context} (a chart default, not rendered output): ${written}`
    default:
      return `${image.context} image ${written}`
  }
}

function digestResult(image: ImageSource): RuleResult | null {
  const at = image.location ? { location: image.location } : {}
  if (!image.ref) {
    if (PINNED.test(image.text)) return null
    return { status: 'unknown', message: `${what(image)}: cannot tell whether it is pinned by digest: ${image.unknown}`, ...at }
  }
  if (image.ref.digest) return null
  const ref = image.ref
  let severity: Severity = 'medium'
  let why = `is pinned to the tag :${ref.tag}, which its publisher can move, not to a digest`
  if (ref.defaultTag) {
    severity = 'high'
    why = 'has no tag (it means :latest) and no digest'
  } else if (ref.tag === 'latest') {
    severity = 'high'
    why = 'uses the :latest tag and no digest'
  }
  // The fix rewrites the text at the location: not for an image named elsewhere or composed from parts.
  const fixable = image.resolved === undefined && image.kind !== 'pushed' && image.kind !== 'kustomize' && image.kind !== 'helm-values'
  return { status: 'fail', severity, message: `${what(image)} ${why}`, ...at, ...(fixable ? { fix: `${image.text}@sha256:<digest>` } : {}) }
}

function registryResult(image: ImageSource, allowed: string[]): RuleResult | null {
  if (allowed.length === 0) return null
  const at = image.location ? { location: image.location } : {}
  if (!image.ref) return { status: 'unknown', message: `${what(image)}: cannot tell its registry: ${image.unknown}`, ...at }
  if (registryAllowed(image.ref.registry, image.ref.repository, allowed)) return null
  return {
    status: 'fail',
    severity: 'high',
    message: `${what(image)} comes from ${image.ref.registry}/${image.ref.repository}, which allowed-registries does not list (${allowed.join(', ')})`,
    ...at
  }
}

export const baseImagePolicy = defineRule<BaseImagePolicyOptions>({
  meta: {
    id: 'base-image-policy',
    area: 'build',
    severity: 'high',
    title: 'Base image outside the base image policy',
    rationale:
      'The base image is most of what ships: its packages, its vulnerabilities, its publisher. A `FROM` by tag builds on whatever the registry serves that day; a base image from an unvetted registry is an unreviewed supplier; a base image nobody rebuilt for a year carries a year of unpatched packages.',
    remediation:
      'Pin `FROM` by digest (`FROM node:22-bookworm@sha256:<digest>`) and let Dependabot (docker ecosystem) or Renovate move it; take base images from the registries the policy lists; rebuild on a fresh base image.',
    references: [
      'SSC-45',
      'OSPS-BR-05.01',
      'Kubernetes supply-chain guide: container base images',
      'Scorecard: Pinned-Dependencies (containerImage)',
      'hadolint DL3006, DL3007'
    ],
    access: {
      token: 'none',
      note: 'max-age-days reads each base image’s manifest and config, vulnerabilities its layers too, from its registry (credentials from the Docker config or REGISTRY_USERNAME/REGISTRY_PASSWORD); not with --offline. vulnerabilities also needs an advisory source (--advisories)'
    }
  },
  needs: [dockerfileSourcesFact],
  usesWith: (options) => [
    // Manifests and workflows are read only when the rule judges their images.
    ...((options.sources ?? []).some((group) => group !== 'dockerfile') ? [imageSourcesFact] : []),
    ...(options['max-age-days'] !== null && options['max-age-days'] !== undefined ? [imageConfigsFact] : []),
    ...(options.vulnerabilities !== undefined && options.vulnerabilities !== 'off' ? [baseImageScansFact] : [])
  ],
  defaultOptions: { 'require-digest': true, 'allowed-registries': [], 'max-age-days': null, vulnerabilities: 'off', sources: ['dockerfile'] },
  strictOptions: { 'require-digest': true, 'max-age-days': 180 },
  optionsSchema: {
    type: 'object',
    properties: {
      'require-digest': { type: 'boolean', description: 'every image pinned by @sha256: digest (default true; no tag or :latest is high, another tag medium)' },
      'allowed-registries': {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'registry globs (docker.io, ghcr.io, *.azurecr.io) or registry/repository globs (docker.io/library/*); empty: any registry'
      },
      'max-age-days': {
        type: ['integer', 'null'],
        minimum: 1,
        description: 'fail when the image config says it was created more than N days ago (reads the registry); null: not checked (strict: 180)'
      },
      vulnerabilities: {
        enum: ['off', 'critical', 'high', 'medium', 'low'],
        description: "lowest severity of a base image vulnerability that fails (reads the registry and the run's advisory source); off: not checked"
      },
      sources: {
        type: 'array',
        items: { enum: [...SOURCE_GROUPS] },
        uniqueItems: true,
        description:
          'images judged: dockerfile (FROM, COPY --from; the default), kubernetes (manifests, rendered Helm output, kustomize patches and images:), workflow (container, services, docker://, Docker actions), compose, helm-values (unrendered charts), pushed (--image / input image)'
      }
    }
  },
  checkOptions(options) {
    const problems: Array<{ key: string; message: string }> = []
    for (const glob of options['allowed-registries'] ?? []) {
      if (glob.trim() !== glob || glob.includes('://'))
        problems.push({
          key: 'allowed-registries',
          message: `base-image-policy allowed-registries: ${JSON.stringify(glob)} must be a registry host or registry/repository glob, without a scheme or spaces`
        })
    }
    return problems
  },
  gapsHandled: [imageConfigsFact, baseImageScansFact],
  evaluate(ctx) {
    const options = ctx.options
    const sources = options.sources.some((group) => group !== 'dockerfile') ? ctx.fact(imageSourcesFact) : ctx.fact(dockerfileSourcesFact)
    if (!sources.known) return [{ status: 'unknown', message: sources.reason }]
    const maxAge = options['max-age-days']
    const images = sources.value.images.filter((image) => options.sources.includes(GROUP_OF[image.kind]))
    const configs = maxAge !== null ? ctx.fact(imageConfigsFact) : null
    const scans = options.vulnerabilities !== 'off' ? ctx.fact(baseImageScansFact) : null
    const results: RuleResult[] = []
    // A file of a judged kind that could not be read: its images are not known.
    for (const problem of sources.value.problems) {
      if (problem.kind && options.sources.includes(GROUP_OF[problem.kind]))
        results.push({ status: 'unknown', message: `${problem.path}: ${problem.message}`, ...(problem.location ? { location: problem.location } : {}) })
    }
    for (const image of images) {
      const at = image.location ? { location: image.location } : {}
      if (options['require-digest']) {
        const result = digestResult(image)
        if (result) results.push(result)
      }
      const registry = registryResult(image, options['allowed-registries'])
      if (registry) results.push(registry)
      // The age is read for the Dockerfiles' images (base images) only.
      if (maxAge !== null && configs && GROUP_OF[image.kind] === 'dockerfile') {
        if (!image.ref) results.push({ status: 'unknown', message: `${what(image)}: base image age not checked: ${image.unknown}`, ...at })
        else if (!configs.known) results.push({ status: 'unknown', message: `${what(image)}: base image age not checked: ${configs.reason}`, ...at })
        else {
          const { platform, source } = platformFor(image)
          const result = configs.value.results.get(configKey(image.ref, platform))
          if (!result) results.push({ status: 'unknown', message: `${what(image)}: base image age not checked: its configuration was not read`, ...at })
          else if (!result.ok) results.push({ status: 'unknown', message: `${what(image)}: base image age not checked: ${result.reason}`, ...at })
          else {
            const shown = `${familiarName(image.ref)} (${platform}${source === 'default' ? `, the default platform${image.platformUnknown ? `: ${image.platformUnknown}` : ''}` : ''}; ${result.digest})`
            const created = result.created === undefined ? Number.NaN : Date.parse(result.created)
            if (result.created === undefined)
              results.push({
                status: 'unknown',
                message: `${what(image)}: base image age not checked: the image config of ${shown} has no created date`,
                ...at
              })
            else if (Number.isNaN(created))
              results.push({
                status: 'unknown',
                message: `${what(image)}: base image age not checked: the image config of ${shown} has created ${JSON.stringify(result.created)}, not a date`,
                ...at
              })
            else if (created < PLACEHOLDER_BEFORE)
              results.push({
                status: 'unknown',
                message: `${what(image)}: base image age not checked: the image config of ${shown} records no real creation date (created ${result.created}, as reproducible builds write)`,
                ...at
              })
            else {
              const days = Math.floor((ctx.now.getTime() - created) / DAY_MS)
              if (days > maxAge) {
                results.push({
                  status: 'fail',
                  severity: 'medium',
                  message: `${what(image)}: the base image ${shown} was created ${result.created.slice(0, 10)}, ${days} days ago, more than max-age-days ${maxAge}`,
                  ...at
                })
              }
            }
          }
        }
      }
      if (options.vulnerabilities !== 'off' && GROUP_OF[image.kind] === 'dockerfile')
        results.push(...vulnerabilityResults(image, options.vulnerabilities, scans!))
    }
    return results
  }
})

/**
 * A base image's known vulnerabilities (the same matching as `check --image`: OS packages by source
 * package in the distro's ecosystem): one `fail` per package and advisory at or above the threshold, at
 * the `FROM` line; what could not be read or matched is `unknown` there.
 */
function vulnerabilityResults(
  image: ImageSource,
  threshold: Exclude<BaseImagePolicyOptions['vulnerabilities'], 'off'>,
  scans: Fact<Map<string, ImageScan>>
): RuleResult[] {
  const at = image.location ? { location: image.location } : {}
  if (!image.ref) return [{ status: 'unknown', message: `${what(image)}: vulnerabilities not checked: ${image.unknown}`, ...at }]
  if (!scans.known)
    return [
      {
        status: 'unknown',
        message: `${what(image)}: vulnerabilities not checked: ${scans.reason}`,
        ...at,
        ...(scans.permission ? { permission: scans.permission } : {})
      }
    ]
  const scan = scans.value.get(configKey(image.ref, platformFor(image).platform))
  if (!scan) return [{ status: 'unknown', message: `${what(image)}: vulnerabilities not checked: the image was not read`, ...at }]
  const results = imageUnknowns([{ scan, label: what(image), ...(image.location ? { at: image.location } : {}) }])
  if (!scan.ok) return results
  const lowest = SEVERITY_ORDER.indexOf(threshold)
  let below = 0
  for (const match of scan.report.matches) {
    const severity = match.advisory.malicious ? 'critical' : matchSeverity(match)
    // An advisory without a severity cannot be shown to be below the threshold: it is gated (as fail-on does).
    if (match.advisory.severity.word !== null && SEVERITY_ORDER.indexOf(severity) < lowest) {
      below += 1
      continue
    }
    const kind = match.advisory.malicious ? 'a known malicious package: ' : ''
    results.push({
      status: 'fail',
      severity,
      message: `${what(image)}: ${imagePackageLabel(match.package)} is ${kind}vulnerable: ${advisoryLabel(match)}; ${imageFixState(match)}`,
      ...imageMatchFields(scan, match, image.location)
    })
  }
  if (results.length === 0) {
    results.push({
      status: 'pass',
      message: `${what(image)} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ''}): no known vulnerability at or above ${threshold} in ${scan.packages} packages checked against ${sourceLabel(scan.report)}${below ? ` (${below} below)` : ''}`,
      ...at,
      details: { image: scan.reference, imageDigest: scan.digest }
    })
  }
  return results
}
