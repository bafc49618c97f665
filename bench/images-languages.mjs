#!/usr/bin/env node
/**
 * Language and OS packages of an image, chaingate beside syft, on real artifacts fetched and built here:
 * - Java: a Maven project packaged by Maven itself (plain jar, a maven-shade-plugin uber jar, a
 *   spring-boot-maven-plugin jar with BOOT-INF/lib), jars from the local Maven repository as Maven Central
 *   served them (spring-core and junit-jupiter-api carry no pom.properties), a WAR with WEB-INF/lib, and
 *   an EAR holding a WAR holding the Boot jar;
 * - Go: one program with real modules (uuid, logrus, cobra) and a local `replace`, built plain, -trimpath,
 *   stripped (`-ldflags=-s -w`), PIE, from a tagged git checkout (VCS version), and with a module replaced
 *   by another version; one copied without its mode bits;
 * - Python: `pip install --target` (requests, six), a venv with flask, an sdist installed by `setup.py
 *   install` (egg-info), and this machine's dpkg-owned /usr/lib/python3/dist-packages metadata;
 * - npm: `npm install express debug` (nested duplicates), a global install under /usr/local/lib/node_modules;
 * - OS: this machine's dpkg status, info/*.list, os-release, debian_version, /usr/share/java (dpkg-owned jars) and
 *   /usr/lib/cni (dpkg-owned Go binaries).
 * Packed as an OCI layout (system tar, gzip from node:zlib); then `syft oci-dir:` and `chaingate sbom --image
 * oci:` on it, and the package sets compared per purl type (name, version, purl). Every difference is
 * classified: owned by an OS package (chaingate does not list a language package twice), no version (syft's
 * UNKNOWN), a syft type out of scope (binary classifiers), or unexplained.
 *
 * Needs the network (Maven Central, PyPI, npm, Go module proxy) the first time; `syft` from
 * scripts/install-peers.sh syft. Writes bench/out/images-languages.json.
 *
 *   scripts/node24 bench/images-languages.mjs
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

const OUT = path.resolve('bench/out')
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
const SYFT = path.join(PEERS, 'syft', 'v1.57.2', 'bin', 'syft')
const NODE = process.execPath
const M2 = path.join(os.homedir(), '.m2', 'repository')

for (const [what, command] of [
  ['syft 1.57.2 (scripts/install-peers.sh syft)', SYFT],
  ['mvn', 'mvn'],
  ['go', 'go'],
  ['python3', 'python3'],
  ['npm', 'npm'],
  ['zip', 'zip'],
  ['git', 'git']
]) {
  try {
    execFileSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' })
  } catch {
    console.error(`bench/images-languages: ${what} is missing`)
    process.exit(1)
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-languages-'))
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))
fs.mkdirSync(OUT, { recursive: true })
const run = (command, argv, options = {}) =>
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30, ...options })
const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}
const copy = (from, to) => {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true })
}

console.error('bench/images-languages: bundling the CLI from the sources')
run(NODE, ['scripts/build.mjs', '--outdir', path.join(OUT, 'build'), '--bundle-only'], { stdio: 'inherit' })
const CLI = path.join(OUT, 'build', 'dist', 'cli.js')

const osRoot = path.join(work, 'root-os')
const apps = path.join(work, 'root-apps')

// ---- OS layer: this machine's Debian ------------------------------------------------------------------
copy('/usr/lib/os-release', path.join(osRoot, 'usr/lib/os-release'))
fs.mkdirSync(path.join(osRoot, 'etc'), { recursive: true })
fs.symlinkSync('../usr/lib/os-release', path.join(osRoot, 'etc/os-release'))
if (fs.existsSync('/etc/debian_version')) copy('/etc/debian_version', path.join(osRoot, 'etc/debian_version'))
copy('/var/lib/dpkg/status', path.join(osRoot, 'var/lib/dpkg/status'))
for (const name of fs.readdirSync('/var/lib/dpkg/info'))
  if (name.endsWith('.list')) copy(path.join('/var/lib/dpkg/info', name), path.join(osRoot, 'var/lib/dpkg/info', name))
for (const name of fs.existsSync('/usr/lib/python3/dist-packages') ? fs.readdirSync('/usr/lib/python3/dist-packages') : [])
  if (/-info$/.test(name)) copy(path.join('/usr/lib/python3/dist-packages', name), path.join(osRoot, 'usr/lib/python3/dist-packages', name))
for (const dir of ['/usr/share/java', '/usr/lib/cni']) if (fs.existsSync(dir)) copy(dir, path.join(osRoot, dir.slice(1)))

// ---- Java --------------------------------------------------------------------------------------------
console.error('bench/images-languages: Maven package (shade, spring-boot repackage)')
const javaApp = path.join(work, 'java-app')
write(
  path.join(javaApp, 'src/main/java/demo/App.java'),
  'package demo;\npublic class App { public static void main(String[] a) { System.out.println(org.apache.commons.lang3.StringUtils.capitalize("hi") + new com.google.gson.Gson().toJson(a)); } }\n'
)
const dependency = (group, artifact, version) =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`
const plugin = (group, artifact, version, rest = '') =>
  `<plugin><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version>${rest}</plugin>`
write(
  path.join(javaApp, 'pom.xml'),
  `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>com.example.demo</groupId><artifactId>demo-app</artifactId><version>1.0.0</version>
<properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
<dependencies>${dependency('org.apache.commons', 'commons-lang3', '3.14.0')}${dependency('com.google.code.gson', 'gson', '2.11.0')}${dependency('org.springframework', 'spring-core', '6.1.11')}${dependency('com.fasterxml.jackson.core', 'jackson-databind', '2.17.2')}${dependency('org.junit.jupiter', 'junit-jupiter-api', '5.10.3')}</dependencies>
<build><plugins>
${plugin('org.apache.maven.plugins', 'maven-compiler-plugin', '3.13.0')}
${plugin('org.apache.maven.plugins', 'maven-jar-plugin', '3.4.2')}
${plugin('org.apache.maven.plugins', 'maven-shade-plugin', '3.6.0', '<executions><execution><phase>package</phase><goals><goal>shade</goal></goals><configuration><shadedArtifactAttached>true</shadedArtifactAttached><shadedClassifierName>all</shadedClassifierName></configuration></execution></executions>')}
${plugin('org.springframework.boot', 'spring-boot-maven-plugin', '3.3.2', '<executions><execution><goals><goal>repackage</goal></goals><configuration><classifier>boot</classifier><mainClass>demo.App</mainClass></configuration></execution></executions>')}
</plugins></build></project>\n`
)
run('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: javaApp, stdio: ['ignore', 'ignore', 'inherit'] })
for (const name of ['demo-app-1.0.0.jar', 'demo-app-1.0.0-all.jar', 'demo-app-1.0.0-boot.jar'])
  copy(path.join(javaApp, 'target', name), path.join(apps, 'app', name))
const fromM2 = (group, artifact, version) => path.join(M2, ...group.split('.'), artifact, version, `${artifact}-${version}.jar`)
for (const [group, artifact, version] of [
  ['org.springframework', 'spring-core', '6.1.11'],
  ['org.junit.jupiter', 'junit-jupiter-api', '5.10.3'],
  ['com.google.code.gson', 'gson', '2.11.0']
])
  copy(fromM2(group, artifact, version), path.join(apps, 'app', `${artifact}-${version}.jar`))
const war = path.join(work, 'war')
copy(fromM2('org.springframework', 'spring-core', '6.1.11'), path.join(war, 'WEB-INF/lib/spring-core-6.1.11.jar'))
copy(fromM2('org.apache.commons', 'commons-lang3', '3.14.0'), path.join(war, 'WEB-INF/lib/commons-lang3-3.14.0.jar'))
write(path.join(war, 'WEB-INF/web.xml'), '<web-app/>')
fs.mkdirSync(path.join(apps, 'opt'), { recursive: true })
run('zip', ['-q', '-r', path.join(apps, 'opt/shop.war'), '.'], { cwd: war })
const ear = path.join(work, 'ear')
copy(path.join(javaApp, 'target/demo-app-1.0.0-boot.jar'), path.join(ear, 'inner.war-src/WEB-INF/lib/demo-app-1.0.0-boot.jar'))
run('zip', ['-q', '-r', path.join(ear, 'inner.war'), '.'], { cwd: path.join(ear, 'inner.war-src') })
run('zip', ['-q', path.join(apps, 'opt/bank.ear'), 'inner.war'], { cwd: ear })

// ---- Go ----------------------------------------------------------------------------------------------
console.error('bench/images-languages: Go builds')
const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
write(path.join(work, 'go/localdep/go.mod'), 'module example.com/localdep\n\ngo 1.21\n')
write(path.join(work, 'go/localdep/dep.go'), 'package localdep\n\nfunc Name() string { return "local" }\n')
const goMain =
  'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/localdep"\n\t"github.com/google/uuid"\n\t"github.com/sirupsen/logrus"\n\t"github.com/spf13/cobra"\n)\n\nfunc main() {\n\tcmd := &cobra.Command{Use: "goapp", Run: func(*cobra.Command, []string) { logrus.Info(uuid.NewString()); fmt.Println(localdep.Name()) }}\n\t_ = cmd.Execute()\n}\n'
const goMod = (module, extra = '') =>
  `module ${module}\n\ngo 1.22\n\nrequire (\n\texample.com/localdep v0.0.0\n\tgithub.com/google/uuid v1.6.0\n\tgithub.com/sirupsen/logrus v1.9.3\n\tgithub.com/spf13/cobra v1.8.1\n)\n\nreplace example.com/localdep => ../localdep\n${extra}`
for (const [dir, module, extra] of [
  ['app', 'example.com/goapp', ''],
  ['vcsapp', 'example.com/vcsapp', 'replace github.com/google/uuid => github.com/google/uuid v1.5.0\n']
]) {
  write(path.join(work, 'go', dir, 'go.mod'), goMod(module, extra))
  write(path.join(work, 'go', dir, 'main.go'), goMain)
  run('go', ['mod', 'tidy'], { cwd: path.join(work, 'go', dir), env: goEnv, stdio: ['ignore', 'ignore', 'inherit'] })
}
const bin = path.join(apps, 'usr/local/bin')
fs.mkdirSync(bin, { recursive: true })
const goBuild = (dir, argv, env = {}) => run('go', ['build', ...argv, '.'], { cwd: path.join(work, 'go', dir), env: { ...goEnv, ...env } })
goBuild('app', ['-o', path.join(bin, 'goapp-plain')], { CGO_ENABLED: '0' })
goBuild('app', ['-trimpath', '-o', path.join(bin, 'goapp-trimpath')], { CGO_ENABLED: '0' })
goBuild('app', ['-trimpath', '-ldflags=-s -w', '-o', path.join(bin, 'goapp-stripped')], { CGO_ENABLED: '0' })
goBuild('app', ['-buildmode=pie', '-o', path.join(bin, 'goapp-pie')])
const git = (...argv) => run('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...argv], { cwd: path.join(work, 'go/vcsapp') })
git('init', '-q')
git('add', '-A')
git('commit', '-qm', 'init')
git('tag', 'v1.2.3')
goBuild('vcsapp', ['-buildvcs=true', '-o', path.join(bin, 'vcsapp')], { CGO_ENABLED: '0' })
copy(path.join(bin, 'goapp-stripped'), path.join(apps, 'srv/tool'))
fs.chmodSync(path.join(apps, 'srv/tool'), 0o644)

// ---- Python ------------------------------------------------------------------------------------------
console.error('bench/images-languages: pip, venv, setup.py install')
const site = path.join(apps, 'usr/local/lib/python3.11/site-packages')
run('python3', ['-m', 'pip', 'install', '-q', '--target', site, 'requests==2.32.3', 'six==1.16.0'], { stdio: ['ignore', 'ignore', 'inherit'] })
run('python3', ['-m', 'venv', path.join(apps, 'opt/venv')])
run(path.join(apps, 'opt/venv/bin/pip'), ['install', '-q', 'flask==3.0.3'], { stdio: ['ignore', 'ignore', 'inherit'] })
run('python3', ['-m', 'pip', 'download', '-q', '--no-binary', ':all:', '--no-deps', '-d', path.join(work, 'sdist'), 'termcolor==1.1.0'], {
  stdio: ['ignore', 'ignore', 'inherit']
})
run('tar', ['xzf', path.join(work, 'sdist/termcolor-1.1.0.tar.gz'), '-C', path.join(work, 'sdist')])
run('python3', ['setup.py', '-q', 'install', '--single-version-externally-managed', '--record', path.join(work, 'record.txt'), '--install-lib', site], {
  cwd: path.join(work, 'sdist/termcolor-1.1.0'),
  stdio: ['ignore', 'ignore', 'ignore']
})

// ---- npm ---------------------------------------------------------------------------------------------
console.error('bench/images-languages: npm install')
const nodeApp = path.join(apps, 'app/node')
write(path.join(nodeApp, 'package.json'), JSON.stringify({ name: 'demo-node-app', version: '1.0.0', private: true }))
run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', 'express@4.19.2', 'debug@4.3.4'], {
  cwd: nodeApp,
  stdio: ['ignore', 'ignore', 'inherit']
})
run('npm', ['install', '-g', '--prefix', path.join(apps, 'usr/local'), '--no-audit', '--no-fund', '--ignore-scripts', 'semver@7.6.0'], {
  stdio: ['ignore', 'ignore', 'inherit']
})

// ---- the OCI layout ------------------------------------------------------------------------------------
const layout = path.join(work, 'image')
fs.mkdirSync(path.join(layout, 'blobs/sha256'), { recursive: true })
const sha = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex')
const put = (bytes) => {
  const hex = sha(bytes)
  fs.writeFileSync(path.join(layout, 'blobs/sha256', hex), bytes)
  return `sha256:${hex}`
}
const layers = [osRoot, apps].map((root) => {
  const plain = execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mtime=@0', '-C', root, '-cf', '-', '.'], {
    maxBuffer: 4 << 30
  })
  const gz = zlib.gzipSync(plain)
  return { diffId: `sha256:${sha(plain)}`, digest: put(gz), size: gz.length }
})
const config = Buffer.from(
  JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    created: '2026-01-02T03:04:05Z',
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    config: {}
  })
)
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(config), size: config.length },
    layers: layers.map((layer) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size }))
  })
)
const manifestDigest = put(manifest)
fs.writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
fs.writeFileSync(
  path.join(layout, 'index.json'),
  JSON.stringify({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifestDigest,
        size: manifest.length,
        annotations: { 'org.opencontainers.image.ref.name': 'latest' }
      }
    ]
  })
)

// ---- both tools, compared ------------------------------------------------------------------------------
console.error('bench/images-languages: syft and chaingate')
const syftFile = path.join(work, 'syft.json')
run(SYFT, [`oci-dir:${layout}`, '-o', `syft-json=${syftFile}`, '-q'], { env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' } })
const oursFile = path.join(work, 'chaingate.cdx.json')
execFileSync(NODE, [CLI, 'sbom', '--image', `oci:${layout}:latest`, '--output', oursFile], { stdio: ['ignore', 'ignore', 'inherit'] })

const TYPE = { deb: 'deb', npm: 'npm', python: 'pypi', 'go-module': 'golang', 'java-archive': 'maven' }
const syft = JSON.parse(fs.readFileSync(syftFile, 'utf8'))
const ours = JSON.parse(fs.readFileSync(oursFile, 'utf8'))
/** purl without its qualifiers' order and percent-encoding differences. */
const normal = (purl) => (purl ? decodeURIComponent(purl) : '')
const canonical = (file) => file.replace(/^\/+/, '').replace(/^(bin|sbin|lib|lib32|lib64)\//, 'usr/$1/')
const ownedPaths = new Set()
for (const name of fs.readdirSync(path.join(osRoot, 'var/lib/dpkg/info')))
  for (const line of fs.readFileSync(path.join(osRoot, 'var/lib/dpkg/info', name), 'utf8').split('\n')) if (line) ownedPaths.add(canonical(line))
const owned = (file) => ownedPaths.has(canonical(file))
const key = (name, version) => `${name}@${version}`
const result = {}
for (const artifact of syft.artifacts) {
  const type = TYPE[artifact.type] ?? `syft:${artifact.type}`
  const entry = (result[type] ??= { syft: new Map(), chaingate: new Map() })
  entry.syft.set(key(artifact.name, artifact.version), { purl: normal(artifact.purl), paths: artifact.locations.map((location) => location.path) })
}
for (const component of ours.components ?? []) {
  const type = component.purl?.slice(4, component.purl.indexOf('/')) ?? 'none'
  const entry = (result[type] ??= { syft: new Map(), chaingate: new Map() })
  // Syft names Maven packages by artifact, chaingate's CycloneDX by artifact with the group apart: same key.
  entry.chaingate.set(key(component.name, component.version), { purl: normal(component.purl) })
}
const summary = { date: new Date().toISOString(), syft: '1.57.2', image: manifestDigest, types: {} }
for (const [type, { syft: theirs, chaingate: mine }] of Object.entries(result).sort()) {
  const onlySyft = { ownedByOsPackage: [], noVersion: [], outOfScope: [], unexplained: [] }
  for (const [name, found] of theirs) {
    if (mine.has(name)) continue
    if (type.startsWith('syft:')) onlySyft.outOfScope.push(name)
    else if (name.endsWith('@UNKNOWN') || name.endsWith('@')) onlySyft.noVersion.push(name)
    else if (found.paths.every(owned)) onlySyft.ownedByOsPackage.push(name)
    else if (type === 'golang' && name.startsWith('stdlib@go') && mine.has(`stdlib@${name.slice('stdlib@go'.length)}`)) continue
    else onlySyft.unexplained.push(`${name} ${found.paths.join(' ')}`)
  }
  const onlyChaingate = [...mine.keys()].filter((name) => !theirs.has(name) && !(name.startsWith('stdlib@') && theirs.has(`stdlib@go${name.slice(7)}`)))
  const both = [...mine.keys()].filter((name) => theirs.has(name) || (name.startsWith('stdlib@') && theirs.has(`stdlib@go${name.slice(7)}`)))
  const purlDiffers = both
    .filter((name) => theirs.get(name) && theirs.get(name).purl !== mine.get(name).purl)
    .map((name) => `${theirs.get(name).purl} ≠ ${mine.get(name).purl}`)
  summary.types[type] = {
    syft: theirs.size,
    chaingate: mine.size,
    both: both.length,
    onlySyft: Object.fromEntries(Object.entries(onlySyft).map(([why, names]) => [why, names.length])),
    unexplained: onlySyft.unexplained,
    onlyChaingate,
    purlDiffers: purlDiffers.length,
    purlDiffersSample: purlDiffers.slice(0, 3)
  }
}
fs.writeFileSync(path.join(OUT, 'images-languages.json'), `${JSON.stringify(summary, null, 2)}\n`)
for (const [type, line] of Object.entries(summary.types))
  console.log(
    `${type.padEnd(22)} syft ${String(line.syft).padStart(4)}  chaingate ${String(line.chaingate).padStart(4)}  both ${String(line.both).padStart(4)}  only syft: ${JSON.stringify(line.onlySyft)}  only chaingate: ${line.onlyChaingate.length}  purl differs: ${line.purlDiffers}`
  )
console.log(`bench/images-languages: wrote ${path.join(OUT, 'images-languages.json')}`)
