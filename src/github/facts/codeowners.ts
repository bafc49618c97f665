/**
 * CODEOWNERS: the file from the checkout (GitHub reads `.github/CODEOWNERS`, then `CODEOWNERS`, then
 * `docs/CODEOWNERS`, and uses the first it finds), its syntax errors as GitHub sees them on the default
 * branch (`GET /repos/{owner}/{repo}/codeowners/errors`, Contents/Metadata read), and a matcher that says
 * who owns a path. Pattern semantics follow GitHub's documentation: gitignore-style, the last matching
 * line wins, a line without owners un-owns, a leading or inner `/` anchors to the root, a trailing `/`
 * means a directory and everything below it, `dir/*` matches direct children only.
 */
import { globLibrary } from '../../policy/glob-library.js'
import { defineFact, known, unknownFact, noTarget } from '../../model/fact.js'
import { repositoryFact } from './repository.js'
import { tieredFact } from './support.js'

export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export interface CodeownersLine {
  pattern: string
  owners: string[]
  line: number
}

export interface CodeownersFile {
  /** null when the checkout has none. */
  path: string | null
  lines: CodeownersLine[]
}

export function parseCodeowners(text: string): CodeownersLine[] {
  const lines: CodeownersLine[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const withoutComment = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!withoutComment) return
    // `\ ` escapes a space inside a pattern.
    const tokens = withoutComment.match(/(?:\\\s|\S)+/g) ?? []
    const [pattern, ...owners] = tokens
    if (!pattern) return
    lines.push({ pattern: pattern.replace(/\\(\s)/g, '$1'), owners, line: index + 1 })
  })
  return lines
}

/** Whether a CODEOWNERS pattern matches a repository-relative file path. */
export function codeownersPatternMatches(pattern: string, path: string): boolean {
  let body = pattern
  const directoryOnly = body.endsWith('/')
  if (directoryOnly) body = body.replace(/\/+$/, '')
  const anchored = body.startsWith('/') || body.includes('/')
  body = body.replace(/^\/+/, '')
  if (body === '' || body === '*' || body === '**') return true
  const glob = anchored ? body : `**/${body}`
  const options = { dot: true, nobrace: true, noext: true, nocomment: true, nonegate: true }
  const { minimatch } = globLibrary()
  if (directoryOnly) return minimatch(path, `${glob}/**`, options)
  if (minimatch(path, glob, options)) return true
  // A pattern that names a directory covers everything below it, except `dir/*` (direct children only).
  if (body.endsWith('/*')) return false
  return minimatch(path, `${glob}/**`, options)
}

/** The owners of `path` (last matching line wins); [] when no line owns it or the last match has no owners. */
export function ownersOf(lines: CodeownersLine[], path: string): { owners: string[]; line: CodeownersLine | null } {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index]!
    if (codeownersPatternMatches(line.pattern, path)) return { owners: line.owners, line }
  }
  return { owners: [], line: null }
}

export const codeownersFileFact = defineFact<CodeownersFile>('codeowners-file', async (ctx) => {
  const files = new Set(ctx.workspace.files())
  const path = CODEOWNERS_LOCATIONS.find((candidate) => files.has(candidate)) ?? null
  if (!path) return known({ path: null, lines: [] })
  const read = ctx.workspace.readText(path)
  if (!read.ok) return unknownFact('api-error', `could not read ${path}: ${read.reason}`)
  return known({ path, lines: parseCodeowners(read.text) })
})

export interface CodeownersError {
  line: number
  column: number
  kind: string
  message: string
  path: string
}

export interface CodeownersErrors {
  /** false when GitHub finds no CODEOWNERS file on the default branch (404). */
  found: boolean
  errors: CodeownersError[]
}

export const codeownersErrorsFact = defineFact<CodeownersErrors>('github.codeowners-errors', async (ctx) => {
  if (!ctx.target) return noTarget()
  // Without a CODEOWNERS file in the checkout there is nothing to ask GitHub about.
  const file = await ctx.get(codeownersFileFact)
  if (file.known && !file.value.path) return unknownFact('not-applicable', 'the checkout has no CODEOWNERS file')
  // A 404 below means "no CODEOWNERS" only for a repository the token can see.
  const repository = await ctx.get(repositoryFact)
  if (!repository.known) return repository
  const { owner, repo } = ctx.target
  return tieredFact<CodeownersErrors>(
    ctx,
    'github-token',
    async (client) => {
      const data = (await client.octokit.request('GET /repos/{owner}/{repo}/codeowners/errors', { owner, repo })).data as { errors: CodeownersError[] }
      return {
        found: true,
        errors: data.errors.map((error) => ({ line: error.line, column: error.column, kind: error.kind, message: error.message, path: error.path }))
      }
    },
    {
      what: `CODEOWNERS errors of ${owner}/${repo}`,
      permission: 'Metadata: read',
      // GitHub answers 404 when the default branch has no CODEOWNERS file (the repository is visible: above).
      onNotFound: () => known({ found: false, errors: [] })
    }
  )
})
