/**
 * The file names that make a Compose file, a kustomization or a chart's values: tested on every workspace
 * path by the image sources fact, whose readers (compose.ts, kustomize.ts, helm.ts) are loaded only when
 * such a file is there (the check path's cold start). And how those readers turn a path written in a file
 * into a workspace path.
 */
import path from 'node:path'

/** The files Compose reads in a folder when none is named (compose-go's discovery): the first of each list found. */
export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']
export const COMPOSE_OVERRIDES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml']

/** `compose.yaml`, `compose.override.yml`, `docker-compose.yml`, `docker-compose.prod.yaml`… (not in `.github/workflows/`). */
export function isComposeName(relative: string): boolean {
  return !relative.startsWith('.github/workflows/') && /(?:^|\/)(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/i.test(relative)
}

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

export function isKustomizationName(relative: string): boolean {
  return KUSTOMIZATION_NAMES.includes(relative.slice(relative.lastIndexOf('/') + 1))
}

/** A chart's `values.yaml` (a `Chart.yaml` beside it). */
export function isChartValues(relative: string, files: ReadonlySet<string>): boolean {
  return /(?:^|\/)values\.ya?ml$/.test(relative) && files.has(path.posix.join(path.posix.dirname(relative), 'Chart.yaml'))
}

/**
 * A chart folder vendored in another chart's `charts/` folder (`<parent>/charts/<name>`, a `Chart.yaml` and a
 * values file in `<parent>`): read with its parent, whose values are read first.
 */
export function isVendoredSubchart(folder: string, files: ReadonlySet<string>): boolean {
  const match = /^(?:(.*)\/)?charts\/[^/]+$/.exec(folder)
  if (!match) return false
  const parent = match[1] === undefined ? '' : `${match[1]}/`
  return files.has(`${parent}Chart.yaml`) && (files.has(`${parent}values.yaml`) || files.has(`${parent}values.yml`))
}

/**
 * A path written in a file (a Dockerfile, a resource, another Compose file), relative to `folder`, as a
 * workspace path; undefined when it is absolute or leads above the workspace (never read).
 */
export function workspacePath(folder: string, written: string): string | undefined {
  if (path.posix.isAbsolute(written)) return undefined
  const joined = path.posix.normalize(path.posix.join(folder, written))
  return joined === '..' || joined.startsWith('../') ? undefined : joined
}
