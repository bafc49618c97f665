/**
 * Subjects of a statement: workspace files matched by minimatch globs (hashed, see digest.ts), entries of
 * checksum files (`SHA256SUMS`: GNU `hex  name` / `hex *name` or BSD `SHA256 (name) = hex`), and container
 * images given as `name@sha256:hex`. Paths never leave the workspace: globs with `..` or absolute paths are
 * refused, and every match goes through `Workspace.resolve` (symlinks resolved and checked).
 */
import fs from 'node:fs'
import { globLibrary } from '../policy/glob-library.js'
import { ConfigurationError } from '../model/errors.js'
import { globProblem } from '../policy/globs.js'
import type { Workspace } from '../workspace/workspace.js'
import { sha256Files } from './digest.js'

export interface Subject {
  name: string
  digest: { sha256: string }
}

export interface SubjectFile {
  /** Workspace-relative POSIX path (the subject name). */
  path: string
  /** Absolute real path. */
  absolute: string
}

const HEX64 = /^[0-9a-f]{64}$/

/** Workspace files matched by the globs, sorted, each at most once. A glob that matches nothing is an error. */
export function matchFiles(workspace: Workspace, patterns: readonly string[]): SubjectFile[] {
  const found = new Map<string, SubjectFile>()
  for (const pattern of patterns) {
    const problem = globProblem(pattern)
    if (problem) throw new ConfigurationError(`subject-path: ${problem}`)
    const matcher = new (globLibrary().Minimatch)(pattern, { dot: true, nocomment: true, nonegate: true })
    let matched = 0
    if (!matcher.hasMagic()) {
      // A literal path: resolved directly, so a symlink is followed and checked (and node_modules is fine).
      const absolute = workspace.resolve(pattern)
      let stat: fs.Stats
      try {
        stat = fs.statSync(absolute)
      } catch {
        throw new ConfigurationError(`subject-path ${pattern}: no such file`)
      }
      if (!stat.isFile()) throw new ConfigurationError(`subject-path ${pattern}: not a regular file`)
      const relative = workspace.relative(absolute)
      found.set(relative, { path: relative, absolute })
      matched += 1
    } else {
      for (const file of workspace.files()) {
        if (!matcher.match(file)) continue
        found.set(file, { path: file, absolute: workspace.resolve(file) })
        matched += 1
      }
    }
    if (matched === 0) throw new ConfigurationError(`subject-path ${pattern} matches no file in the workspace`)
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Subjects for files: names are workspace-relative paths, digests streamed and computed concurrently. */
export async function fileSubjects(files: readonly SubjectFile[], concurrency?: number): Promise<Subject[]> {
  const digests = await sha256Files(
    files.map((file) => file.absolute),
    concurrency
  )
  return files.map((file, index) => ({ name: file.path, digest: { sha256: digests[index]! } }))
}

/** Parses a SHA256SUMS-style file. `shown` names the file in errors. */
export function parseChecksums(text: string, shown: string): Subject[] {
  const subjects: Subject[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const bsd = /^SHA256 \((.+)\) = ([0-9a-fA-F]+)$/.exec(line)
    const gnu = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line)
    const [name, hex] = bsd ? [bsd[1]!, bsd[2]!] : gnu ? [gnu[2]!, gnu[1]!] : [undefined, undefined]
    if (name === undefined || hex === undefined)
      throw new ConfigurationError('not a checksum line (expected "<sha256>  <name>")', { file: shown, line: index + 1 })
    const digest = hex.toLowerCase()
    if (!HEX64.test(digest)) throw new ConfigurationError(`${JSON.stringify(hex)} is not a SHA-256 digest (64 hex digits)`, { file: shown, line: index + 1 })
    subjects.push({ name, digest: { sha256: digest } })
  })
  if (subjects.length === 0) throw new ConfigurationError('checksum file lists no subjects', { file: shown })
  return subjects
}

export function checksumSubjects(workspace: Workspace, file: string): Subject[] {
  const read = workspace.readText(file, 64 * 1024 * 1024)
  if (!read.ok) throw new ConfigurationError(`subject-checksums ${file}: ${read.reason}`)
  return parseChecksums(read.text, file)
}

export interface ImageReference {
  /** Registry and repository, e.g. `ghcr.io/octo-org/app` (no tag). */
  name: string
  tag?: string
  /** `sha256:<hex>` when pinned. */
  digest?: string
}

/** Parses `name[:tag][@sha256:hex]`. */
export function parseImageReference(text: string): ImageReference | null {
  const trimmed = text.trim()
  const at = trimmed.indexOf('@')
  const beforeDigest = at >= 0 ? trimmed.slice(0, at) : trimmed
  const digest = at >= 0 ? trimmed.slice(at + 1) : undefined
  if (digest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(digest)) return null
  const lastSlash = beforeDigest.lastIndexOf('/')
  const colon = beforeDigest.lastIndexOf(':')
  const hasTag = colon > lastSlash
  const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest
  const tag = hasTag ? beforeDigest.slice(colon + 1) : undefined
  // A first segment with a dot, a port or `localhost` is a registry host (case-insensitive); paths are lower case.
  const slash = name.indexOf('/')
  const first = slash >= 0 ? name.slice(0, slash) : ''
  const isHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')
  const checked = isHost ? `${first.toLowerCase()}${name.slice(slash)}` : name
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(checked)) return null
  if (tag !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) return null
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) }
}

/** `--subject NAME@sha256:HEX` → subject (the name without the digest, as actions/attest records it). */
export function imageSubject(text: string): Subject {
  const reference = parseImageReference(text)
  if (!reference || !reference.digest) throw new ConfigurationError(`subject ${JSON.stringify(text)} must be NAME@sha256:<64 hex digits>`)
  return { name: reference.name, digest: { sha256: reference.digest.slice('sha256:'.length) } }
}
