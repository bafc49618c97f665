import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { logUntrusted } from '../../src/action/log.js'

let written: string[]
beforeEach(() => {
  written = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

const lines = (): string[] => written.join('').split('\n').slice(0, -1)

describe('untrusted text in the runner log', () => {
  it('prints text that no runner could read as a command as it is, without a stop-commands block', () => {
    logUntrusted(['fail high x.yml:3: uses: actions/checkout@v4', 'two\nlines: a: b'])
    expect(lines()).toEqual(['fail high x.yml:3: uses: actions/checkout@v4', 'two', 'lines: a: b'])
  })

  it('puts text holding `::` or `##[` between stop-commands and a fresh unguessable token', () => {
    for (const text of ['name a\n  ::add-mask::x', 'legacy ##[error]y', 'a::b']) {
      written = []
      logUntrusted([text])
      const out = lines()
      const token = /^::stop-commands::(chaingate-[0-9a-f]{32})$/.exec(out[0]!)?.[1]
      expect(token).toBeDefined()
      expect(out.at(-1)).toBe(`::${token}::`)
      expect(out.slice(1, -1).join('\n')).toBe(text.replace(/^(\s*)::/m, '$1\\::'))
    }
  })
})
