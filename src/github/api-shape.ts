/**
 * The shape GitHub's OpenAPI description promises for an endpoint's success answer, and a check of an
 * answer against it. The table (`api-shapes.generated.ts`) is generated from `@octokit/openapi` by
 * `scripts/gen-api-shapes.mjs`: JSON types, required fields, properties and array items, two levels deep
 * (deeper values are only required to be there when required), so a list answered as `{}`, a string where an
 * object was promised or a missing required field is caught before any rule reads it.
 */

/** `0`: anything. Otherwise JSON types (`t`), nullable (`n`), required keys (`r`), properties (`p`), items (`i`), alternatives (`u`). */
export type Shape = 0 | { t?: string[]; n?: 1; r?: string[]; p?: Record<string, Shape>; i?: Shape; u?: Shape[] }

export interface RouteShape {
  /** The documented success status (200, or 201 for a creation). */
  status: number
  /** GitHub documents a JSON body for it. */
  json: boolean
  shape: Shape
}

export interface ApiShapeTable {
  /** Version of @octokit/openapi the table was generated from. */
  openapi: string
  maxDepth: number
  /** `GET /repos/{owner}/{repo}` -> shape. */
  routes: Record<string, RouteShape>
}

function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Where `value` departs from `shape` (`.owner.login: missing`), or null when it fits. At most one problem. */
export function shapeProblem(value: unknown, shape: Shape, at = ''): string | null {
  if (shape === 0) return null
  if (value === null && shape.n) return null
  if (shape.u) {
    const problems = shape.u.map((part) => shapeProblem(value, part, at))
    return problems.includes(null) ? null : problems[0]!
  }
  const type = jsonType(value)
  if (shape.t && !shape.t.includes(type)) return `${at || 'the answer'}: ${shape.t.join(' or ')} expected, got ${describe(value)}`
  if (type === 'object') {
    const object = value as Record<string, unknown>
    for (const key of shape.r ?? []) if (!(key in object)) return `${at || 'the answer'}: required field ${key} is missing`
    for (const [key, inner] of Object.entries(shape.p ?? {})) {
      if (!(key in object) || object[key] === undefined) continue
      const problem = shapeProblem(object[key], inner, `${at}.${key}`)
      if (problem) return problem
    }
  } else if (type === 'array' && shape.i) {
    const list = value as unknown[]
    for (let index = 0; index < list.length; index += 1) {
      const problem = shapeProblem(list[index], shape.i, `${at}[${index}]`)
      if (problem) return problem
    }
  }
  return null
}

function describe(value: unknown): string {
  const type = jsonType(value)
  if (type === 'string') return `a string (${JSON.stringify((value as string).slice(0, 40))}${(value as string).length > 40 ? '...' : ''})`
  if (type === 'object') return 'an object'
  if (type === 'array') return 'an array'
  return type
}

interface CompiledRoute {
  key: string
  method: string
  pattern: RegExp
  literal: number
}

const compiled = new WeakMap<ApiShapeTable, CompiledRoute[]>()

/**
 * The table's route for a request: `GET` and a path relative to the API base (`/repos/o/r/branches`).
 * Later pages of a list and followed redirects arrive as absolute URLs, so the template is matched, not
 * looked up; the most literal template wins (`/rulesets/{id}` over `/{repo}`).
 */
export function matchRoute(table: ApiShapeTable, method: string, path: string): string | undefined {
  let routes = compiled.get(table)
  if (!routes) {
    routes = Object.keys(table.routes).map((key) => {
      const [routeMethod, template] = key.split(' ') as [string, string]
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) =>
          /^\{[^}]+\}$/.test(part) ? (/^\{(branch|basehead|tree_sha)\}$/.test(part) ? '.+' : '[^/]+') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        )
        .join('')
      return { key, method: routeMethod, pattern: new RegExp(`^${source}/?$`), literal: template.replace(/\{[^}]+\}/g, '').length }
    })
    compiled.set(table, routes)
  }
  let best: CompiledRoute | undefined
  for (const route of routes) {
    if (route.method !== method.toUpperCase() || !route.pattern.test(path)) continue
    if (!best || route.literal > best.literal) best = route
  }
  return best?.key
}
