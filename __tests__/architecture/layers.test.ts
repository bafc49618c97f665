/**
 * The layer map of docs/architecture.md is enforced by the lint configuration (eslint.config.js): each rule
 * of the map, on a file placed where it applies, with an allowed import beside each refused one.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const eslint = new ESLint({ cwd: root })

/** The layer messages for importing `specifier` from `file`; a dynamic import() of it must give the same. */
async function refused(file: string, specifier: string): Promise<string[]> {
  const messages = async (text: string, ruleId: string): Promise<string[]> => {
    const [result] = await eslint.lintText(text, { filePath: path.join(root, file) })
    return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message)
  }
  const statically = await messages(`import { x } from '${specifier}'\nexport const y = x\n`, 'no-restricted-imports')
  const dynamically = await messages(`export const y = await import('${specifier}')\n`, 'no-restricted-syntax')
  // no-restricted-imports prefixes the specifier to the same message
  expect(statically.map((message) => message.replace(/^'[^']*' import is restricted from being used by a pattern\. /, ''))).toEqual(dynamically)
  return statically
}

describe('layer map', () => {
  it('a rule never imports another rule, of its area or another; *-support modules and lower layers are fine', async () => {
    expect(await refused('src/rules/build/new-rule.ts', './pwn-request.js')).toEqual([expect.stringContaining('a rule never imports another rule')])
    expect(await refused('src/rules/build/new-rule.ts', '../code/default-branch-review.js')).toEqual([expect.stringContaining("another area's rule")])
    expect(await refused('src/rules/build/new-rule.ts', '../../engine.js')).toEqual([expect.stringContaining('rules are pure')])
    expect(await refused('src/rules/build/new-rule.ts', '../../report/sarif.js')).toEqual([expect.stringContaining('rules are pure')])
    expect(await refused('src/rules/build/new-rule.ts', './env-flags-support.js')).toEqual([])
    expect(await refused('src/rules/build/new-rule.ts', '../dependencies/advisory-support.js')).toEqual([])
    expect(await refused('src/rules/build/new-rule.ts', '../../workflow/index.js')).toEqual([])
    // the catalogue of an area lists its rules; tests import the rule they test
    expect(await refused('src/rules/build/index.ts', './pwn-request.js')).toEqual([])
    expect(await refused('src/rules/build/new-rule.test.ts', './pwn-request.js')).toEqual([])
  })

  it('src/github/ fetches and judges nothing', async () => {
    expect(await refused('src/github/facts/new-fact.ts', '../../posture/protection.js')).toEqual([expect.stringContaining('judges nothing')])
    expect(await refused('src/github/facts/new-fact.ts', '../../rules/code/protection-support.js')).toEqual([expect.stringContaining('judges nothing')])
    expect(await refused('src/github/new.ts', '../engine.js')).toEqual([expect.stringContaining('judges nothing')])
    expect(await refused('src/github/facts/new-fact.ts', '../../model/fact.js')).toEqual([])
  })

  it('the action never imports the CLI; only the catalogue imports rules', async () => {
    expect(await refused('src/action/new-step.ts', '../cli/sign-command.js')).toEqual([expect.stringContaining('never imports the CLI')])
    expect(await refused('src/action/new-step.ts', '../attest/context.js')).toEqual([])
    expect(await refused('src/engine.ts', './rules/code/expired-waiver.js')).toEqual([expect.stringContaining('only the catalogue')])
    expect(await refused('src/report/new.ts', '../rules/index.js')).toEqual([expect.stringContaining('only the catalogue')])
    expect(await refused('src/check.ts', './rules/index.js')).toEqual([])
    expect(await refused('src/cli/rules-command.ts', '../rules/index.js')).toEqual([])
  })
})
