/** docs/permissions.md is generated from rule metadata and must be current. */
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from '@jest/globals'
import { accountsRules } from '../../src/rules/accounts/index.js'
import { codeRules } from '../../src/rules/code/index.js'
import { EXPIRED_WAIVER_RULE_ID } from '../../src/rules/code/expired-waiver.js'
import { permissionsDoc } from './permissions-doc.js'

const FILE = path.resolve('docs/permissions.md')

it('docs/permissions.md matches the rules', () => {
  const expected = permissionsDoc([...accountsRules, ...codeRules].filter((rule) => rule.meta.id !== EXPIRED_WAIVER_RULE_ID))
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(FILE, expected)
  expect(fs.readFileSync(FILE, 'utf8')).toBe(expected)
})

it('every accounts and code rule has its documentation page', () => {
  for (const rule of [...accountsRules, ...codeRules]) expect(fs.existsSync(path.resolve(`src/rules/${rule.meta.area}/${rule.meta.id}.md`))).toBe(true)
})
