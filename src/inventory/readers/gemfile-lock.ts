/** Placeholder: this reader is being written. Until it is, the file is reported as not read (unknown). */
import type { ReadOutcome } from '../model.js'
import type { ReaderInput } from './types.js'

export function read(input: ReaderInput): ReadOutcome {
  return { packages: [], edges: [], problems: [{ path: input.path, format: 'gemfile-lock', message: 'this file format is not read yet' }] }
}
