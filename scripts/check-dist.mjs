// Fails when the committed dist/, schema/ or docs/rules.md differ from what the sources build to.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-dist-'))
try {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', scratch], { stdio: 'inherit' })
  const listing = (dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true })
          .filter((f) => fs.statSync(path.join(dir, f)).isFile())
          .sort()
      : []
  const problems = []
  for (const [committed, built] of [
    ['dist', path.join(scratch, 'dist')],
    ['schema', path.join(scratch, 'schema')]
  ]) {
    const a = listing(path.join(root, committed))
    const b = listing(built)
    for (const file of new Set([...a, ...b])) {
      const left = path.join(root, committed, file)
      const right = path.join(built, file)
      if (!fs.existsSync(left)) problems.push(`${committed}/${file} is missing`)
      else if (!fs.existsSync(right)) problems.push(`${committed}/${file} is not built from the sources any more`)
      else if (!fs.readFileSync(left).equals(fs.readFileSync(right))) problems.push(`${committed}/${file} differs from the build`)
    }
  }
  const docs = path.join(root, 'docs', 'rules.md')
  if (!fs.existsSync(docs) || !fs.readFileSync(docs).equals(fs.readFileSync(path.join(scratch, 'docs', 'rules.md'))))
    problems.push('docs/rules.md differs from the build')
  if (fs.readFileSync(path.join(root, 'README.md'), 'utf8') !== fs.readFileSync(path.join(scratch, 'README.md'), 'utf8'))
    problems.push('README.md rules table differs from the build')
  if (problems.length) {
    console.error(`dist is stale; run 'npm run build' and commit:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  console.log('dist/, schema/ and docs/rules.md match the sources')
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}
