/**
 * Base images of the repository's Dockerfiles (`FROM`, `COPY --from=<image>`), and the images of the other
 * `sources` listed (manifests, workflows, Compose, chart values, pushed), against the policy: pinned by
 * digest, from an allowed registry, not older than N days (the image config's `created`, read from the
 * registry only when `max-age-days` is set), and free of known vulnerabilities at or above `vulnerabilities`
 * (the image read from its registry and matched as `check --image` does: src/images/scan-fact.ts) — each
 * distinct reference and platform read once, whichever files name it, each finding at its own line.
 * A reference chaingate cannot resolve (an `ARG` without a default, an unset Compose variable, a `${{ }}`
 * expression) is `unknown` at its line, never a pass.
 */
import { globLibrary } from '../../policy/glob-library.js'
import type { Severity } from '../../model/finding.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { imageConfigsFact, imageConfigsFactFor, configKey, platformFor, type ImageConfigs } from '../../images/sources/config.js'
import { dockerfileSourcesFact, familiarName, imageSourcesFact, type ImageSource } from '../../images/sources/index.js'
import { beyondDockerfiles, GROUP_OF, SOURCE_GROUPS, type SourceGroup } from '../../images/sources/groups.js'
import { baseImageScansFact, imageConfigsFromScansFor, imageScansFactFor, type ImageScan } from '../../images/scan-fact.js'
import type { Fact, FactDef } from '../../model/fact.js'
import {
  advisoryLabel,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  matchSeverity,
  sourceLabel
} from '../dependencies/advisory-support.js'

export interface BaseImagePolicyOptions {
  /** Every image pinned by `@sha256:` digest. */
  'require-digest': boolean
  /** Registry globs (`docker.io`, `*.dkr.ecr.*.amazonaws.com`) or `registry/repository` globs (`docker.io/library/*`); empty: any. */
  'allowed-registries': string[]
  /** The image config's `created` of each judged image no older than this many days (reads the registry); null: not checked. */
  'max-age-days': number | null
  /** Lowest severity of a judged image's vulnerability that fails; `off`: not checked. */
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
      note: 'max-age-days reads each judged image’s manifest and config, vulnerabilities its layers too, from its registry (credentials from the Docker config or REGISTRY_USERNAME/REGISTRY_PASSWORD); not with --offline. vulnerabilities also needs an advisory source (--advisories)'
    }
  },
  needs: [dockerfileSourcesFact],
  usesWith: (options) => [
    // Manifests and workflows are read only when the rule judges their images; registries only for the
    // options that need them, and only for the images of the groups judged.
    ...(beyondDockerfiles(options.sources ?? []) ? [imageSourcesFact] : []),
    ...(options['max-age-days'] !== null && options['max-age-days'] !== undefined ? [configsFact(options)] : []),
    ...(options.vulnerabilities !== undefined && options.vulnerabilities !== 'off' ? [imageScansFactFor(options.sources ?? ['dockerfile'])] : [])
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
        description:
          "lowest severity of a vulnerability of a judged image (see sources) that fails (reads the registry and the run's advisory source); off: not checked"
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
    const sources = beyondDockerfiles(options.sources) ? ctx.fact(imageSourcesFact) : ctx.fact(dockerfileSourcesFact)
    if (!sources.known) return [{ status: 'unknown', message: sources.reason }]
    const maxAge = options['max-age-days']
    const images = sources.value.images.filter((image) => options.sources.includes(GROUP_OF[image.kind]))
    // The same registry reads for every group judged: one per distinct reference and platform.
    const configs = maxAge !== null ? ctx.fact(configsFact(options)) : null
    const scans = options.vulnerabilities !== 'off' ? ctx.fact(imageScansFactFor(options.sources)) : null
    const results: RuleResult[] = []
    // A file of a judged kind that could not be read: its images are not known.
    for (const problem of sources.value.problems) {
      if (problem.kind && options.sources.includes(GROUP_OF[problem.kind]))
        results.push({ status: 'unknown', message: `${problem.path}: ${problem.message}`, ...(problem.location ? { location: problem.location } : {}) })
    }
    for (const image of images) {
      if (options['require-digest']) {
        const result = digestResult(image)
        if (result) results.push(result)
      }
      const registry = registryResult(image, options['allowed-registries'])
      if (registry) results.push(registry)
      if (maxAge !== null && configs) {
        const result = ageResult(image, maxAge, configs, ctx.now)
        if (result) results.push(result)
      }
      if (options.vulnerabilities !== 'off') results.push(...vulnerabilityResults(image, options.vulnerabilities, scans!))
    }
    return results
  }
})

/**
 * Where the ages come from: the images' configurations, or, when `vulnerabilities` reads the images anyway,
 * the configurations those reads fetched (each image read once for both).
 */
function configsFact(options: Partial<BaseImagePolicyOptions>): FactDef<ImageConfigs> {
  const groups = options.sources ?? ['dockerfile']
  return options.vulnerabilities !== undefined && options.vulnerabilities !== 'off' ? imageConfigsFromScansFor(groups) : imageConfigsFactFor(groups)
}

/** What the image is called in messages: a Dockerfile's is the base image of a build, another just an image. */
function noun(image: ImageSource): string {
  return GROUP_OF[image.kind] === 'dockerfile' ? 'base image' : 'image'
}

/** The image's age against `max-age-days` (the config's `created`), at its line; null when young enough. */
function ageResult(image: ImageSource, maxAge: number, configs: Fact<ImageConfigs>, now: Date): RuleResult | null {
  const at = image.location ? { location: image.location } : {}
  const notChecked = `${what(image)}: ${noun(image)} age not checked`
  if (!image.ref) return { status: 'unknown', message: `${notChecked}: ${image.unknown}`, ...at }
  if (!configs.known)
    return { status: 'unknown', message: `${notChecked}: ${configs.reason}`, ...at, ...(configs.permission ? { permission: configs.permission } : {}) }
  const { platform, source } = platformFor(image)
  const result = configs.value.results.get(configKey(image.ref, platform))
  if (!result) return { status: 'unknown', message: `${notChecked}: its configuration was not read`, ...at }
  if (!result.ok) return { status: 'unknown', message: `${notChecked}: ${result.reason}`, ...at }
  const shown = `${familiarName(image.ref)} (${platform}${source === 'default' ? `, the default platform${image.platformUnknown ? `: ${image.platformUnknown}` : ''}` : ''}; ${result.digest})`
  if (result.created === undefined) return { status: 'unknown', message: `${notChecked}: the image config of ${shown} has no created date`, ...at }
  const created = Date.parse(result.created)
  if (Number.isNaN(created))
    return { status: 'unknown', message: `${notChecked}: the image config of ${shown} has created ${JSON.stringify(result.created)}, not a date`, ...at }
  if (created < PLACEHOLDER_BEFORE)
    return {
      status: 'unknown',
      message: `${notChecked}: the image config of ${shown} records no real creation date (created ${result.created}, as reproducible builds write)`,
      ...at
    }
  const days = Math.floor((now.getTime() - created) / DAY_MS)
  if (days <= maxAge) return null
  return {
    status: 'fail',
    severity: 'medium',
    message: `${what(image)}: the ${noun(image)} ${shown} was created ${result.created.slice(0, 10)}, ${days} days ago, more than max-age-days ${maxAge}`,
    ...at
  }
}

/**
 * An image's known vulnerabilities (the same matching as `check --image`: OS packages by source package in
 * the distro's ecosystem): one `fail` per package and advisory at or above the threshold, at the line that
 * names the image (`FROM`, `image:`, `container:`…); what could not be read or matched is `unknown` there.
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
