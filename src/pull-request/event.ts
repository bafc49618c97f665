/**
 * Pull-request mode: which pull request the run is about, from the triggering event.
 * - `pull_request`, `pull_request_target`, `pull_request_review`: the payload carries the pull request
 *   (number, head SHA, author), so no request is needed.
 * - `merge_group`: the payload names the queue branch, `refs/heads/gh-readonly-queue/{base}/pr-{N}-{sha}`.
 *   Each pull request entering the queue gets its own group (containing the ones ahead of it), so checking
 *   PR N in its group covers every change of the queue. Its head SHA and author are read with one request.
 */
import type { EventContext } from '../facts/context.js'

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review']

export interface PullRequestRef {
  number: number
  event: string
  /** From the payload; absent for merge_group (read from the API). */
  headSha?: string
  author?: string
  /** merge_group: the queue's head commit (what will land on the base branch). */
  groupHeadSha?: string
}

const QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-([0-9a-f]{7,64})$/

/** The PR number named by a merge-queue head ref, or null. */
export function pullRequestFromQueueRef(ref: string): number | null {
  const match = QUEUE_REF.exec(ref)
  return match ? Number(match[1]) : null
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** The pull request of the event, or null when the event is not about one (push, schedule...). */
export function pullRequestOf(event: EventContext | null): PullRequestRef | null {
  if (!event) return null
  if (PULL_REQUEST_EVENTS.includes(event.name)) {
    const pr = record(event.payload.pull_request)
    const number = typeof pr?.number === 'number' ? pr.number : typeof event.payload.number === 'number' ? event.payload.number : null
    if (number === null) return null
    const head = record(pr?.head)
    const user = record(pr?.user)
    return {
      number,
      event: event.name,
      ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}),
      ...(typeof user?.login === 'string' ? { author: user.login } : {})
    }
  }
  if (event.name === 'merge_group') {
    const group = record(event.payload.merge_group)
    const ref = typeof group?.head_ref === 'string' ? group.head_ref : ''
    const number = pullRequestFromQueueRef(ref)
    if (number === null) return null
    return { number, event: event.name, ...(typeof group?.head_sha === 'string' ? { groupHeadSha: group.head_sha } : {}) }
  }
  return null
}
