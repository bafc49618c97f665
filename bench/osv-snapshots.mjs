// Builds full-ecosystem OSV snapshots (`<Ecosystem>/all.zip`, the layout osv.dev publishes) from git
// snapshots of the public advisory databases that publish OSV records, for bench/advisories.mjs to compare
// chaingate's offline matching with osv-scanner's on. osv.dev's own downloads are not reachable from the
// bench machine, and github/advisory-database (3.35 GB) is too large to bring here, so each ecosystem comes
// from the database that is its main source on osv.dev:
//
//   Go         golang/vulndb            HEAD  data/osv/*.json          (GO- records, JSON)
//   crates.io  rustsec/advisory-db      osv   crates/*.json            (RUSTSEC- records, JSON; the `osv` branch is RustSec's own export)
//   PyPI       pypa/advisory-database   HEAD  vulns/**/PYSEC-*.yaml    (PYSEC- records, YAML, written out as JSON unchanged)
//
// Usage: scripts/node24 bench/osv-snapshots.mjs [--go GIT_DIR] [--rustsec GIT_DIR] [--pypa GIT_DIR] [--out DIR]
//   GIT_DIR: a clone or bare git directory of the database (default: /work/.mirror/<owner>+<name>/repo when
//   present). DIR defaults to ${XDG_CACHE_HOME:-~/.cache}/chaingate-bench/osv-snapshots, outside the repository.
//   DIR/SOURCES.json records, per ecosystem, the repository, ref, commit and record count.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as yaml from 'js-yaml'

const { values } = parseArgs({ options: { go: { type: 'string' }, rustsec: { type: 'string' }, pypa: { type: 'string' }, out: { type: 'string' } } })
const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
const out = path.resolve(values.out ?? path.join(cacheHome, 'chaingate-bench', 'osv-snapshots'))
const mirror = (name) => {
  const candidate = `/work/.mirror/${name}/repo`
  return fs.existsSync(candidate) ? candidate : undefined
}

const SOURCES = [
  {
    ecosystem: 'Go',
    repository: 'golang/vulndb',
    dir: values.go ?? mirror('golang+vulndb'),
    ref: 'HEAD',
    pathspec: 'data/osv',
    match: /^data\/osv\/GO-[^/]+\.json$/,
    format: 'json'
  },
  {
    ecosystem: 'crates.io',
    repository: 'rustsec/advisory-db',
    dir: values.rustsec ?? mirror('rustsec+advisory-db'),
    ref: 'osv',
    pathspec: 'crates',
    match: /^crates\/RUSTSEC-[^/]+\.json$/,
    format: 'json'
  },
  {
    ecosystem: 'PyPI',
    repository: 'pypa/advisory-database',
    dir: values.pypa ?? mirror('pypa+advisory-database'),
    ref: 'HEAD',
    pathspec: 'vulns',
    match: /^vulns\/.+\/PYSEC-[^/]+\.yaml$/,
    format: 'yaml'
  }
]

const git = (dir, args, options = {}) => {
  const run = spawnSync('git', ['-C', dir, ...args], { maxBuffer: 1 << 30, ...options })
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} in ${dir}: ${String(run.stderr).trim()}`)
  return run.stdout
}

fs.mkdirSync(out, { recursive: true })
const summary = {}
for (const source of SOURCES) {
  if (!source.dir) {
    summary[source.ecosystem] = { repository: source.repository, missing: 'no git directory given or found' }
    console.log(
      `${source.ecosystem}: skipped, no git directory of ${source.repository} (give --${source.repository.split('/')[0] === 'golang' ? 'go' : source.repository.startsWith('rustsec') ? 'rustsec' : 'pypa'} DIR)`
    )
    continue
  }
  const commit = String(git(source.dir, ['rev-parse', `${source.ref}^{commit}`])).trim()
  const date = String(git(source.dir, ['log', '-1', '--format=%cI', commit])).trim()
  // Every record file of the commit, read from git (no work tree needed): `git archive` of the directory.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-osv-snapshot-'))
  try {
    const tar = git(source.dir, ['archive', '--format=tar', commit, source.pathspec])
    const untar = spawnSync('tar', ['-x', '-C', staging], { input: tar, maxBuffer: 1 << 30 })
    if (untar.status !== 0) throw new Error(`tar: ${String(untar.stderr)}`)
    const files = []
    const walk = (relative) => {
      for (const entry of fs.readdirSync(path.join(staging, relative), { withFileTypes: true })) {
        const child = relative ? `${relative}/${entry.name}` : entry.name
        if (entry.isDirectory()) walk(child)
        else if (source.match.test(child)) files.push(child)
      }
    }
    walk('')
    const records = path.join(staging, '__records')
    fs.mkdirSync(records)
    let count = 0
    for (const file of files.sort()) {
      const text = fs.readFileSync(path.join(staging, file), 'utf8')
      const record = source.format === 'yaml' ? yaml.load(text, { schema: yaml.JSON_SCHEMA }) : JSON.parse(text)
      if (!record || typeof record.id !== 'string') throw new Error(`${source.repository} ${file}: not an OSV record`)
      fs.writeFileSync(path.join(records, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`)
      count += 1
    }
    const zipDir = path.join(out, source.ecosystem)
    fs.mkdirSync(zipDir, { recursive: true })
    const zip = spawnSync('python3', [
      '-c',
      'import sys,zipfile,os\nz=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED)\nfor f in sorted(os.listdir(sys.argv[2])): z.write(os.path.join(sys.argv[2],f), f)\nz.close()',
      path.join(zipDir, 'all.zip'),
      records
    ])
    if (zip.status !== 0) throw new Error(`python3 could not zip ${source.ecosystem}: ${String(zip.stderr)}`)
    summary[source.ecosystem] = {
      repository: source.repository,
      ref: source.ref,
      commit,
      committed: date,
      records: count,
      zipBytes: fs.statSync(path.join(zipDir, 'all.zip')).size
    }
    console.log(
      `${source.ecosystem}: ${count} records from ${source.repository} ${source.ref} ${commit.slice(0, 12)} (${date}) → ${path.join(zipDir, 'all.zip')}`
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
fs.writeFileSync(path.join(out, 'SOURCES.json'), `${JSON.stringify(summary, null, 2)}\n`)
