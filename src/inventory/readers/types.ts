/** What every lockfile/manifest reader receives and returns. */
import type { ReadOutcome } from '../model.js'

export interface ReaderInput {
  /** Workspace-relative POSIX path of the file. */
  path: string
  text: string
  /**
   * The text of another file of the workspace, by path relative to this file's directory (`package.json`
   * beside a lockfile, `go.sum` beside `go.mod`, a `-r` include), or undefined when it is absent or
   * cannot be read. Paths cannot leave the workspace.
   */
  sibling(relative: string): string | undefined
  /**
   * The files of the workspace matching a glob relative to this file's directory (a workspace glob joined with `/package.json`),
   * as paths relative to that directory, sorted; installed folders (`node_modules`…) excluded. Readers
   * that need to enumerate (yarn classic's workspaces, absent from its lockfile) use it; optional.
   */
  glob?(pattern: string): string[]
  /**
   * Whether a file exists, by path relative to this file's directory, without reading it (a lockfile of an
   * ancestor workspace root is checked, not parsed); false for paths that leave the workspace. Optional.
   */
  exists?(relative: string): boolean
}

/**
 * A reader: pure, synchronous, never throws for bad input it can describe (it returns `problems` with
 * file and line); a throw is turned into one problem by the caller.
 */
export type Reader = (input: ReaderInput) => ReadOutcome
