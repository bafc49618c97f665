/**
 * Command output that cannot carry free text, whatever went into the command: a jq selection of fields whose
 * values are numbers, SHAs, logins, states or timestamps (`gh pr view "$BRANCH" --json number --jq .number`,
 * `echo "$PR_JSON" | jq -r .head.sha`, `--jq '"number=\(.number)"'`), and `git merge-base` / `git rev-parse`
 * (commit ids). The taint tracker (analysis.ts) does not take such output as pull-request text: the hand
 * review (bench/hand-review.md, category A) found github-env and template-injection reporting these at
 * high/critical. Field values per GitHub's REST API reference (https://docs.github.com/en/rest): `number`,
 * `id`, `total_count` are integers, `sha`/`oid` hex, `login` a user or app login (letters, digits, `-`,
 * `[bot]`), `state`/`status`/`conclusion`/`author_association` enums, `*_at` ISO 8601 timestamps.
 */

/** Fields whose values hold no shell or script syntax (GitHub REST/GraphQL objects). */
const SAFE_FIELDS = new Set([
  'number',
  'id',
  'node_id',
  'databaseid',
  'sha',
  'oid',
  'login',
  'total_count',
  'totalcount',
  'count',
  'state',
  'status',
  'conclusion',
  'merged',
  'draft',
  'isdraft',
  'locked',
  'author_association',
  'authorassociation',
  'created_at',
  'updated_at',
  'closed_at',
  'merged_at',
  'pushed_at',
  'createdat',
  'updatedat',
  'run_id',
  'run_number',
  'run_attempt',
  'additions',
  'deletions',
  'changed_files',
  'commits',
  'comments'
])

/** Commands that pass their input's lines through without adding text of their own. */
const PASS_THROUGH = /^(?:head|tail|sort|uniq|wc)(?:\s+-[\w-]+(?:\s+\d+)?)*$/

/** Splits a command at top-level pipes (`|`, not `||`), outside quotes and `$( )`. */
function stages(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!
    if (quote) {
      if (c === '\\' && quote === '"') i += 1
      else if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"') quote = c
    else if (c === '\\') i += 1
    else if (c === '(') depth += 1
    else if (c === ')') depth -= 1
    else if (c === '|' && depth === 0) {
      if (text[i + 1] === '|' || text[i - 1] === '|') continue
      out.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  out.push(text.slice(start).trim())
  return out
}

/** The jq filter of a pipeline stage (`jq [opts] FILTER`, or `--jq FILTER` of gh), or null. */
function jqFilter(stage: string): string | null {
  const quoted = '(?:\'([^\']*)\'|"((?:[^"\\\\]|\\\\.)*)"|([^\\s\'"|;)]+))'
  const gh = new RegExp(`(?:^|\\s)--jq(?:\\s+|=)${quoted}`).exec(stage)
  const plain = gh ? null : new RegExp(`^jq\\s+(?:-[A-Za-z-]+\\s+)*${quoted}`).exec(stage)
  const match = gh ?? plain
  if (!match) return null
  const filter = match[1] ?? match[2]?.replace(/\\(["\\$`])/g, '$1') ?? match[3] ?? ''
  // The rest of the stage may not bring in more text (`--arg x "$TITLE"` is fine; a file of the PR is not read by `--jq`).
  return filter
}

/** Removes `select(...)` (its fields are tested, not printed). */
function withoutSelects(filter: string): string {
  let out = filter
  for (;;) {
    const at = out.indexOf('select(')
    if (at === -1) return out
    let depth = 0
    let end = at + 'select'.length
    for (; end < out.length; end += 1) {
      if (out[end] === '(') depth += 1
      else if (out[end] === ')') {
        depth -= 1
        if (depth === 0) break
      }
    }
    out = `${out.slice(0, at)}${out.slice(end + 1)}`
  }
}

/** Whether a jq filter prints only safe fields (and constants). */
export function safeJqFilter(filter: string): boolean {
  const printed = withoutSelects(filter)
  if (/\b(?:keys|to_entries|tostring|tojson|@json|@text|input|inputs|env|\$ENV|ascii|implode|getpath|paths|splits?|sub|gsub|ltrimstr|rtrimstr)\b/.test(printed))
    return false
  const last = printed.split('|').pop()!.trim()
  // The last step printing `.` or `.[]` prints whole objects.
  if (last === '' || /^\.(?:\[\d*\])?$/.test(last)) return false
  // Chains that name fields; pure iterators (`.[]`, `.[0]`) only walk to them.
  const chains = (printed.match(/(?:\.(?:[A-Za-z_][\w-]*|\[\d*\]|"[^"]*"))+/g) ?? []).filter((chain) => /\.[A-Za-z_]/.test(chain))
  if (chains.length === 0) return false
  return chains.every((chain) => {
    if (/\[\]$/.test(chain)) return false
    const names = chain.match(/\.([A-Za-z_][\w-]*)/g)!
    return SAFE_FIELDS.has(names[names.length - 1]!.slice(1).toLowerCase())
  })
}

/**
 * Whether the output of a command (a `$( )` value, or a command that writes to `$GITHUB_OUTPUT`) can only
 * be safe fields chosen by jq, or commit ids.
 */
export function narrowedOutput(command: string): boolean {
  let text = command.trim().replace(/^(?:if|then|else|!)\s+/, '')
  // An assignment's value: `"$( … )"`.
  const substitution = /^"?\$\(([\s\S]*)\)"?$/.exec(text)
  if (substitution) text = substitution[1]!.trim()
  text = text
    .replace(/\s*\d?>>?\s*(?:"[^"]*"|\S+)\s*(?:;\s*then)?\s*$/, '')
    .replace(/\s*2>\s*\/dev\/null/g, '')
    .replace(/\s*\|\|\s*true\s*$/, '')
  if (/^git\s+(?:merge-base|rev-parse)\b[^|;&`]*$/.test(text)) return true
  const parts = stages(text)
  while (parts.length > 1 && PASS_THROUGH.test(parts[parts.length - 1]!)) parts.pop()
  const last = parts[parts.length - 1]!
  const filter = jqFilter(last)
  return filter !== null && safeJqFilter(filter)
}
