import { describe, expect, it } from '@jest/globals'
import { parsePolicyText } from '../../src/policy/load.js'
import { allRules } from '../../src/rules/index.js'
import { ConfigurationError } from '../../src/model/errors.js'

function errorOf(text: string): ConfigurationError {
  try {
    parsePolicyText(text, '.github/chaingate.yml', allRules)
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('policy loading', () => {
  it('resolves a policy over the baseline preset', () => {
    const policy = parsePolicyText('fail-on: medium\nrules:\n  unpinned-uses:\n    severity: critical\n    ref-pin-allowed: ["my-org/*"]\n', 'p.yml', allRules)
    expect(policy.extends).toBe('baseline')
    expect(policy.failOn).toBe('medium')
    const setting = policy.rules.get('unpinned-uses')
    expect(setting).toEqual({ enabled: true, severity: 'critical', options: { 'ref-pin-allowed': ['my-org/*'] } })
  })

  it('names the file and line of an unknown rule id, with a suggestion', () => {
    const error = errorOf('extends: baseline\nrules:\n  unpinned-use: true\n')
    expect(error.oneLine()).toBe('.github/chaingate.yml:3:3: unknown rule id "unpinned-use" (did you mean "unpinned-uses"?)')
  })

  it('reports a bad date and a bad glob at their lines', () => {
    expect(errorOf('waivers:\n  - rule: unpinned-uses\n    reason: legacy\n    expires: 2026-02-30\n').oneLine()).toBe(
      '.github/chaingate.yml:4:14: "2026-02-30" is not a valid date (YYYY-MM-DD)'
    )
    expect(errorOf('waivers:\n  - rule: unpinned-uses\n    reason: legacy\n    paths: ["a/[b"]\n').oneLine()).toMatch(
      /^\.github\/chaingate\.yml:4:13: glob "a\/\[b" has an unclosed/
    )
  })

  it('rejects an alias bomb as a configuration error', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i += 1)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      )
    expect(errorOf(bomb.join('\n')).message).toMatch(/alias bomb/)
  })
})
