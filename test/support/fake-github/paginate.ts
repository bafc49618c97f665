/**
 * A route handler serving `items` a page at a time the way GitHub does: `per_page` (default 30, at most 100)
 * and `page` (default 1) query parameters, and an RFC 5988 `Link` header with rel prev/next/last/first
 * built as absolute URLs from the request's Host.
 */
import type { FakeRequest, FakeResponse } from './server.js'

export interface PaginateOptions {
  /** Page size when the request sends no `per_page` (GitHub: 30). */
  perPage?: number
  /**
   * For endpoints that wrap the list in an object (`{ total_count, workflow_runs: [...] }`): the list's key.
   * `total_count` is added.
   */
  key?: string
  /** Extra fields of the wrapping object (with `key`). */
  extra?: Record<string, unknown>
}

export function paginate(items: readonly unknown[], options: PaginateOptions = {}): (request: FakeRequest) => FakeResponse {
  return (request) => {
    const perPage = clamp(Number.parseInt(request.query.get('per_page') ?? '', 10) || options.perPage || 30, 1, 100)
    const page = Math.max(1, Number.parseInt(request.query.get('page') ?? '', 10) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const slice = items.slice((page - 1) * perPage, page * perPage)
    const links: string[] = []
    const link = (target: number, rel: string): void => {
      const url = new URL(request.url)
      url.searchParams.set('page', String(target))
      links.push(`<${url.href}>; rel="${rel}"`)
    }
    if (page > 1) link(Math.min(page - 1, last), 'prev')
    if (page < last) {
      link(page + 1, 'next')
      link(last, 'last')
    }
    if (page > 1) link(1, 'first')
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
    const body = options.key ? { total_count: items.length, ...options.extra, [options.key]: slice } : slice
    return { status: 200, body, headers }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
