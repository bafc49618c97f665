/**
 * The owned-path filter (`isLanguageFile`) is string searches in place of one regular expression (its `lib/`
 * alternative backtracked over every path of a distribution's file lists). The expression it replaced (with the
 * gem, Composer and .NET records since added) is the oracle here, over paths built from every combination of the components that decide the answer, and over
 * this machine's own dpkg file lists when it has them.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { isLanguageFile } from '../../src/images/catalog/index.js'

const FORMER =
  /node_modules\/.*package\.json$|\.dist-info(?:\/|$)|\.egg-info(?:\/|$)|\.(?:jar|war|ear)$|(?:^|\/)s?bin\/|\/libexec\/|(?:^|\/)lib\/(?:[^/]+\/)*[^./]+$|(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$|(?:^|\/)vendor\/composer\/installed\.json$|[^/]\.deps\.json$/

const PARTS = [
  '',
  'usr',
  'lib',
  'bin',
  'sbin',
  'libexec',
  'node_modules',
  'pkg',
  'x.dist-info',
  'y.egg-info',
  'mylib',
  'lib64',
  'a.b',
  'sub',
  'specifications',
  'default',
  'vendor',
  'composer'
]
const BASES = [
  '',
  'lib',
  'tool',
  'tool.sh',
  'package.json',
  'app.jar',
  'app.war',
  'x.ear',
  'METADATA',
  'x.dist-info',
  'y.egg-info',
  'libfoo.so.1',
  'rake-13.0.6.gemspec',
  'installed.json',
  'App.deps.json',
  '.deps.json',
  'bin',
  '.hidden'
]

function* generated(): Generator<string> {
  for (const a of PARTS)
    for (const b of PARTS)
      for (const base of BASES) {
        const dirs = [a, b].filter((part) => part !== '')
        yield [...dirs, base].join('/')
        yield `${[...dirs, base].join('/')}/`
      }
}

describe('isLanguageFile', () => {
  it('answers as the regular expression it replaced, on every generated path', () => {
    const paths = [...generated()]
    const differing = paths.filter((file) => isLanguageFile(file) !== FORMER.test(file))
    expect(differing).toEqual([])
    // Both answers occur, so the comparison means something.
    expect(paths.some((file) => isLanguageFile(file))).toBe(true)
    expect(paths.some((file) => !isLanguageFile(file))).toBe(true)
  })

  it('answers as the regular expression on this machine’s dpkg file lists (when it has them)', () => {
    const dir = '/var/lib/dpkg/info'
    const lists = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.list')) : []
    const paths = lists.flatMap((name) =>
      fs
        .readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^\//, ''))
    )
    expect(paths.filter((file) => isLanguageFile(file) !== FORMER.test(file))).toEqual([])
  })
})
