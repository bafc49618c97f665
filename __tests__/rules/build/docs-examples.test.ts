/** The failing examples of each rule's documentation page do fail, and each page exists. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { AnyRule } from '../../../src/model/rule.js'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { dangerousTriggers } from '../../../src/rules/build/dangerous-triggers.js'
import { untrustedCheckout } from '../../../src/rules/build/untrusted-checkout.js'
import { pwnRequest } from '../../../src/rules/build/pwn-request.js'
import { cachePoisoning } from '../../../src/rules/build/cache-poisoning.js'
import { githubEnv } from '../../../src/rules/build/github-env.js'
import { unsoundCondition } from '../../../src/rules/build/unsound-condition.js'
import { botConditions } from '../../../src/rules/build/bot-conditions.js'
import { unsoundContains } from '../../../src/rules/build/unsound-contains.js'
import { excessivePermissions } from '../../../src/rules/build/excessive-permissions.js'
import { promptInjection } from '../../../src/rules/build/prompt-injection.js'
import { runRule } from '../../workflow/rule-harness.js'

const RULES: AnyRule[] = [templateInjection, dangerousTriggers, untrustedCheckout, pwnRequest, cachePoisoning, githubEnv, unsoundCondition, botConditions, unsoundContains, excessivePermissions, promptInjection]

function failingExamples(markdown: string): string[] {
  const out: string[] = []
  const pattern = /^Failing[^\n]*\n+```yaml\n([\s\S]*?)```/gm
  for (const match of markdown.matchAll(pattern)) out.push(match[1]!)
  return out
}

describe('rule documentation pages', () => {
  for (const rule of RULES) {
    it(`${rule.meta.id}: the page exists and its failing examples fail`, () => {
      const page = path.resolve('src/rules/build', `${rule.meta.id}.md`)
      const markdown = fs.readFileSync(page, 'utf8')
      expect(markdown.startsWith(`# ${rule.meta.id}\n`)).toBe(true)
      const examples = failingExamples(markdown)
      expect(examples.length).toBeGreaterThan(0)
      for (const example of examples) {
        const text = /^on:/m.test(example) ? example : `on: pull_request_target\n${example.replace(/^(\s*)deploy:\n(\s+)if:/m, '$1deploy:\n$2runs-on: x\n$2if:')}`
        const results = runRule(rule, { '.github/workflows/example.yml': text })
        expect(results.filter((r) => r.status === 'fail' && r.severity !== 'info').length).toBeGreaterThan(0)
      }
    })
  }
})
