/**
 * `check --sbom`: the inventory fact holds the packages of the SBOMs the user names, beside the lockfiles
 * or instead of them; files inside the workspace are read through it (symlinks out of it refused unless
 * the user named the file), an unreadable SBOM is a problem of the inventory. A probe rule reports what the
 * dependency rules will see.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import { inventoryFact } from '../../src/inventory/fact.js'
import { writeSbom } from '../../src/inventory/sbom/index.js'
import { defineRule } from '../../src/model/rule.js'
import { TOOL } from '../../src/version.js'
import { sampleInventory } from '../../test/support/inventory/sample.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const probe = defineRule({
  meta: {
    id: 'inventory-probe',
    area: 'code',
    severity: 'low',
    title: 'probe',
    rationale: 'test',
    remediation: 'test',
    references: [],
    access: { token: 'none' }
  },
  needs: [inventoryFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(inventoryFact)
    if (!fact.known) return []
    const { packages, files, problems } = fact.value
    return [
      {
        status: 'pass',
        message: `packages: ${packages
          .map((pkg) => `${pkg.name}@${pkg.version}:${pkg.scope}:${pkg.location.path}:${pkg.location.line}`)
          .sort()
          .join(' ')}`
      },
      { status: 'pass', message: `files: ${files.map((file) => `${file.path} ${file.format} ${file.packages}`).join(', ')}` },
      {
        status: 'pass',
        message: `problems: ${problems.map((problem) => `${problem.path}${problem.line ? `:${problem.line}` : ''} ${problem.message}`).join(' | ')}`
      }
    ]
  }
})

const spaces: TempWorkspace[] = []
afterEach(() => spaces.splice(0).forEach((space) => space.cleanup()))
const workspace = (files: Record<string, string>): TempWorkspace => {
  const space = tempWorkspace(files)
  spaces.push(space)
  return space
}

const BOM = writeSbom(sampleInventory(), 'cyclonedx', { subject: { name: 'app' }, tool: TOOL })

async function messages(root: string, input: { sbomPaths?: string[]; sbomOutsideWorkspace?: boolean; sbomOnly?: boolean }): Promise<string[]> {
  const outcome = await check({ path: root, rules: [probe], ...input })
  return outcome.report.findings.filter((finding) => finding.rule === 'inventory-probe').map((finding) => finding.message)
}

describe('check --sbom', () => {
  it('puts the SBOM packages in the inventory, at the SBOM file and line', async () => {
    const ws = workspace({ 'sbom/app.cdx.json': BOM })
    const [packages, files, problems] = await messages(ws.root, { sbomPaths: ['sbom/app.cdx.json'], sbomOnly: true })
    const line = BOM.split('\n').findIndex((text) => text.includes('"bom-ref": "pkg:npm/%40babel/core@7.24.0"')) + 1
    expect(packages).toContain(`@babel/core@7.24.0:dev:sbom/app.cdx.json:${line}`)
    expect(packages!.split(' ').slice(1)).toHaveLength(12) // one per purl of the SBOM (debug@2.6.9 is one component)
    expect(files).toBe('files: sbom/app.cdx.json cyclonedx 12')
    expect(problems).toBe('problems: ')
  })

  it('refuses an SBOM outside the workspace (or a symlink out of it) unless the user named it explicitly', async () => {
    const outside = workspace({ 'bom.json': BOM })
    const ws = workspace({})
    fs.symlinkSync(path.join(outside.root, 'bom.json'), path.join(ws.root, 'link.json'))
    await expect(check({ path: ws.root, rules: [probe], sbomPaths: ['link.json'] })).rejects.toThrow('SBOM file is outside the workspace')
    await expect(check({ path: ws.root, rules: [probe], sbomPaths: [path.join(outside.root, 'bom.json')] })).rejects.toThrow(
      'SBOM file is outside the workspace'
    )
    const [, files] = await messages(ws.root, { sbomPaths: [path.join(outside.root, 'bom.json')], sbomOutsideWorkspace: true, sbomOnly: true })
    expect(files).toBe(`files: ${path.join(outside.root, 'bom.json')} cyclonedx 12`)
    await expect(check({ path: ws.root, rules: [probe], sbomPaths: ['missing.json'] })).rejects.toThrow('SBOM file not found')
  })

  it('turns an SBOM it cannot parse into a problem with its line, never an empty inventory', async () => {
    const ws = workspace({ 'bom.json': '{\n  "bomFormat": "CycloneDX",\n  oops\n}\n' })
    const [packages, files, problems] = await messages(ws.root, { sbomPaths: ['bom.json'], sbomOnly: true })
    expect(packages).toBe('packages: ')
    expect(files).toBe('files: bom.json sbom 0')
    expect(problems).toMatch(/^problems: bom\.json:3 not JSON: /)
  })
})
