/** Validation and matching of the policy's path globs (minimatch, workspace-relative POSIX paths). */
import type { Minimatch } from 'minimatch'
import { globLibrary } from './glob-library.js'

const MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: false } as const

/** Why `pattern` is not a usable glob, or null when it is. */
export function globProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'empty glob'
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return `glob ${JSON.stringify(pattern)} must be relative to the repository root`
  if (pattern.split('/').includes('..')) return `glob ${JSON.stringify(pattern)} must not contain '..'`
  if (pattern.includes('\\')) return `glob ${JSON.stringify(pattern)} uses '\\'; use '/' as the path separator`
  if (!balanced(pattern, '[', ']') || !balanced(pattern, '{', '}')) return `glob ${JSON.stringify(pattern)} has an unclosed '[' or '{'`
  const matcher = new (globLibrary().Minimatch)(pattern, MATCH_OPTIONS)
  if (matcher.set.length === 0) return `glob ${JSON.stringify(pattern)} matches nothing`
  return null
}

function balanced(pattern: string, open: string, close: string): boolean {
  let depth = 0
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]
    if (char === '\\') {
      index += 1
      continue
    }
    if (char === open) depth += 1
    else if (char === close) {
      depth -= 1
      if (depth < 0) return false
    }
  }
  return depth === 0
}

/** Whether matching `patterns` needs minimatch: any glob beyond the `**` `/dir/…/` `**` form (globMatcher). */
export function globsNeedLibrary(patterns: readonly string[]): boolean {
  return patterns.some((pattern) => enclosedDirectories(pattern) === null)
}

/**
 * A predicate for "path matches any of these globs". Globs of the form `**` `/dir/…/` `**` (the default
 * `ignore-paths`, asked about every file of the workspace) are matched by a substring test on plain
 * relative paths, with minimatch's result (a test compares the two); every other glob, and any path with
 * an empty, `.` or `..` segment, goes to minimatch, whose matcher is made on first use.
 */
export function globMatcher(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false
  const matchers = patterns.map((pattern) => {
    let full: Minimatch | undefined
    const minimatch = (path: string): boolean => (full ??= new (globLibrary().Minimatch)(pattern, MATCH_OPTIONS)).match(path)
    const inside = enclosedDirectories(pattern)
    return inside === null ? minimatch : (path: string) => (PLAIN_PATH.test(path) ? `/${path}`.includes(inside) : minimatch(path))
  })
  return (path) => matchers.some((match) => match(path))
}

/** Relative paths of one or more segments, none empty, `.` or `..`. */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/

/**
 * For `**` `/a/b/` `**` with literal segments (letters, digits, `.`, `_`, `-`; not `.` or `..`): `/a/b/`, which
 * a plain path prefixed with `/` contains exactly when the glob matches it (the directories, then at least
 * one more segment). Otherwise null.
 */
function enclosedDirectories(pattern: string): string | null {
  const match = /^\*\*((?:\/[A-Za-z0-9._-]+)+)\/\*\*$/.exec(pattern)
  if (!match || match[1]!.split('/').some((segment) => segment === '.' || segment === '..')) return null
  return `${match[1]!}/`
}
