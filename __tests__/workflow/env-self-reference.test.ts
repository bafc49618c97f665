/** An env value that names itself reads the outer levels' value (found on hashicorp/nomad: it overflowed the stack). */
import { describe, expect, it } from '@jest/globals'
import { templateInjection } from '../../src/rules/build/template-injection.js'
import { ruleResults, spans } from '../../test/support/rule-tester.js'

describe('env self-reference', () => {
  it('follows a step env entry that names itself to the workflow env, without recursing', () => {
    const text = `on: issues
env:
  TITLE: \${{ github.event.issue.title }}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      TITLE: \${{ env.TITLE }}
    steps:
      - env:
          TITLE: \${{ env.TITLE }}
        run: echo "\${{ env.TITLE }}"
`
    const results = ruleResults(templateInjection, { files: { '.github/workflows/x.yml': text } })
    expect(results.filter((r) => r.status === 'unknown')).toEqual([])
    expect(spans(results)).toEqual(['fail critical .github/workflows/x.yml:12:20-12:35'])
  })
})
