/**
 * Numeric user ids of bot accounts that workflows compare `github.actor_id` (or `github.event.sender.id`)
 * against. Source: the GitHub users API (`GET /users/<login>`, field `id`), reviewed 2026-12.
 */
export const BOT_IDS: ReadonlyMap<number, string> = new Map([
  [49699333, 'dependabot[bot]'],
  [41898282, 'github-actions[bot]'],
  [29139614, 'renovate[bot]']
])
