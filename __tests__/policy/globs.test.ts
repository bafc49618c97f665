/**
 * globMatcher's substring test for `**` `/dir/…/` `**` globs (the default ignore-paths) agrees with minimatch,
 * with the policy's match options, on every path of a generated set: plain ones, and the empty, `.`, `..`,
 * leading- and trailing-slash paths it hands to minimatch.
 */
import { describe, expect, it } from '@jest/globals'
import { minimatch } from 'minimatch'
import { globMatcher } from '../../src/policy/globs.js'
import { DEFAULT_IGNORE_PATHS } from '../../src/policy/presets.js'

const OPTIONS = { dot: true, nocomment: true, nonegate: false }
const SEGMENTS = ['testdata', 'test', 'fixtures', 'tests', '__fixtures__', 'test-data', 'a', '.github', 'Testdata', 'xtestdata', 'testdata.x', '.', '..', '']

/** Every path of up to four segments from SEGMENTS, plus slashes at either end. */
function paths(): string[] {
  const out = new Set<string>()
  const grow = (prefix: string[]): void => {
    if (prefix.length > 0) {
      const joined = prefix.join('/')
      for (const path of [joined, `/${joined}`, `${joined}/`]) out.add(path)
    }
    if (prefix.length < 4) for (const segment of SEGMENTS) grow([...prefix, segment])
  }
  grow([])
  return [...out]
}

describe('globMatcher', () => {
  const all = paths()
  const globs = [
    ...DEFAULT_IGNORE_PATHS,
    '**/a/**',
    '**/.github/**',
    '**/test-data/a/**',
    '**/./**',
    '**/../**',
    '**/a',
    'a/**',
    '**/*data/**',
    '**/{test,tests}/fixtures/**',
    '**'
  ]

  it.each(globs)('matches %s as minimatch does', (glob) => {
    const matches = globMatcher([glob])
    const differences = all.filter((path) => matches(path) !== minimatch(path, glob, OPTIONS))
    expect(differences).toEqual([])
    expect(all.some((path) => matches(path))).toBe(true)
  })

  it('matches a path when any glob does', () => {
    const matches = globMatcher([...DEFAULT_IGNORE_PATHS])
    expect(all.filter((path) => matches(path))).toEqual(all.filter((path) => DEFAULT_IGNORE_PATHS.some((glob) => minimatch(path, glob, OPTIONS))))
    expect(globMatcher([])('testdata/x')).toBe(false)
  })
})
