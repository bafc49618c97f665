/**
 * Java archives nested deeper than the cataloger reads are reported, not silently left out: an archive holding
 * an archive four levels down names the innermost packages it could read and says which archive it did not.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readJavaArchive } from '../../src/images/catalog/language.js'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-nested-jar-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A jar with its own pom.properties and, if given, `inner` under lib/. */
function jar(name: string, artifact: string, inner?: string): string {
  const work = fs.mkdtempSync(path.join(dir, 'work-'))
  fs.mkdirSync(path.join(work, 'META-INF', 'maven', 'org.example', artifact), { recursive: true })
  fs.writeFileSync(
    path.join(work, 'META-INF', 'maven', 'org.example', artifact, 'pom.properties'),
    `groupId=org.example\nartifactId=${artifact}\nversion=1.0.${name.length}\n`
  )
  const entries = ['META-INF']
  if (inner) {
    fs.mkdirSync(path.join(work, 'lib'))
    fs.copyFileSync(inner, path.join(work, 'lib', path.basename(inner)))
    entries.push('lib')
  }
  const out = path.join(dir, name)
  execFileSync('zip', ['-q', '-r', out, ...entries], { cwd: work })
  return out
}

it('reads three levels of nested archives and reports the one below', async () => {
  const level4 = jar('level4.jar', 'level4')
  const level3 = jar('level3.jar', 'level3', level4)
  const level2 = jar('level2.jar', 'level2', level3)
  const level1 = jar('level1.jar', 'level1', level2)
  const outer = jar('outer.jar', 'outer', level1)
  const skipped: string[] = []
  const packages = await readJavaArchive(outer, 'outer.jar', 0, skipped)
  expect(packages.map((pkg) => pkg.name).sort()).toEqual(['org.example:level1', 'org.example:level2', 'org.example:level3', 'org.example:outer'])
  expect(skipped).toEqual(['lib/level4.jar: archive nested more than 3 levels deep, not read'])
})
