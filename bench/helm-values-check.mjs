// The Helm chart values image source (src/images/sources/helm.ts, kind `helm-values`) checked on REAL charts
// against Helm itself (a check, not a timing; nothing here uses the network). For each chart of the corpus it
// compares the images chaingate reads from the chart's values (the chart's own values.yaml and those of the
// subcharts vendored in its charts/ folder) with the images `helm template` renders, as the helm-values oracle
// (test/interop/helm-values, Helm's library; `scripts/install-peers.sh helm-values`) prints them. Both sides
// in canonical form (src/images/sources/reference.ts: `docker.io/library/…`, `:latest` when neither tag nor
// digest). Per chart:
//   - agree: an image both report;
//   - wrong: a chaingate image and a rendered one of the same image name (last path component) that differ
//     (registry, path, tag or digest composed differently);
//   - false alarm: an image only chaingate reports and the rendered output does not name anywhere;
//   - indirect: an image only chaingate reports that the output names elsewhere than a container (an
//     operator's `spec.image`, a flag, a ConfigMap): deployed through the operator or program, not a false alarm;
//   - miss: an image the output runs in a container that chaingate does not report (nor `unknown`);
//   - unknown: a chaingate `unknown` (with its reason); a rendered image of the same name is counted as
//     `rendered and unknown`, not as a miss.
// A chart Helm does not render (dependencies not vendored, a `required` value) is listed with Helm's reason.
//
// Usage:
//   scripts/node24 bench/helm-values-check.mjs --collect GIT_DIR...   copy the charts of each git repository
//     (HEAD, `git archive`) into the corpus: every folder with a Chart.yaml that is not a subchart of another
//     (under `charts/`), skipping test fixtures (`testdata/`, `__fixtures__/`, `.github/`); then each
//     dependency a chart's Chart.yaml lists that is not in its charts/ folder is vendored there (as a folder,
//     as `helm dependency build` with a `file://` repository would) when a chart of that name is in the corpus;
//   scripts/node24 bench/helm-values-check.mjs [--verbose]   compare; prints totals and each chart's
//     differences, writes bench/out/helm-values-check.json.
//   --corpus DIR (default ${CHAINGATE_HELM_CORPUS:-~/.cache/chaingate-bench/charts}): OUTSIDE the repository.
//   --oracle FILE (default the installed peer, <peers>/bin/helm-values).
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import './ts-sources.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    collect: { type: 'boolean', default: false },
    corpus: { type: 'string', default: process.env.CHAINGATE_HELM_CORPUS || path.join(os.homedir(), '.cache', 'chaingate-bench', 'charts') },
    oracle: { type: 'string' },
    verbose: { type: 'boolean', default: false }
  }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(values.corpus)
if (corpus === root || corpus.startsWith(root + path.sep)) throw new Error('the corpus must be outside the repository')

const { parse: parseYaml } = await import('yaml')

/** The top-level chart folders of the corpus: `<repo>/<path>` with a Chart.yaml, not inside another chart. */
function chartFolders(base) {
  const found = []
  const walk = (dir, rel) => {
    if (fs.existsSync(path.join(dir, 'Chart.yaml'))) {
      found.push(rel)
      return
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel ? `${rel}/${entry.name}` : entry.name)
  }
  walk(base, '')
  return found.sort()
}

function chartMeta(dir) {
  try {
    const meta = parseYaml(fs.readFileSync(path.join(dir, 'Chart.yaml'), 'utf8')) ?? {}
    let dependencies = meta.dependencies ?? []
    // apiVersion v1 charts list them in requirements.yaml.
    if (fs.existsSync(path.join(dir, 'requirements.yaml')))
      dependencies = parseYaml(fs.readFileSync(path.join(dir, 'requirements.yaml'), 'utf8'))?.dependencies ?? []
    return { name: meta.name, dependencies: Array.isArray(dependencies) ? dependencies : [] }
  } catch {
    return { name: undefined, dependencies: [] }
  }
}

if (values.collect) {
  fs.mkdirSync(corpus, { recursive: true })
  for (const gitDir of positionals) {
    const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    const commit = git('rev-parse', 'HEAD').trim()
    // `<owner>+<name>/repo` (a snapshot) is labelled `<owner>+<name>`; another clone by its folder's name.
    const abs = path.resolve(gitDir).replace(/\/\.git$/, '')
    const label = path.basename(abs) === 'repo' ? path.basename(path.dirname(abs)) : path.basename(abs).replace(/\.git$/, '')
    const charts = git('ls-tree', '-r', '--name-only', 'HEAD')
      .split('\n')
      .filter((file) => /(?:^|\/)Chart\.yaml$/.test(file) && !/(?:^|\/)(?:testdata|__fixtures__|\.github)\//.test(file))
      .map((file) => path.posix.dirname(file))
    const subchart = (dir, other) => (other === '.' ? dir.startsWith('charts/') : dir.startsWith(`${other}/charts/`))
    const top = charts.filter((dir) => !charts.some((other) => other !== dir && subchart(dir, other)))
    const dest = path.join(corpus, label)
    fs.rmSync(dest, { recursive: true, force: true })
    fs.mkdirSync(dest, { recursive: true })
    for (const dir of top) {
      const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', dir === '.' ? 'HEAD' : `HEAD:${dir}`], {
        maxBuffer: 512 * 1024 * 1024
      })
      const target = path.join(dest, dir === '.' ? path.basename(label) : dir)
      fs.mkdirSync(target, { recursive: true })
      execFileSync('tar', ['-x', '-C', target], { input: archive })
    }
    fs.writeFileSync(path.join(dest, '.source'), `${label} ${commit}\n`)
    console.log(`${label} ${commit.slice(0, 12)}: ${top.length} charts`)
  }
  // Vendor the dependencies found in the corpus (by chart name), recursively, as folders.
  const byName = new Map()
  for (const rel of chartFolders(corpus)) {
    const { name } = chartMeta(path.join(corpus, rel))
    if (name && !byName.has(name)) byName.set(name, path.join(corpus, rel))
  }
  let vendored = 0
  const vendor = (dir, depth) => {
    if (depth > 4) return
    for (const dependency of chartMeta(dir).dependencies) {
      const charts = path.join(dir, 'charts')
      const present =
        fs.existsSync(charts) &&
        fs.readdirSync(charts).some((entry) => chartMeta(path.join(charts, entry)).name === dependency.name || entry.startsWith(`${dependency.name}-`))
      const source = byName.get(dependency.name)
      if (present || !source || source === dir) continue
      const target = path.join(charts, dependency.name)
      fs.cpSync(source, target, { recursive: true })
      vendored++
      vendor(target, depth + 1)
    }
  }
  for (const rel of chartFolders(corpus)) vendor(path.join(corpus, rel), 0)
  console.log(`vendored ${vendored} dependencies from the corpus`)
  process.exit(0)
}

const { PEERS_DIR } = await import('../test/interop/peers.ts')
const oracle = values.oracle ?? path.join(PEERS_DIR, 'bin', 'helm-values')
if (!fs.existsSync(oracle)) {
  console.error(`helm-values-check: the oracle ${oracle} is not installed: run scripts/install-peers.sh helm-values`)
  process.exit(1)
}
if (!fs.existsSync(corpus)) {
  console.error(`helm-values-check: no corpus at ${corpus}: fill it with --collect GIT_DIR... (bench/README.md)`)
  process.exit(1)
}
const { collectImageSources } = await import('../src/images/sources/index.ts')
const { parseImageRef } = await import('../src/images/sources/reference.ts')
const { Workspace } = await import('../src/workspace/workspace.ts')

/** Canonical form; with a digest, the tag beside it is dropped (the digest is what is pulled; charts differ in writing both). */
const canonical = (text) => {
  const parsed = parseImageRef(text.trim())
  if (!parsed.ok) return `invalid:${text.trim()}`
  return parsed.ref.digest ? `${parsed.ref.registry}/${parsed.ref.repository}@${parsed.ref.digest}` : parsed.ref.canonical
}
/** The image's name without registry, path, tag or digest: pairs a wrong composition with what Helm renders. */
const shortName = (canon) =>
  canon
    .replace(/^invalid:/, '')
    .split('@')[0]
    .replace(/:[^/:]*$/, '')
    .split('/')
    .pop()

const totals = {
  charts: 0,
  rendered: 0,
  notRendered: 0,
  agree: 0,
  wrong: 0,
  falseAlarm: 0,
  indirect: 0,
  miss: 0,
  coveredByUnknown: 0,
  unknown: 0,
  chaingate: 0,
  helm: 0
}
const results = []
const started = Date.now()
for (const rel of chartFolders(corpus)) {
  const dir = path.join(corpus, rel)
  totals.charts++
  const run = spawnSync(oracle, [dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 })
  const result = { chart: rel }
  results.push(result)
  const found = await collectImageSources(new Workspace(dir))
  const ours = found.images.filter((image) => image.kind === 'helm-values')
  result.problems = found.problems.filter((problem) => problem.kind === 'helm-values').map((problem) => `${problem.path}: ${problem.message}`)
  const unknown = ours.filter((image) => !image.ref)
  const known = new Map()
  for (const image of ours) if (image.ref) known.set(canonical(image.ref.canonical), `${image.location?.path}:${image.location?.startLine} ${image.context}`)
  totals.chaingate += known.size
  totals.unknown += unknown.length
  result.unknown = unknown.map((image) => `${image.location?.path}:${image.location?.startLine} ${image.text}: ${image.unknown}`)
  if (run.status !== 0) {
    totals.notRendered++
    result.notRendered = (run.stderr || run.error?.message || '').trim().replace(`${dir}`, rel)
    result.chaingate = [...known.keys()]
    continue
  }
  totals.rendered++
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const rendered = new Map()
  for (const line of lines)
    if (line.container) rendered.set(canonical(line.image), `${line.kind}/${line.name} ${line.container}${line.hook ? ` (hook ${line.hook})` : ''}`)
  totals.helm += rendered.size
  const manifest = spawnSync(oracle, ['-manifest', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout
  const elsewhere = new Set(lines.filter((line) => !line.container).map((line) => canonical(line.image)))
  const onlyOurs = [...known.keys()].filter((image) => !rendered.has(image))
  const onlyHelm = [...rendered.keys()].filter((image) => !known.has(image))
  result.agree = [...known.keys()].filter((image) => rendered.has(image)).length
  result.wrong = []
  for (const image of [...onlyOurs]) {
    const pair = onlyHelm.find((other) => shortName(other) === shortName(image))
    if (!pair) continue
    result.wrong.push({ chaingate: image, helm: pair, at: known.get(image), in: rendered.get(pair) })
    onlyOurs.splice(onlyOurs.indexOf(image), 1)
    onlyHelm.splice(onlyHelm.indexOf(pair), 1)
  }
  // An image the output names outside containers (as written, or in canonical form) is deployed indirectly.
  const named = (image) => elsewhere.has(image) || manifest.includes(image) || manifest.includes(image.replace(/^docker\.io\/(?:library\/)?/, ''))
  result.indirect = onlyOurs.filter(named).map((image) => `${image} (${known.get(image)})`)
  result.falseAlarm = onlyOurs.filter((image) => !named(image)).map((image) => `${image} (${known.get(image)})`)
  // A rendered image chaingate reports `unknown` (same image name) is not missed: chaingate says it does not know it.
  // An empty repository (`the templates choose the image`) stands for every rendered image chaingate does not name.
  const unknownNames = new Set(unknown.map((image) => shortName(image.resolved ?? image.text)))
  const covered = (image) => unknownNames.has(shortName(image)) || unknownNames.has('')
  result.coveredByUnknown = onlyHelm.filter(covered).map((image) => `${image} (${rendered.get(image)})`)
  result.miss = onlyHelm.filter((image) => !covered(image)).map((image) => `${image} (${rendered.get(image)})`)
  totals.agree += result.agree
  totals.wrong += result.wrong.length
  totals.indirect += result.indirect.length
  totals.falseAlarm += result.falseAlarm.length
  totals.miss += result.miss.length
  totals.coveredByUnknown += result.coveredByUnknown.length
}

const print = (label, list) =>
  list.length > 0 &&
  console.log(
    `    ${label}:\n${list.map((item) => `      ${typeof item === 'string' ? item : `${item.chaingate} ≠ ${item.helm}  [${item.at} | ${item.in}]`}`).join('\n')}`
  )
for (const result of results) {
  if (result.notRendered) {
    if (values.verbose)
      console.log(`  ${result.chart}: not rendered (${result.notRendered}); chaingate ${result.chaingate.length} images, ${result.unknown.length} unknown`)
    continue
  }
  const differs = result.wrong.length + result.falseAlarm.length + result.miss.length + result.indirect.length + result.unknown.length > 0
  if (!differs && !values.verbose) continue
  console.log(`  ${result.chart}: ${result.agree} agree`)
  print('wrong', result.wrong)
  print('false alarm', result.falseAlarm)
  print('indirect', result.indirect)
  print('miss', result.miss)
  print('unknown', result.unknown)
}
console.log(
  `charts ${totals.charts} (rendered ${totals.rendered}, not rendered ${totals.notRendered}); images: helm ${totals.helm}, chaingate ${totals.chaingate} known + ${totals.unknown} unknown; ` +
    `agree ${totals.agree}, wrong ${totals.wrong}, false alarm ${totals.falseAlarm}, indirect ${totals.indirect}, miss ${totals.miss}, rendered and unknown in chaingate ${totals.coveredByUnknown} (${((Date.now() - started) / 1000).toFixed(0)} s)`
)
const notRendered = new Map()
for (const result of results)
  if (result.notRendered) {
    const reason = result.notRendered.replace(/^helm-values: \S+ does not render: /, '').replace(/: .*/, '')
    notRendered.set(reason, (notRendered.get(reason) ?? 0) + 1)
  }
for (const [reason, count] of [...notRendered].sort((a, b) => b[1] - a[1])) console.log(`  not rendered: ${count} × ${reason}`)
fs.mkdirSync(path.join(root, 'bench', 'out'), { recursive: true })
fs.writeFileSync(path.join(root, 'bench', 'out', 'helm-values-check.json'), JSON.stringify({ totals, results }, null, 2))
