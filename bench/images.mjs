#!/usr/bin/env node
/**
 * Cataloging a large image from a registry: chaingate (`chaingate sbom --image REF`, and `--os-only`) side
 * by side with syft (`syft registry:REF`), in one run, each as its own process, alternated, `--runs` times;
 * wall time and peak RSS from /usr/bin/time, bytes each tool pulled from the registry counted from the
 * registry's access log. Then the OS package sets are compared (name version arch).
 *
 * The image (≥ 500 MB of compressed layers, `--mb`) is built here without a daemon: a base layer with this
 * machine's `/usr/lib/os-release` and `/var/lib/dpkg/status` (+ `info/*.list`), then layers of
 * incompressible filler files and a few node_modules packages (gzip and zstd), written as an OCI layout by
 * system `tar`/`gzip`/`zstd` and copied into a local `docker-registry` by skopeo. With `--content host`, the
 * layers hold this machine's own files instead of filler (see CONTENT below). A second tag adds a last
 * layer as `apt-get upgrade` leaves it (os-release and dpkg status rewritten), to show the OS-only early stop.
 *
 *   scripts/install-peers.sh syft        # syft 1.57.2, cached outside the repository
 *   scripts/node24 bench/images.mjs [--runs 3] [--mb 600]
 *   scripts/node24 bench/images.mjs --content host           # layers of this machine's own files instead of filler
 *   scripts/node24 bench/images.mjs --serve [--mb 600]   # build and serve the image only, print its reference
 *
 * Writes bench/out/images.json. The chaingate CLI is bundled from the sources into bench/out/build.
 */
import { execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Number(option('runs', 3))
const MEGABYTES = Number(option('mb', 600))
/**
 * `filler`: the layers hold incompressible filler files (throughput: few files, every byte hashed twice).
 * `host`: the layers hold this machine's own files as a Debian-based image would — /usr/bin, /usr/sbin,
 * /usr/lib/x86_64-linux-gnu, /usr/share and Python's dist-packages in the base layer, the repository's
 * node_modules (npm packages and their binaries) in an application layer: tens of thousands of real files.
 */
const CONTENT = option('content', 'filler')
if (CONTENT !== 'filler' && CONTENT !== 'host') {
  console.error(`bench/images: --content is filler or host, not ${CONTENT}`)
  process.exit(2)
}
/** Host directories a `host` layer takes in (those that exist), as paths inside the image. */
const HOST_BASE = ['usr/bin', 'usr/sbin', 'usr/lib/x86_64-linux-gnu', 'usr/share', 'usr/lib/python3/dist-packages']
const OUT = path.resolve('bench/out')
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
const SYFT = path.join(PEERS, 'syft', 'v1.57.2', 'bin', 'syft')
const NODE = process.execPath

for (const [what, file, how] of [
  ['syft 1.57.2', SYFT, 'run scripts/install-peers.sh syft'],
  ['docker-registry', '/usr/bin/docker-registry', 'apt-get install docker-registry'],
  ['skopeo', '/usr/bin/skopeo', 'apt-get install skopeo'],
  ['zstd', '/usr/bin/zstd', 'apt-get install zstd'],
  ['/usr/bin/time', '/usr/bin/time', 'apt-get install time']
]) {
  if (!fs.existsSync(file)) {
    console.error(`bench/images: ${what} is missing (${file}): ${how}`)
    process.exit(1)
  }
}
fs.mkdirSync(OUT, { recursive: true })
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-images-'))
const cleanups = []
process.on('exit', () => {
  for (const cleanup of cleanups.reverse()) cleanup()
  fs.rmSync(work, { recursive: true, force: true })
})

console.error('bench/images: bundling the CLI from the sources')
execFileSync(NODE, ['scripts/build.mjs', '--outdir', path.join(OUT, 'build'), '--bundle-only'], { stdio: 'inherit' })
const CLI = path.join(OUT, 'build', 'dist', 'cli.js')

// ---- the image -------------------------------------------------------------------------------------
function fileDigest(file) {
  const hash = crypto.createHash('sha256')
  const fd = fs.openSync(file, 'r')
  const buffer = Buffer.alloc(4 * 1024 * 1024)
  let read
  while ((read = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(buffer.subarray(0, read))
  fs.closeSync(fd)
  return `sha256:${hash.digest('hex')}`
}

function fillRandom(dir, megabytes, prefix) {
  fs.mkdirSync(dir, { recursive: true })
  const perFile = 4 * 1024 * 1024
  for (let index = 0; index < Math.ceil((megabytes * 1024 * 1024) / perFile); index += 1)
    fs.writeFileSync(path.join(dir, `${prefix}-${index}.bin`), crypto.randomBytes(perFile))
}

const layout = path.join(work, 'layout')
fs.mkdirSync(path.join(layout, 'blobs', 'sha256'), { recursive: true })
function addLayer(root, compression, host = []) {
  const plain = path.join(work, 'layer.tar')
  // `host`: [directory, path inside the image] pairs added as they are on this machine.
  const extra = host.flatMap(([from, inside]) => ['--transform', `s,^${from.slice(1)},${inside},`, from])
  execFileSync(
    'tar',
    ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mtime=@0', '--ignore-failed-read', '-C', root, '-cf', plain, '.', ...extra],
    {
      stdio: ['ignore', 'ignore', 'ignore']
    }
  )
  const diffId = fileDigest(plain)
  const blob = path.join(work, 'layer.blob')
  if (compression === 'gzip') execFileSync('sh', ['-c', `gzip -1 -c "${plain}" > "${blob}"`])
  else execFileSync('zstd', ['-q', '-3', '-f', plain, '-o', blob])
  const digest = fileDigest(blob)
  const size = fs.statSync(blob).size
  fs.renameSync(blob, path.join(layout, 'blobs', 'sha256', digest.slice(7)))
  fs.rmSync(plain)
  fs.rmSync(root, { recursive: true, force: true })
  return { diffId, descriptor: { mediaType: `application/vnd.oci.image.layer.v1.tar+${compression}`, digest, size } }
}

console.error(CONTENT === 'host' ? 'bench/images: building an image of this machine’s files' : `bench/images: building a ${MEGABYTES} MB image`)
const layers = []
{
  const base = path.join(work, 'rootfs-base')
  fs.mkdirSync(path.join(base, 'etc'), { recursive: true })
  fs.mkdirSync(path.join(base, 'usr/lib'), { recursive: true })
  fs.mkdirSync(path.join(base, 'var/lib/dpkg/info'), { recursive: true })
  fs.copyFileSync('/usr/lib/os-release', path.join(base, 'usr/lib/os-release'))
  fs.symlinkSync('../usr/lib/os-release', path.join(base, 'etc/os-release'))
  fs.copyFileSync('/var/lib/dpkg/status', path.join(base, 'var/lib/dpkg/status'))
  for (const name of fs.readdirSync('/var/lib/dpkg/info'))
    if (name.endsWith('.list')) fs.copyFileSync(path.join('/var/lib/dpkg/info', name), path.join(base, 'var/lib/dpkg/info', name))
  if (CONTENT === 'filler') fillRandom(path.join(base, 'usr/share/filler'), Math.round(MEGABYTES * 0.3), 'base')
  const hostBase = HOST_BASE.filter((inside) => fs.existsSync(`/${inside}`)).map((inside) => [`/${inside}`, inside])
  layers.push(addLayer(base, 'gzip', CONTENT === 'host' ? hostBase : []))
}
{
  const app = path.join(work, 'rootfs-app')
  if (CONTENT === 'filler') fillRandom(path.join(app, 'srv/app/assets'), Math.round(MEGABYTES * 0.4), 'asset')
  for (const name of ['semver', 'yaml', 'ajv', 'minimatch', 'jose']) {
    const source = path.resolve('node_modules', name, 'package.json')
    if (!fs.existsSync(source)) continue
    fs.mkdirSync(path.join(app, 'srv/app/node_modules', name), { recursive: true })
    fs.copyFileSync(source, path.join(app, 'srv/app/node_modules', name, 'package.json'))
  }
  layers.push(addLayer(app, 'zstd', CONTENT === 'host' ? [[path.resolve('node_modules'), 'srv/app/node_modules']] : []))
}
{
  const top = path.join(work, 'rootfs-top')
  if (CONTENT === 'filler') fillRandom(path.join(top, 'srv/app/data'), Math.round(MEGABYTES * 0.3), 'data')
  else fs.mkdirSync(top, { recursive: true })
  // host: the Go toolchain (Go binaries with build information) where this machine has one.
  layers.push(addLayer(top, 'gzip', CONTENT === 'host' && fs.existsSync('/usr/local/go') ? [['/usr/local/go', 'usr/local/go']] : []))
}
// v1: the layers above. v1-upgraded: the same plus a last layer as `apt-get upgrade` leaves it (base-files
// rewrites etc/os-release and usr/lib/os-release; dpkg rewrites its status): what an OS-only catalog can stop at.
{
  const upgrade = path.join(work, 'rootfs-upgrade')
  fs.mkdirSync(path.join(upgrade, 'etc'), { recursive: true })
  fs.mkdirSync(path.join(upgrade, 'usr/lib'), { recursive: true })
  fs.mkdirSync(path.join(upgrade, 'var/lib/dpkg'), { recursive: true })
  fs.copyFileSync('/usr/lib/os-release', path.join(upgrade, 'usr/lib/os-release'))
  fs.symlinkSync('../usr/lib/os-release', path.join(upgrade, 'etc/os-release'))
  fs.copyFileSync('/var/lib/dpkg/status', path.join(upgrade, 'var/lib/dpkg/status'))
  layers.push(addLayer(upgrade, 'gzip'))
}
const indexEntries = []
for (const [tag, imageLayers] of [
  ['v1', layers.slice(0, -1)],
  ['v1-upgraded', layers]
]) {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: new Date(0).toISOString(),
      rootfs: { type: 'layers', diff_ids: imageLayers.map((layer) => layer.diffId) },
      config: {}
    })
  )
  const configDigest = `sha256:${crypto.createHash('sha256').update(config).digest('hex')}`
  fs.writeFileSync(path.join(layout, 'blobs', 'sha256', configDigest.slice(7)), config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: imageLayers.map((layer) => layer.descriptor)
    })
  )
  const manifestDigest = `sha256:${crypto.createHash('sha256').update(manifest).digest('hex')}`
  fs.writeFileSync(path.join(layout, 'blobs', 'sha256', manifestDigest.slice(7)), manifest)
  indexEntries.push({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: manifestDigest,
    size: manifest.length,
    annotations: { 'org.opencontainers.image.ref.name': tag }
  })
}
fs.writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
fs.writeFileSync(path.join(layout, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: indexEntries }))
const imageBytes = layers.slice(0, -1).reduce((sum, layer) => sum + layer.descriptor.size, 0)

// ---- registry ------------------------------------------------------------------------------------------
// Bytes each tool pulls are counted from the registry's own access log (Apache combined format on stdout:
// `"GET /v2/… HTTP/1.1" 200 <bytes>`), not by a proxy in the path, which would add its CPU to both tools'.
async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
const registryPort = await freePort()
fs.writeFileSync(
  path.join(work, 'registry.yml'),
  [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${path.join(work, 'registry')}`,
    'http:',
    `  addr: 127.0.0.1:${registryPort}`,
    ''
  ].join('\n')
)
let served = 0
const registry = spawn('docker-registry', ['serve', path.join(work, 'registry.yml')], { stdio: ['ignore', 'pipe', 'ignore'] })
let logTail = ''
registry.stdout.on('data', (chunk) => {
  const lines = (logTail + chunk).split('\n')
  logTail = lines.pop()
  for (const line of lines) {
    const match = /" (\d{3}) (\d+) "/.exec(line)
    if (match) served += Number(match[2])
  }
})
cleanups.push(() => registry.exitCode === null && process.kill(registry.pid, 'SIGTERM'))
for (let attempt = 0; ; attempt += 1) {
  try {
    if ((await fetch(`http://127.0.0.1:${registryPort}/v2/`)).ok) break
  } catch {
    // not yet
  }
  if (attempt > 100) throw new Error('docker-registry did not start')
  await new Promise((resolve) => setTimeout(resolve, 100))
}
console.error('bench/images: pushing with skopeo')
for (const tag of ['v1', 'v1-upgraded'])
  execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${layout}:${tag}`, `docker://127.0.0.1:${registryPort}/bench/big:${tag}`])
fs.rmSync(layout, { recursive: true, force: true })
const REFERENCE = `127.0.0.1:${registryPort}/bench/big:v1`
/** The access log is written as requests end: wait until it has been quiet a moment. */
async function settledServed() {
  let last = -1
  while (last !== served) {
    last = served
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  return served
}
if (args.includes('--serve')) {
  // For profiling: keep the registry up with the image in it until interrupted.
  console.log(REFERENCE)
  await new Promise((resolve) => process.on('SIGINT', resolve))
  process.exit(0)
}

// ---- runs ---------------------------------------------------------------------------------------------
async function timed(command, argv, env = {}) {
  await settledServed()
  served = 0
  const child = spawn('/usr/bin/time', ['-f', '%e %M', command, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stdout.resume()
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise((resolve) => child.on('exit', resolve))
  const last = stderr.trim().split('\n').pop()
  const [seconds, kilobytes] = last.split(' ').map(Number)
  if (code !== 0) throw new Error(`${command} ${argv.join(' ')} exited ${code}: ${stderr.slice(-2000)}`)
  return { seconds, peakMB: Math.round(kilobytes / 1024), bytesFromRegistry: await settledServed(), stderr }
}

const tools = {
  'chaingate sbom --image': (file) => [NODE, [CLI, 'sbom', '--image', REFERENCE, '--output', file]],
  'chaingate sbom --image --os-only': (file) => [NODE, [CLI, 'sbom', '--image', REFERENCE, '--os-only', '--output', file]],
  'chaingate sbom --image --os-only (v1-upgraded)': (file) => [NODE, [CLI, 'sbom', '--image', `${REFERENCE}-upgraded`, '--os-only', '--output', file]],
  'syft registry:': (file) => [
    SYFT,
    [`registry:${REFERENCE}`, '-q', '-o', `syft-json=${file}`],
    { SYFT_REGISTRY_INSECURE_USE_HTTP: 'true', SYFT_CHECK_FOR_APP_UPDATE: 'false' }
  ]
}
const results = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
const outputs = {}
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, make] of Object.entries(tools)) {
    const file = path.join(work, `${name.replace(/\W+/g, '-')}.json`)
    const [command, argv, env] = make(file)
    const load = os.loadavg()[0]
    const result = await timed(command, argv, env)
    result.loadBefore = Math.round(load * 100) / 100
    results[name].push(result)
    outputs[name] = file
    console.error(
      `bench/images: run ${run + 1} ${name}: ${result.seconds}s, ${result.peakMB} MB peak, ${result.bytesFromRegistry} bytes from the registry (load ${result.loadBefore})`
    )
  }
}

// ---- OS package sets ------------------------------------------------------------------------------------
function chaingateDebs(file) {
  const bom = JSON.parse(fs.readFileSync(file, 'utf8'))
  return new Set(
    bom.components
      .filter((component) => component.purl?.startsWith('pkg:deb/'))
      .map((component) => {
        const arch = new globalThis.URLSearchParams(component.purl.split('?')[1] ?? '').get('arch') ?? ''
        return `${component.name} ${component.version} ${arch}`
      })
  )
}
function syftDebs(file) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'))
  return new Set(
    document.artifacts
      .filter((artifact) => artifact.type === 'deb')
      .map((artifact) => `${artifact.name} ${artifact.version} ${artifact.metadata?.architecture ?? ''}`)
  )
}
const ours = chaingateDebs(outputs['chaingate sbom --image'])
const oursOsOnly = chaingateDebs(outputs['chaingate sbom --image --os-only'])
const theirs = syftDebs(outputs['syft registry:'])
const onlyOurs = [...ours].filter((entry) => !theirs.has(entry))
const onlyTheirs = [...theirs].filter((entry) => !ours.has(entry))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const summary = {
  image: { reference: 'bench/big:v1', layers: layers.length - 1, compressedBytes: imageBytes },
  runs: RUNS,
  tools: Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      {
        medianSeconds: median(runs.map((run) => run.seconds)),
        medianPeakMB: median(runs.map((run) => run.peakMB)),
        bytesFromRegistry: runs[0].bytesFromRegistry,
        runs: runs.map(({ stderr: _stderr, ...rest }) => rest)
      }
    ])
  ),
  osPackages: {
    chaingate: ours.size,
    chaingateOsOnly: oursOsOnly.size,
    syft: theirs.size,
    same: onlyOurs.length === 0 && onlyTheirs.length === 0 && oursOsOnly.size === ours.size,
    onlyChaingate: onlyOurs,
    onlySyft: onlyTheirs
  },
  chaingateSummary: results['chaingate sbom --image'][0].stderr.split('\n').find((line) => line.includes('layers read')),
  upgradedOsOnlySummary: results['chaingate sbom --image --os-only (v1-upgraded)'][0].stderr.split('\n').find((line) => line.includes('layers read')),
  upgradedOsOnlySame: chaingateDebs(outputs['chaingate sbom --image --os-only (v1-upgraded)']).size === ours.size
}
summary.wallRatio = summary.tools['chaingate sbom --image'].medianSeconds / summary.tools['syft registry:'].medianSeconds
// Per run, alternated: the ratio of each chaingate run to the syft run next to it, and the machine's load.
summary.pairedWallRatios = results['chaingate sbom --image'].map(
  (run, index) => Math.round((run.seconds / results['syft registry:'][index].seconds) * 100) / 100
)
summary.loadAverage1m = {
  cpus: os.cpus().length,
  min: Math.min(
    ...Object.values(results)
      .flat()
      .map((run) => run.loadBefore)
  ),
  max: Math.max(
    ...Object.values(results)
      .flat()
      .map((run) => run.loadBefore)
  )
}
fs.writeFileSync(path.join(OUT, CONTENT === 'host' ? 'images-host.json' : 'images.json'), `${JSON.stringify(summary, null, 2)}\n`)
console.log(
  JSON.stringify(
    {
      ...summary,
      tools: Object.fromEntries(
        Object.entries(summary.tools).map(([name, value]) => [
          name,
          { medianSeconds: value.medianSeconds, medianPeakMB: value.medianPeakMB, bytesFromRegistry: value.bytesFromRegistry }
        ])
      )
    },
    null,
    2
  )
)
process.exit(0)
