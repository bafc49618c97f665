/** Every rule follows the catalogue's conventions: metadata complete, a docs page next to it, unique ids. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { AREAS, SEVERITIES } from '../src/model/finding.js'
import { allRules } from '../src/rules/index.js'
import { TOOL } from '../src/version.js'

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = allRules.map((rule) => rule.meta.id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([])
  })

  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s has complete metadata and a docs page', (id, rule) => {
    const { meta } = rule
    expect(AREAS).toContain(meta.area)
    expect(SEVERITIES).toContain(meta.severity)
    expect(meta.title.length).toBeGreaterThan(5)
    expect(meta.rationale.length).toBeGreaterThan(20)
    expect(meta.remediation.length).toBeGreaterThan(10)
    expect(meta.references.length).toBeGreaterThan(0)
    expect(['none', 'github-token', 'elevated']).toContain(meta.access.token)
    const page = `src/rules/${meta.area}/${id}.md`
    expect(`${page}: ${fs.existsSync(page)}`).toBe(`${page}: true`)
    expect(fs.readFileSync(page, 'utf8')).toMatch(new RegExp(`^# ${id}\\b`))
    if (rule.optionsSchema) expect(Object.keys(rule.defaultOptions).every((key) => key in ((rule.optionsSchema!.properties as object) ?? {}))).toBe(true)
  })

  it('keeps the tool version in step with package.json', () => {
    expect(TOOL.version).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version)
  })
})
