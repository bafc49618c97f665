/**
 * The checked-out repository on disk. Every path the project opens goes through here: relative POSIX
 * paths inside the root, symlinks resolved and checked, so nothing can escape the workspace.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import { capYoungGeneration } from '../runtime/young-generation.js'

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn'])

export interface ReadResult {
  ok: true
  text: string
}
export interface ReadFailure {
  ok: false
  reason: string
}

/** A symbolic link of the checkout that was not followed, and why. */
export interface SkippedLink {
  /** Workspace-relative POSIX path of the link. */
  path: string
  /** Why it was skipped, naming the link's target as written (e.g. `symbolic link to /etc, outside the repository`). */
  reason: string
  /** Whether the target is a directory; null when it cannot be known (a link that points nowhere). */
  directory: boolean | null
}

/** Symbolic links followed through directories, at most this deep (a guard against link cycles). */
const MAX_LINK_DEPTH = 8

export class Workspace {
  readonly root: string
  private fileList: string[] | null = null
  private skippedLinks: SkippedLink[] = []
  private readonly texts = new Map<string, string>()
  /** Values derived from files and shared by every view (e.g. parsed action metadata used by many groups). */
  private readonly derived = new Map<string, unknown>()
  /** Shared with views (an object, so a view's increments reach it). */
  private readonly counters = { filesRead: 0 }
  /** Files of the workspace read so far. */
  get filesRead(): number {
    return this.counters.filesRead
  }

  /** Paths the policy's `ignore-paths` excludes from file-based rules (set once the policy is loaded). */
  isIgnored: (relative: string) => boolean = () => false

  constructor(root: string) {
    const absolute = path.resolve(root)
    let real: string
    try {
      real = fs.realpathSync.native(absolute)
    } catch {
      throw new ConfigurationError(`workspace ${root} does not exist`)
    }
    if (!fs.statSync(real).isDirectory()) throw new ConfigurationError(`workspace ${root} is not a directory`)
    this.root = real
  }

  /**
   * The absolute path of `relative`, or a ConfigurationError when it would leave the workspace
   * (`..`, absolute paths, symlinks pointing outside).
   */
  resolve(relative: string): string {
    if (relative.includes('\0')) throw new ConfigurationError(`path ${JSON.stringify(relative)} contains a NUL byte`)
    const normalised = relative.replace(/\\/g, '/')
    if (path.posix.isAbsolute(normalised) || path.win32.isAbsolute(relative)) {
      const absolute = path.resolve(relative)
      if (!isInside(this.root, absolute)) throw new ConfigurationError(`path ${relative} is outside the workspace`)
      return this.checkReal(absolute, relative)
    }
    const joined = path.resolve(this.root, normalised)
    if (!isInside(this.root, joined)) throw new ConfigurationError(`path ${relative} is outside the workspace`)
    return this.checkReal(joined, relative)
  }

  private checkReal(absolute: string, shown: string): string {
    let real: string
    try {
      real = fs.realpathSync.native(absolute)
    } catch {
      return absolute // does not exist (yet): the lexical check above is what applies
    }
    if (!isInside(this.root, real)) throw new ConfigurationError(`path ${shown} resolves outside the workspace`)
    return real
  }

  /** Workspace-relative POSIX path of an absolute path inside the root. */
  relative(absolute: string): string {
    return path.relative(this.root, absolute).split(path.sep).join('/')
  }

  exists(relative: string): boolean {
    try {
      return fs.existsSync(this.resolve(relative))
    } catch {
      return false
    }
  }

  /**
   * All regular files (relative POSIX paths). In a git work tree, the files git sees: tracked ones and
   * untracked ones it does not ignore (what a checkout in CI holds); elsewhere, or for a directory git
   * ignores as a whole, a walk that skips .git and node_modules. A symbolic link is followed when its real
   * target is inside the workspace (a linked file is listed under the link's path; a linked directory's files
   * under the link's path too); otherwise it is skipped and recorded in `skipped()`.
   */
  files(): string[] {
    if (this.fileList) return this.fileList
    const links: string[] = []
    const found = this.gitFiles(links) ?? this.walkFiles(this.root, '', links)
    this.followLinks(links, found, 0)
    found.sort()
    this.fileList = [...new Set(found)]
    return this.fileList
  }

  /** Symbolic links `files()` did not follow (outside the workspace, pointing nowhere, cycles), in path order. */
  skipped(): SkippedLink[] {
    Workspace.prototype.files.call(this) // the whole listing, also from a view (withFiles) of one group's files
    return this.skippedLinks
  }

  /** null when the root is not inside a git work tree or git is not installed. Symbolic links go to `links`. */
  private gitFiles(links: string[]): string[] | null {
    if (!this.insideGitWorkTree()) return null
    // No shell: the arguments are fixed, and the root is passed as the working directory. (child_process is
    // loaded here, not at start-up: it pulls in the network modules.)
    const { spawnSync } = process.getBuiltinModule('node:child_process')
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
      cwd: this.root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024
    })
    if (listed.status !== 0 || listed.error) return null
    // A directory git ignores as a whole (named explicitly, e.g. generated or vendored files) is audited as a
    // plain directory rather than as an empty one.
    if (listed.stdout === '') return null
    return [...new Set(listed.stdout.split('\0'))].filter((relative) => {
      if (relative === '') return false
      try {
        // Deleted-but-tracked files are not files of the checkout; symbolic links are followed later.
        const stat = fs.lstatSync(path.join(this.root, relative))
        if (stat.isSymbolicLink()) links.push(relative)
        return stat.isFile()
      } catch {
        return false
      }
    })
  }

  /** A `.git` directory or file (worktrees, submodules) in the root or one of its parents. */
  private insideGitWorkTree(): boolean {
    for (let directory = this.root; ; directory = path.dirname(directory)) {
      if (fs.existsSync(path.join(directory, '.git'))) return true
      if (path.dirname(directory) === directory) return false
    }
  }

  /** Regular files under `start`, listed as `prefix` + their path below it; symbolic links go to `links`. */
  private walkFiles(start: string, prefix: string, links: string[]): string[] {
    const found: string[] = []
    const walk = (directory: string, prefix: string): void => {
      let entries: fs.Dirent[]
      try {
        entries = fs.readdirSync(directory, { withFileTypes: true })
      } catch {
        return
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path.join(directory, entry.name), `${prefix}${entry.name}/`)
        } else if (entry.isFile()) {
          found.push(`${prefix}${entry.name}`)
        } else if (entry.isSymbolicLink()) {
          links.push(`${prefix}${entry.name}`)
        }
      }
    }
    walk(start, prefix)
    return found
  }

  /**
   * Follows each link (a workspace-relative path) whose real target is inside the workspace: a file is
   * added under the link's path, a directory is walked under it (its own links followed in turn, up to
   * MAX_LINK_DEPTH). Anything else is recorded as skipped.
   */
  private followLinks(links: string[], found: string[], depth: number): void {
    for (const link of links) {
      const absolute = path.join(this.root, link)
      let target = '?'
      try {
        target = fs.readlinkSync(absolute)
      } catch {
        // a link below a linked directory: its path is not itself a link
      }
      let real: string
      try {
        real = fs.realpathSync.native(absolute)
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, which does not exist`, directory: null })
        continue
      }
      let stat: fs.Stats
      try {
        stat = fs.statSync(real)
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, which cannot be read`, directory: null })
        continue
      }
      if (!isInside(this.root, real)) {
        // Only the kind of the target is looked at, never its content.
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, outside the repository`, directory: stat.isDirectory() })
        continue
      }
      if (stat.isFile()) {
        found.push(link)
      } else if (stat.isDirectory()) {
        if (isInside(real, realOf(path.dirname(absolute))) || depth >= MAX_LINK_DEPTH) {
          this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, a directory that contains the link (a cycle)`, directory: true })
          continue
        }
        const nested: string[] = []
        found.push(...this.walkFiles(real, `${link}/`, nested))
        this.followLinks(nested, found, depth + 1)
      }
    }
    this.skippedLinks.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }

  /** A view of this workspace listing only `files` (reads, caches and counters are shared with it). */
  withFiles(files: string[]): Workspace {
    const view = Object.create(this) as Workspace
    view.files = () => files
    return view
  }

  /** Files directly in a directory (relative path), sorted; [] when it does not exist. */
  filesIn(directory: string): string[] {
    let absolute: string
    try {
      absolute = this.resolve(directory)
    } catch {
      return []
    }
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true })
    } catch {
      return []
    }
    const prefix = directory.replace(/\/+$/, '')
    return entries
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => (prefix ? `${prefix}/${entry.name}` : entry.name))
      .sort()
  }

  /**
   * Sub-directories directly in a directory (names, sorted); [] when it does not exist. For installed
   * metadata git does not list (`.venv/lib/python3.12/site-packages/*.dist-info`); symlinks are not followed.
   */
  directoriesIn(directory: string): string[] {
    let absolute: string
    try {
      absolute = this.resolve(directory)
    } catch {
      return []
    }
    try {
      return fs
        .readdirSync(absolute, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    } catch {
      return []
    }
  }

  /**
   * Reads a text file once (cached), refusing files larger than `maxBytes`. `cache: false` for many small
   * files read once (installed packages' metadata): not kept in memory, not offered to waivers.
   */
  readText(relative: string, maxBytes = 1024 * 1024, options: { cache?: boolean } = {}): ReadResult | ReadFailure {
    const cached = this.texts.get(relative)
    if (cached !== undefined) return { ok: true, text: cached }
    let absolute: string
    try {
      absolute = this.resolve(relative)
    } catch (error) {
      return { ok: false, reason: (error as Error).message }
    }
    try {
      const stat = fs.statSync(absolute)
      if (!stat.isFile()) return { ok: false, reason: 'not a regular file' }
      if (stat.size > maxBytes) {
        return { ok: false, reason: `file is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} chaingate reads` }
      }
      const text = fs.readFileSync(absolute, 'utf8')
      capYoungGeneration()
      this.counters.filesRead += 1
      if (options.cache !== false) this.texts.set(relative, text)
      return { ok: true, text }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return { ok: false, reason: code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (error as Error).message }
    }
  }

  /** `make()` once per key for this workspace and all its views. */
  memo<T>(key: string, make: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, make())
    return this.derived.get(key) as T
  }

  /** Text already read with readText (for inline ignore comments). */
  cachedText(relative: string): string | undefined {
    return this.texts.get(relative)
  }
}

function realOf(file: string): string {
  try {
    return fs.realpathSync.native(file)
  } catch {
    return file
  }
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}
