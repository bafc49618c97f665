import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as data from '../../src/workflow/data/index.js'
import { actionPattern, actionSource, anyCommand, type KnownAction, type KnownCommand } from '../../src/workflow/data/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../src')
const DATA = join(ROOT, 'workflow/data')

/** The tables: every exported array of the data folder. */
const tables = Object.entries(data as Record<string, unknown>).filter((entry): entry is [string, readonly unknown[]] => Array.isArray(entry[1]))

/** Tables read as patterns (actionPattern, minimatch), where `*` is one part of a name. */
const WILDCARD_TABLES = new Set(['TOKENLESS_ACTIONS', 'TAG_PINNED_WORKFLOWS'])
const ACTION = /^[a-z0-9][a-z0-9_.-]*\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)*$/
const URL_FORM = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/

function isAction(entry: unknown): entry is KnownAction {
  return typeof entry === 'object' && entry !== null && 'action' in entry
}

function isCommand(entry: unknown): entry is KnownCommand {
  return typeof entry === 'object' && entry !== null && 'command' in entry
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === DATA ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

describe('knowledge tables (src/workflow/data)', () => {
  it('has the tables the analyses and rules read', () => {
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining(['OUTSIDER_EVENTS', 'PUBLISHING_ACTIONS', 'CACHING_ACTIONS', 'CODE_INPUT_ACTIONS', 'AI_AGENT_ACTIONS', 'TOKEN_SCOPE_ACTIONS'])
    )
  })

  it.each(tables)('%s: every entry is well-formed', (name, list) => {
    expect(list.length).toBeGreaterThan(0)
    const seen = new Set<string>()
    for (const entry of list) {
      const where = `${name} ${JSON.stringify(entry, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value))}`
      if (isAction(entry)) {
        // `*` (one part of a name) only in the tables compiled with actionPattern.
        const plain = WILDCARD_TABLES.has(name) ? entry.action.replace(/\*/g, 'x') : entry.action
        expect({ where, ok: ACTION.test(plain) }).toEqual({ where, ok: true })
        expect({ where, ok: URL_FORM.test(actionSource(entry)) }).toEqual({ where, ok: true })
        expect({ where, duplicate: seen.has(entry.action) }).toEqual({ where, duplicate: false })
        seen.add(entry.action)
      }
      if (isCommand(entry)) {
        expect({ where, flags: entry.command.flags }).toEqual({ where, flags: '' })
        expect({ where, ok: URL_FORM.test(entry.source) }).toEqual({ where, ok: true })
      }
      const note =
        (entry as { note?: unknown; why?: unknown; instead?: unknown }).note ?? (entry as { why?: unknown }).why ?? (entry as { instead?: unknown }).instead
      expect({ where, note: typeof note === 'string' && note.trim().length > 0 }).toEqual({ where, note: true })
      const source = (entry as { source?: unknown }).source
      if (source !== undefined) expect({ where, ok: typeof source === 'string' && URL_FORM.test(source) }).toEqual({ where, ok: true })
    }
  })

  it.each(tables)('%s is read outside the data folder', (name) => {
    const users = sourceFiles(ROOT).filter((file) => new RegExp(`\\b${name}\\b`).test(readFileSync(file, 'utf8')))
    expect(users.length).toBeGreaterThan(0)
  })

  it('joins command tables into one pattern, in table order', () => {
    const joined = anyCommand(data.PUBLISH_COMMANDS)
    expect(joined.exec('echo x && twine upload dist/* && npm publish')?.[0]).toBe('twine upload')
    expect(joined.test('npm pack')).toBe(false)
  })

  it('matches `*` in action tables as one part of a name', () => {
    const tokenless = actionPattern(data.TOKENLESS_ACTIONS)
    expect(tokenless.test('actions/setup-node')).toBe(true)
    expect(tokenless.test('julia-actions/setup-julia')).toBe(true)
    expect(tokenless.test('actions/setup-node/extra')).toBe(false)
    expect(tokenless.test('actions/setup')).toBe(false)
    expect(tokenless.test('determinatesystems/nix-installer-action')).toBe(true)
  })
})
