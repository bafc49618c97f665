#!/usr/bin/env node
/**
 * The real-world workflow corpus for the differential test against `@actions/workflow-parser`
 * (bench/workflow-validity.mjs): workflow files of public repositories, kept out of git and out of the package.
 *
 *   node bench/real-corpus.mjs collect <mirrors-dir>   every `.github/workflows/*.yml|yaml` at HEAD of each bare
 *                                                      git snapshot `<mirrors-dir>/<owner>+<repo>/repo`; writes
 *                                                      bench/real-workflows.manifest.tsv (repo, path, commit, sha256)
 *   node bench/real-corpus.mjs restore <mirrors-dir>   re-creates the files the manifest lists from snapshots
 *                                                      holding those commits (checks each file's SHA-256)
 *
 * Files land in bench/corpus/real-workflows/<owner>+<repo>/.github/workflows/ (git-ignored), a repository
 * layout per source repository, so `chaingate check` can audit each one as it would the real repository.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const [verb, mirrors] = process.argv.slice(2)
const OUT = 'bench/corpus/real-workflows'
const MANIFEST = 'bench/real-workflows.manifest.tsv'
if (!['collect', 'restore'].includes(verb) || !mirrors) {
  console.error('usage: node bench/real-corpus.mjs collect|restore <mirrors-dir>')
  process.exit(2)
}
const git = (dir, ...argv) => execFileSync('git', ['-C', dir, ...argv], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })
const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex')
const write = (repo, file, content) => {
  const target = path.join(OUT, repo.replace('/', '+'), file)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, content)
}

if (verb === 'collect') {
  const rows = []
  for (const name of fs.readdirSync(mirrors).sort()) {
    const dir = path.join(mirrors, name, 'repo')
    if (!name.includes('+') || !fs.existsSync(dir)) continue
    const repo = name.replace('+', '/')
    let commit
    try {
      commit = git(dir, 'rev-parse', 'HEAD').toString().trim()
    } catch {
      continue
    }
    const listed = git(dir, 'ls-tree', '-r', '-z', '--name-only', commit, '--', '.github/workflows').toString().split('\0')
    for (const file of listed) {
      if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) continue
      const content = git(dir, 'show', `${commit}:${file}`)
      write(repo, file, content)
      rows.push([repo, file, commit, sha256(content)].join('\t'))
    }
  }
  fs.writeFileSync(MANIFEST, `# repo\tpath\tcommit\tsha256 (collected by bench/real-corpus.mjs)\n${rows.join('\n')}\n`)
  console.log(`${rows.length} workflow files from ${new Set(rows.map((row) => row.split('\t')[0])).size} repositories`)
} else {
  let restored = 0
  let missing = 0
  for (const line of fs.readFileSync(MANIFEST, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [repo, file, commit, digest] = line.split('\t')
    try {
      const content = git(path.join(mirrors, repo.replace('/', '+'), 'repo'), 'show', `${commit}:${file}`)
      if (sha256(content) !== digest) throw new Error('digest differs')
      write(repo, file, content)
      restored += 1
    } catch {
      missing += 1
    }
  }
  console.log(`${restored} restored, ${missing} missing`)
}
