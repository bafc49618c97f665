/**
 * The triggering event, as a runner describes it: GITHUB_EVENT_NAME and the webhook payload at
 * GITHUB_EVENT_PATH. Read by both shells (the action, and the CLI when it runs inside a workflow).
 */
import fs from 'node:fs'
import type { EventContext } from './facts/context.js'
import { ConfigurationError } from './model/errors.js'

export function readEventPayload(env: Record<string, string | undefined>): EventContext | null {
  const name = env.GITHUB_EVENT_NAME
  const file = env.GITHUB_EVENT_PATH
  if (!name) return null
  if (!file || !fs.existsSync(file)) return { name, payload: {} }
  try {
    return { name, payload: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> }
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${(error as Error).message}`, { file })
  }
}
