#!/usr/bin/env node
/**
 * Language packages inside an image, package by package: chaingate beside syft and Trivy, and each beside
 * what the ecosystem's own tool says about the same files (`npm ls`, `pip list --path`, `go version -m`,
 * `mvn dependency:list` and the archives' `pom.properties`, Tomcat's jars by SHA-1 against Maven Central). The
 * content is real, fetched and built here:
 * - npm: an application (`npm install` of express, debug, lodash, scoped @babel and @types packages: nested
 *   duplicates), an npm workspaces monorepo (private members, `node_modules/@mono/*` symlinks), a global
 *   `npm install -g npm semver` (npm's bundled dependencies);
 * - Python: `pip install --target` (requests, six, the `jaraco.*` and `zope.*` namespace packages, setuptools),
 *   a venv with flask, sdists installed the legacy ways (`setup.py install` → `*.egg-info/` directory, distutils
 *   → one `*.egg-info` file), pip into /usr/local/lib/python3.11/dist-packages, and this machine's dpkg-owned
 *   /usr/lib/python3/dist-packages metadata (python3-* debs);
 * - Go: one program with real modules and a local `replace`, built plain, `-trimpath`, `-ldflags=-s -w`, PIE,
 *   cgo, from a tagged git checkout with a module→version `replace`, copied without mode bits; `go install` of
 *   pinned real tools (stringer, shfmt); this machine's dpkg-owned /usr/lib/cni Go binaries;
 * - Rust: a crate with serde_json, regex and a build dependency, built by `cargo auditable build` (oracle: `cargo tree
 *   -e normal`), as built and stripped;
 * - Java: a Maven project packaged by Maven (plain jar, maven-shade-plugin uber jar, spring-boot-maven-plugin
 *   jar with BOOT-INF/lib of Spring Boot's web starter, the same copied as /app.jar), a WAR by
 *   maven-war-plugin, an EAR holding a WAR holding the Boot jar, jars as Maven Central serves them (Gradle-built
 *   ones without pom.properties: spring-core, junit-jupiter-api, kotlin-stdlib, okhttp, kafka-clients, …),
 *   Tomcat's binary distribution in /usr/local/tomcat (as the official tomcat image), this machine's
 *   dpkg-owned /usr/share/java;
 * - OS: this machine's dpkg status, info/*.list, os-release.
 * Packed as an OCI layout (two layers: OS, applications) and a docker-archive tar of it; cached outside the
 * repository (`$XDG_CACHE_HOME/chaingate-bench/language-parity`, `--rebuild` to build again). Then
 * `chaingate sbom --image oci:` (peak RSS from /usr/bin/time), `syft oci-dir:` (1.57.2) and `trivy image --input`
 * (0.74.0, offline: no vulnerability database, see the Trivy call below), compared per ecosystem by name and
 * version (Maven by artifact and version, the groups compared apart), each difference classified.
 *
 * Needs the network (npm, PyPI, Go module proxy, Maven Central, crates.io) the first time; syft and trivy from
 * `scripts/install-peers.sh syft trivy`. Writes bench/out/images-language-parity.json.
 *
 *   scripts/node24 bench/images-language-parity.mjs [--rebuild]
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
const TRIVY = path.join(PEERS, 'trivy', 'v0.74.0', 'bin', 'trivy')
const NODE = process.execPath
const M2 = path.join(os.homedir(), '.m2', 'repository')
const CACHE = path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'chaingate-bench', 'language-parity')
const REBUILD = process.argv.includes('--rebuild')

for (const [what, command] of [
  ['syft 1.57.2 (scripts/install-peers.sh syft)', SYFT],
  ['trivy 0.74.0 (scripts/install-peers.sh trivy)', TRIVY],
  ['mvn', 'mvn'],
  ['go', 'go'],
  ['gcc (cgo)', 'gcc'],
  ['python3', 'python3'],
  ['npm', 'npm'],
  ['zip', 'zip'],
  ['unzip', 'unzip'],
  ['git', 'git'],
  ['cargo (Rust, for cargo-auditable)', 'cargo']
]) {
  try {
    execFileSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' })
  } catch {
    console.error(`bench/images-language-parity: ${what} is missing`)
    process.exit(1)
  }
}

fs.mkdirSync(OUT, { recursive: true })
const run = (command, argv, options = {}) =>
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30, ...options })
const quiet = { stdio: ['ignore', 'ignore', 'inherit'] }
const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}
const copy = (from, to) => {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true })
}

const layout = path.join(CACHE, 'image')
const archive = path.join(CACHE, 'image.docker.tar')
const truthFile = path.join(CACHE, 'truth.json')
if (REBUILD || !fs.existsSync(path.join(layout, 'index.json')) || !fs.existsSync(truthFile)) build()

function build() {
  fs.rmSync(CACHE, { recursive: true, force: true })
  const work = path.join(CACHE, 'work')
  const osRoot = path.join(CACHE, 'root-os')
  const apps = path.join(CACHE, 'root-apps')
  /** What the ecosystems' own tools say: ecosystem → [{ name, version, where }]. */
  const truth = { npm: [], pypi: [], golang: [], maven: [], cargo: [] }
  fs.mkdirSync(work, { recursive: true })

  // ---- OS layer: this machine's Debian ------------------------------------------------------------------
  console.error('bench/images-language-parity: OS layer (this machine’s dpkg database)')
  copy('/usr/lib/os-release', path.join(osRoot, 'usr/lib/os-release'))
  fs.mkdirSync(path.join(osRoot, 'etc'), { recursive: true })
  fs.symlinkSync('../usr/lib/os-release', path.join(osRoot, 'etc/os-release'))
  if (fs.existsSync('/etc/debian_version')) copy('/etc/debian_version', path.join(osRoot, 'etc/debian_version'))
  copy('/var/lib/dpkg/status', path.join(osRoot, 'var/lib/dpkg/status'))
  for (const name of fs.readdirSync('/var/lib/dpkg/info'))
    if (name.endsWith('.list')) copy(path.join('/var/lib/dpkg/info', name), path.join(osRoot, 'var/lib/dpkg/info', name))
  const distPackages = '/usr/lib/python3/dist-packages'
  for (const name of fs.existsSync(distPackages) ? fs.readdirSync(distPackages) : [])
    if (/-info$/.test(name)) copy(path.join(distPackages, name), path.join(osRoot, distPackages.slice(1), name))
  for (const dir of ['/usr/share/java', '/usr/lib/cni']) if (fs.existsSync(dir)) copy(dir, path.join(osRoot, dir.slice(1)))

  // ---- npm ---------------------------------------------------------------------------------------------
  console.error('bench/images-language-parity: npm install')
  const npmInstall = (cwd, argv) => run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...argv], { cwd, ...quiet })
  const npmTruth = (cwd, argv = [], where = cwd) => {
    const tree = JSON.parse(run('npm', ['ls', '--all', '--json', '--long', ...argv], { cwd }))
    const walk = (node) => {
      for (const [key, child] of Object.entries(node.dependencies ?? {})) {
        // An alias (`"string-width-cjs": "npm:string-width@^4.2.0"`) is installed as the package it names
        // (`--long` gives that name).
        const name = child.name ?? key
        if (child.version) truth.npm.push({ name, version: child.version, where: path.relative(apps, where) })
        walk(child)
      }
    }
    if (tree.name && tree.version) truth.npm.push({ name: tree.name, version: tree.version, where: path.relative(apps, where) })
    walk(tree)
  }
  const nodeApp = path.join(apps, 'app/node')
  write(path.join(nodeApp, 'package.json'), JSON.stringify({ name: 'demo-node-app', version: '1.0.0', private: true }))
  npmInstall(nodeApp, ['express@4.19.2', 'debug@4.3.4', 'lodash@4.17.21', '@babel/code-frame@7.24.7', '@types/node@20.14.10', 'chalk@2.4.2'])
  npmTruth(nodeApp)
  const mono = path.join(apps, 'app/mono')
  write(path.join(mono, 'package.json'), JSON.stringify({ name: 'mono-root', version: '0.0.0', private: true, workspaces: ['packages/*'] }))
  write(
    path.join(mono, 'packages/api/package.json'),
    JSON.stringify({ name: '@mono/api', version: '1.2.0', private: true, dependencies: { '@mono/util': '0.1.0', semver: '7.6.3' } })
  )
  write(path.join(mono, 'packages/util/package.json'), JSON.stringify({ name: '@mono/util', version: '0.1.0', dependencies: { chalk: '4.1.2', ms: '2.1.3' } }))
  npmInstall(mono, [])
  npmTruth(mono)
  const prefix = path.join(apps, 'usr/local')
  run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', 'npm@10.8.2', 'semver@7.6.0'], quiet)
  npmTruth(work, ['-g', '--prefix', prefix], path.join(prefix, 'lib/node_modules'))

  // ---- Python ------------------------------------------------------------------------------------------
  console.error('bench/images-language-parity: pip --target, venv, legacy sdists')
  const pipTruth = (dir, python = 'python3') => {
    for (const found of JSON.parse(run(python, ['-m', 'pip', 'list', '--path', dir, '--format', 'json', '--disable-pip-version-check'])))
      truth.pypi.push({ name: found.name.toLowerCase().replace(/[-_.]+/g, '-'), version: found.version, where: path.relative(apps, dir) })
  }
  const site = path.join(apps, 'usr/local/lib/python3.11/site-packages')
  run(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '-q',
      '--target',
      site,
      'requests==2.32.3',
      'six==1.16.0',
      'jaraco.functools==4.0.1',
      'jaraco.context==5.3.0',
      'zope.interface==6.4.post2'
    ],
    quiet
  )
  const sdists = path.join(work, 'sdist')
  run('python3', ['-m', 'pip', 'download', '-q', '--no-binary', ':all:', '--no-deps', '-d', sdists, 'docopt==0.6.2', 'termcolor==1.1.0'], quiet)
  for (const name of fs.readdirSync(sdists)) run('tar', ['xzf', path.join(sdists, name), '-C', sdists])
  // setuptools: an `*.egg-info/` directory.
  run('python3', ['setup.py', '-q', 'install', '--single-version-externally-managed', '--record', path.join(work, 'record.txt'), '--install-lib', site], {
    cwd: path.join(sdists, 'docopt-0.6.2'),
    stdio: ['ignore', 'ignore', 'ignore']
  })
  // distutils (termcolor 1.1.0's setup.py imports distutils.core): one `*.egg-info` file.
  const localDist = path.join(apps, 'usr/local/lib/python3.11/dist-packages')
  run('python3', ['setup.py', '-q', 'install', '--install-lib', localDist, '--install-scripts', path.join(work, 'scripts')], {
    cwd: path.join(sdists, 'termcolor-1.1.0'),
    env: { ...process.env, SETUPTOOLS_USE_DISTUTILS: 'stdlib' },
    stdio: ['ignore', 'ignore', 'ignore']
  })
  run('python3', ['-m', 'pip', 'install', '-q', '--target', localDist, '--no-deps', 'attrs==23.2.0', 'PyYAML==6.0.1'], quiet)
  pipTruth(site)
  pipTruth(localDist)
  const venv = path.join(apps, 'opt/venv')
  run('python3', ['-m', 'venv', venv])
  run(path.join(venv, 'bin/pip'), ['install', '-q', '--disable-pip-version-check', 'flask==3.0.3'], quiet)
  pipTruth(path.join(venv, 'lib/python3.11/site-packages'), path.join(venv, 'bin/python'))

  // ---- Go ----------------------------------------------------------------------------------------------
  console.error('bench/images-language-parity: Go builds')
  const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
  write(path.join(work, 'go/localdep/go.mod'), 'module example.com/localdep\n\ngo 1.21\n')
  write(path.join(work, 'go/localdep/dep.go'), 'package localdep\n\nfunc Name() string { return "local" }\n')
  const goMain = (cgo) =>
    `package main\n\n${cgo ? '// #include <stdlib.h>\nimport "C"\n\n' : ''}import (\n\t"fmt"\n\n\t"example.com/localdep"\n\t"github.com/google/uuid"\n\t"github.com/sirupsen/logrus"\n\t"github.com/spf13/cobra"\n)\n\nfunc main() {\n\tcmd := &cobra.Command{Use: "goapp", Run: func(*cobra.Command, []string) { logrus.Info(uuid.NewString()); fmt.Println(localdep.Name()${cgo ? ', C.rand()' : ''}) }}\n\t_ = cmd.Execute()\n}\n`
  const goMod = (module, extra = '') =>
    `module ${module}\n\ngo 1.22\n\nrequire (\n\texample.com/localdep v0.0.0\n\tgithub.com/google/uuid v1.6.0\n\tgithub.com/sirupsen/logrus v1.9.3\n\tgithub.com/spf13/cobra v1.8.1\n)\n\nreplace example.com/localdep => ../localdep\n${extra}`
  for (const [dir, module, extra, cgo] of [
    ['app', 'example.com/goapp', '', false],
    ['cgoapp', 'example.com/cgoapp', '', true],
    ['vcsapp', 'example.com/vcsapp', 'replace github.com/google/uuid => github.com/google/uuid v1.5.0\n', false]
  ]) {
    write(path.join(work, 'go', dir, 'go.mod'), goMod(module, extra))
    write(path.join(work, 'go', dir, 'main.go'), goMain(cgo))
    run('go', ['mod', 'tidy'], { cwd: path.join(work, 'go', dir), env: goEnv, ...quiet })
  }
  const bin = path.join(apps, 'usr/local/bin')
  fs.mkdirSync(bin, { recursive: true })
  const goBuild = (dir, argv, env = {}) => run('go', ['build', ...argv, '.'], { cwd: path.join(work, 'go', dir), env: { ...goEnv, ...env } })
  goBuild('app', ['-o', path.join(bin, 'goapp-plain')], { CGO_ENABLED: '0' })
  goBuild('app', ['-trimpath', '-o', path.join(bin, 'goapp-trimpath')], { CGO_ENABLED: '0' })
  goBuild('app', ['-trimpath', '-ldflags=-s -w', '-o', path.join(bin, 'goapp-stripped')], { CGO_ENABLED: '0' })
  goBuild('app', ['-buildmode=pie', '-o', path.join(bin, 'goapp-pie')])
  goBuild('cgoapp', ['-o', path.join(bin, 'goapp-cgo')], { CGO_ENABLED: '1' })
  const git = (...argv) => run('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...argv], { cwd: path.join(work, 'go/vcsapp') })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'init')
  git('tag', 'v1.2.3')
  goBuild('vcsapp', ['-buildvcs=true', '-o', path.join(bin, 'vcsapp')], { CGO_ENABLED: '0' })
  copy(path.join(bin, 'goapp-stripped'), path.join(apps, 'srv/tool'))
  fs.chmodSync(path.join(apps, 'srv/tool'), 0o644)
  const gobin = path.join(apps, 'usr/local/go-tools/bin')
  for (const module of ['golang.org/x/tools/cmd/stringer@v0.38.0', 'mvdan.cc/sh/v3/cmd/shfmt@v3.8.0'])
    run('go', ['install', '-trimpath', module], { cwd: work, env: { ...goEnv, GOFLAGS: '', GOBIN: gobin, CGO_ENABLED: '0' }, ...quiet })
  const goTruth = (file) => {
    const where = path.relative(apps, file)
    let info
    try {
      info = execFileSync('go', ['version', '-m', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    } catch {
      return // not a Go binary (npm's bin links live here too)
    }
    for (const line of info.split('\n')) {
      const [, kind, name, version] = line.split('\t')
      if (kind === 'mod' || kind === 'dep') truth.golang.push({ name, version, where })
      else if (kind === '=>') Object.assign(truth.golang.at(-1), { name, version: version ?? '(devel)' })
    }
    const toolchain = /: go(\S+)/.exec(run('go', ['version', file]))?.[1]
    if (toolchain) truth.golang.push({ name: 'stdlib', version: toolchain, where })
  }
  for (const dir of [bin, gobin]) for (const name of fs.readdirSync(dir)) goTruth(path.join(dir, name))
  goTruth(path.join(apps, 'srv/tool'))

  // ---- Rust: cargo-auditable ---------------------------------------------------------------------------
  console.error('bench/images-language-parity: cargo auditable build')
  const tools = path.join(path.dirname(CACHE), 'tools')
  const auditable = path.join(tools, 'bin', 'cargo-auditable')
  if (!fs.existsSync(auditable)) run('cargo', ['install', '-q', '--locked', '--root', tools, 'cargo-auditable@0.6.6'], quiet)
  const rustApp = path.join(work, 'rust-app')
  write(
    path.join(rustApp, 'Cargo.toml'),
    '[package]\nname = "rust-demo"\nversion = "0.3.1"\nedition = "2021"\n\n[dependencies]\nserde_json = "=1.0.128"\nregex = "=1.10.6"\n\n[build-dependencies]\ncc = "=1.1.15"\n'
  )
  write(
    path.join(rustApp, 'src/main.rs'),
    'fn main() { let v: serde_json::Value = serde_json::from_str("{}").unwrap(); println!("{} {}", v, regex::Regex::new("a+").unwrap().is_match("aa")); }\n'
  )
  write(path.join(rustApp, 'build.rs'), 'fn main() { let _ = cc::Build::new(); }\n')
  const cargoEnv = { ...process.env, PATH: `${path.join(tools, 'bin')}:${process.env.PATH}` }
  run('cargo', ['auditable', 'build', '-q', '--release'], { cwd: rustApp, env: cargoEnv, ...quiet })
  copy(path.join(rustApp, 'target/release/rust-demo'), path.join(apps, 'usr/local/bin/rust-demo'))
  run('strip', ['-o', path.join(apps, 'usr/local/bin/rust-demo-stripped'), path.join(rustApp, 'target/release/rust-demo')])
  // Oracle: cargo's own tree of what is compiled into the binary (normal dependencies, not build ones).
  for (const line of run('cargo', ['tree', '-e', 'normal', '--prefix', 'none'], { cwd: rustApp, env: cargoEnv }).split('\n')) {
    const crate = /^(\S+) v(\S+)/.exec(line)
    if (crate) truth.cargo.push({ name: crate[1], version: crate[2], where: 'usr/local/bin/rust-demo' })
  }

  // ---- Java --------------------------------------------------------------------------------------------
  console.error('bench/images-language-parity: Maven package (jar, shade, spring-boot repackage, war)')
  const dependency = (group, artifact, version) =>
    `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`
  const plugin = (group, artifact, version, rest = '') =>
    `<plugin><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version>${rest}</plugin>`
  const pom = (artifact, packaging, dependencies, plugins) =>
    `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>com.example.demo</groupId><artifactId>${artifact}</artifactId><version>1.0.0</version><packaging>${packaging}</packaging>
<properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
<dependencies>${dependencies.join('')}</dependencies><build><plugins>${plugins.join('\n')}</plugins></build></project>\n`
  const javaApp = path.join(work, 'java-app')
  write(
    path.join(javaApp, 'src/main/java/demo/App.java'),
    'package demo;\npublic class App { public static void main(String[] a) { System.out.println(org.apache.commons.lang3.StringUtils.capitalize("hi") + new com.google.gson.Gson().toJson(a)); } }\n'
  )
  write(
    path.join(javaApp, 'pom.xml'),
    pom(
      'demo-app',
      'jar',
      [
        dependency('org.apache.commons', 'commons-lang3', '3.14.0'),
        dependency('com.google.code.gson', 'gson', '2.11.0'),
        dependency('org.springframework.boot', 'spring-boot-starter-web', '3.3.2'),
        dependency('org.junit.jupiter', 'junit-jupiter-api', '5.10.3')
      ],
      [
        plugin('org.apache.maven.plugins', 'maven-compiler-plugin', '3.13.0'),
        plugin('org.apache.maven.plugins', 'maven-jar-plugin', '3.4.2'),
        plugin(
          'org.apache.maven.plugins',
          'maven-shade-plugin',
          '3.6.0',
          '<executions><execution><phase>package</phase><goals><goal>shade</goal></goals><configuration><shadedArtifactAttached>true</shadedArtifactAttached><shadedClassifierName>all</shadedClassifierName><artifactSet><includes><include>org.apache.commons:*</include><include>com.google.code.gson:*</include><include>com.google.errorprone:*</include></includes></artifactSet></configuration></execution></executions>'
        ),
        plugin(
          'org.springframework.boot',
          'spring-boot-maven-plugin',
          '3.3.2',
          '<executions><execution><goals><goal>repackage</goal></goals><configuration><classifier>boot</classifier><mainClass>demo.App</mainClass></configuration></execution></executions>'
        )
      ]
    )
  )
  run('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: javaApp, ...quiet })
  for (const name of ['demo-app-1.0.0.jar', 'demo-app-1.0.0-all.jar', 'demo-app-1.0.0-boot.jar'])
    copy(path.join(javaApp, 'target', name), path.join(apps, 'app', name))
  // As a Dockerfile's `COPY target/*-boot.jar /app.jar` leaves it.
  copy(path.join(javaApp, 'target/demo-app-1.0.0-boot.jar'), path.join(apps, 'app.jar'))
  const webApp = path.join(work, 'web-app')
  write(path.join(webApp, 'src/main/webapp/WEB-INF/web.xml'), '<web-app/>\n')
  write(
    path.join(webApp, 'pom.xml'),
    pom(
      'shop',
      'war',
      [
        dependency('org.apache.commons', 'commons-lang3', '3.14.0'),
        dependency('com.google.guava', 'guava', '33.2.1-jre'),
        dependency('org.springframework', 'spring-webmvc', '6.1.11'),
        dependency('org.jetbrains.kotlin', 'kotlin-stdlib', '2.0.0')
      ],
      [plugin('org.apache.maven.plugins', 'maven-war-plugin', '3.4.0')]
    )
  )
  run('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: webApp, ...quiet })
  copy(path.join(webApp, 'target/shop-1.0.0.war'), path.join(apps, 'opt/shop.war'))
  const fromM2 = (group, artifact, version) => path.join(M2, ...group.split('.'), artifact, version, `${artifact}-${version}.jar`)
  const copied = [
    ['org.springframework', 'spring-core', '6.1.11'],
    ['org.junit.jupiter', 'junit-jupiter-api', '5.10.3'],
    ['com.google.code.gson', 'gson', '2.11.0'],
    ['org.jetbrains.kotlin', 'kotlin-stdlib', '2.0.0'],
    ['com.squareup.okhttp3', 'okhttp', '4.12.0'],
    ['com.squareup.okio', 'okio-jvm', '3.6.0'],
    // Gradle-built, no pom.properties: named by chaingate from the manifest, file name and its table of families.
    ['org.apache.kafka', 'kafka-clients', '3.7.1'],
    ['com.google.protobuf', 'protobuf-java', '3.25.3'],
    ['io.grpc', 'grpc-api', '1.65.1'],
    ['com.github.ben-manes.caffeine', 'caffeine', '3.1.8'],
    ['org.apache.lucene', 'lucene-core', '9.11.1'],
    ['org.jetbrains.kotlin', 'kotlin-reflect', '2.0.0']
  ]
  for (const [group, artifact, version] of copied) {
    if (!fs.existsSync(fromM2(group, artifact, version)))
      run('mvn', ['-q', '-B', 'dependency:get', '-Dtransitive=false', `-Dartifact=${group}:${artifact}:${version}`], { cwd: work, ...quiet })
    copy(fromM2(group, artifact, version), path.join(apps, 'opt/lib', `${artifact}-${version}.jar`))
  }
  // Tomcat's binary distribution as the official `tomcat` image holds it (/usr/local/tomcat: bin/, lib/,
  // webapps/), from Maven Central's org.apache.tomcat:tomcat:tar.gz. Its truth: which jars are byte for byte
  // (SHA-1) one of Maven Central's org.apache.tomcat artifacts of the same version.
  const TOMCAT = '10.1.26'
  const m2File = (group, artifact, version, extension = 'jar') => path.join(M2, ...group.split('.'), artifact, version, `${artifact}-${version}.${extension}`)
  const fetched = (group, artifact, version, extension = 'jar') => {
    const file = m2File(group, artifact, version, extension)
    if (!fs.existsSync(file))
      run('mvn', ['-q', '-B', 'dependency:get', '-Dtransitive=false', `-Dartifact=${group}:${artifact}:${version}:${extension}`], { cwd: work, ...quiet })
    return file
  }
  fs.mkdirSync(path.join(apps, 'usr/local/tomcat'), { recursive: true })
  run('tar', ['xzf', fetched('org.apache.tomcat', 'tomcat', TOMCAT, 'tar.gz'), '-C', path.join(apps, 'usr/local/tomcat'), '--strip-components=1'])
  const sha1 = (file) => crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex')
  const central = new Map()
  for (const artifact of [
    'tomcat-catalina',
    'tomcat-catalina-ha',
    'tomcat-tribes',
    'tomcat-jasper',
    'tomcat-jasper-el',
    'tomcat-el-api',
    'tomcat-jsp-api',
    'tomcat-servlet-api',
    'tomcat-websocket-api',
    'tomcat-websocket-client-api',
    'tomcat-websocket',
    'tomcat-jaspic-api',
    'tomcat-annotations-api',
    'tomcat-api',
    'tomcat-coyote',
    'tomcat-dbcp',
    'tomcat-jdbc',
    'tomcat-jni',
    'tomcat-util',
    'tomcat-util-scan',
    'tomcat-juli'
  ])
    try {
      central.set(sha1(fetched('org.apache.tomcat', artifact, TOMCAT)), artifact)
    } catch {
      // Not published for this version (tomcat-websocket 10.1.26 is missing from Maven Central).
    }
  for (const dir of ['bin', 'lib'])
    for (const name of fs.readdirSync(path.join(apps, 'usr/local/tomcat', dir))) {
      const artifact = name.endsWith('.jar') ? central.get(sha1(path.join(apps, 'usr/local/tomcat', dir, name))) : undefined
      if (artifact)
        truth.maven.push({ name: `org.apache.tomcat:${artifact}`, version: TOMCAT, where: `usr/local/tomcat/${dir}/${name}`, how: 'SHA-1 = Maven Central' })
    }
  const ear = path.join(work, 'ear')
  copy(path.join(javaApp, 'target/demo-app-1.0.0-boot.jar'), path.join(ear, 'inner.war-src/WEB-INF/lib/demo-app-1.0.0-boot.jar'))
  run('zip', ['-q', '-r', path.join(ear, 'inner.war'), '.'], { cwd: path.join(ear, 'inner.war-src') })
  run('zip', ['-q', path.join(apps, 'opt/bank.ear'), 'inner.war'], { cwd: ear })
  // What Maven itself resolved and packaged: `mvn dependency:list` (runtime scope: what BOOT-INF/lib and
  // WEB-INF/lib hold), the projects' own coordinates, the jars copied from the local repository, and every
  // pom.properties inside the archives (the shaded jar's merged contents), nested archives unpacked.
  const archiveOf = { [javaApp]: 'demo-app-1.0.0-boot.jar', [webApp]: 'shop-1.0.0.war' }
  for (const [project, where] of [
    [javaApp, 'app/demo-app-1.0.0-boot.jar, app.jar, opt/bank.ear'],
    [webApp, 'opt/shop.war']
  ]) {
    const list = path.join(project, 'dependencies.txt')
    run('mvn', ['-q', '-B', 'dependency:list', '-DincludeScope=runtime', `-DoutputFile=${list}`], { cwd: project, ...quiet })
    // What the archive holds of them: spring-boot-maven-plugin leaves out its starters (empty jars whose
    // manifest says `Spring-Boot-Jar-Type: dependencies-starter`).
    const packaged = new Set(
      run('unzip', ['-Z1', path.join(project, 'target', archiveOf[project])])
        .split('\n')
        .map((entry) => entry.slice(entry.lastIndexOf('/') + 1))
    )
    for (const line of fs.readFileSync(list, 'utf8').split('\n')) {
      const coordinates = /^\s+([^:\s]+):([^:]+):[^:]+:([^:]+):(?:compile|runtime)/.exec(line)
      if (coordinates && packaged.has(`${coordinates[2]}-${coordinates[3]}.jar`))
        truth.maven.push({ name: `${coordinates[1]}:${coordinates[2]}`, version: coordinates[3], where, how: 'mvn dependency:list' })
    }
  }
  truth.maven.push({ name: 'com.example.demo:demo-app', version: '1.0.0', where: 'app/', how: 'pom.xml' })
  truth.maven.push({ name: 'com.example.demo:shop', version: '1.0.0', where: 'opt/shop.war', how: 'pom.xml' })
  // spring-boot-maven-plugin's repackage adds its jar mode (BOOT-INF/lib/spring-boot-jarmode-tools-3.3.2.jar).
  truth.maven.push({ name: 'org.springframework.boot:spring-boot-jarmode-tools', version: '3.3.2', where: 'app/demo-app-1.0.0-boot.jar', how: 'repackage' })
  for (const [group, artifact, version] of copied) truth.maven.push({ name: `${group}:${artifact}`, version, where: 'opt/lib', how: 'Maven Central' })
  const javaTruth = (file, where, depth = 0) => {
    for (const entry of run('unzip', ['-Z1', file]).split('\n').filter(Boolean)) {
      if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(entry)) {
        const text = run('unzip', ['-p', file, entry])
        const value = (key) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1]?.trim()
        truth.maven.push({ name: `${value('groupId')}:${value('artifactId')}`, version: value('version'), where, how: 'pom.properties' })
      } else if (/\.(jar|war|ear)$/.test(entry) && depth < 3) {
        const inner = path.join(work, `nested-${crypto.randomUUID()}${path.extname(entry)}`)
        fs.writeFileSync(inner, execFileSync('unzip', ['-p', file, entry], { maxBuffer: 1 << 30 }))
        javaTruth(inner, `${where}!${entry}`, depth + 1)
        fs.rmSync(inner)
      }
    }
  }
  for (const name of fs.readdirSync(apps, { recursive: true }))
    if (/\.(jar|war|ear)$/.test(name) && !fs.lstatSync(path.join(apps, name)).isSymbolicLink()) javaTruth(path.join(apps, name), name)

  // ---- the image: an OCI layout, and a docker-archive tar of it ------------------------------------------
  console.error('bench/images-language-parity: packing the image')
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
    return { diffId: `sha256:${sha(plain)}`, digest: put(gz), size: gz.length, plain }
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
  const configDigest = put(config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
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
  // docker-archive (`docker save` form): Trivy's --input reads it.
  const saved = path.join(work, 'saved')
  fs.mkdirSync(saved, { recursive: true })
  fs.writeFileSync(path.join(saved, 'config.json'), config)
  layers.forEach((layer, index) => fs.writeFileSync(path.join(saved, `layer${index}.tar`), layer.plain))
  fs.writeFileSync(
    path.join(saved, 'manifest.json'),
    JSON.stringify([{ Config: 'config.json', RepoTags: ['parity:latest'], Layers: layers.map((_, index) => `layer${index}.tar`) }])
  )
  run('tar', ['-C', saved, '-cf', archive, '.'])
  fs.writeFileSync(truthFile, `${JSON.stringify({ manifestDigest, truth }, null, 1)}\n`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(osRoot, { recursive: true, force: true })
  fs.rmSync(apps, { recursive: true, force: true })
}

// ---- the three tools ---------------------------------------------------------------------------------------
console.error('bench/images-language-parity: bundling the CLI from the sources')
run(NODE, ['scripts/build.mjs', '--outdir', path.join(OUT, 'build'), '--bundle-only'], { stdio: 'inherit' })
const CLI = path.join(OUT, 'build', 'dist', 'cli.js')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-parity-'))
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }))
console.error('bench/images-language-parity: chaingate, syft, trivy')
const oursFile = path.join(scratch, 'chaingate.cdx.json')
// Peak RSS from /usr/bin/time when there is one (bench/README.md "Container images": under 100 MB).
const timed = fs.existsSync('/usr/bin/time')
const timeFile = path.join(scratch, 'time.txt')
execFileSync(
  timed ? '/usr/bin/time' : NODE,
  [...(timed ? ['-f', '%M', '-o', timeFile, NODE] : []), CLI, 'sbom', '--image', `oci:${layout}:latest`, '--output', oursFile],
  quiet
)
const chaingatePeakRssMb = timed ? Math.round(Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024) : undefined
const syftFile = path.join(scratch, 'syft.json')
run(SYFT, [`oci-dir:${layout}`, '-o', `syft-json=${syftFile}`, '-q'], { env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' } })
/**
 * Trivy offline: `--format json --list-all-pkgs` with `--scanners license` needs no vulnerability database (only
 * `vuln` does); `--offline-scan` stops the jar analyzer asking Maven Central about archives without
 * pom.properties (Trivy's Java index database is not downloaded either: `--skip-java-db-update`).
 */
const trivyFile = path.join(scratch, 'trivy.json')
run(
  TRIVY,
  [
    'image',
    '--input',
    archive,
    '--format',
    'json',
    '--list-all-pkgs',
    '--scanners',
    'license',
    '--offline-scan',
    '--skip-db-update',
    '--skip-java-db-update',
    '--cache-dir',
    path.join(scratch, 'trivy-cache'),
    '--quiet',
    '--output',
    trivyFile
  ],
  quiet
)

// ---- compared ------------------------------------------------------------------------------------------------
const ECOSYSTEMS = ['npm', 'pypi', 'golang', 'maven', 'cargo']
const { truth, manifestDigest } = JSON.parse(fs.readFileSync(truthFile, 'utf8'))
/** `pkg:type/namespace/name@version` → { type, name (namespace/name, maven group:artifact), version }. */
function fromPurl(purl) {
  const match = /^pkg:([^/]+)\/([^@?#]+)@([^?#]+)/.exec(purl ?? '')
  if (!match) return undefined
  // chaingate writes a Java archive whose group nothing names as `pkg:generic/NAME@V?ecosystem=Maven`.
  if (match[1] === 'generic' && /[?&]ecosystem=Maven\b/.test(purl))
    return { type: 'maven', name: `:${decodeURIComponent(match[2])}`, version: decodeURIComponent(match[3]) }
  const type = match[1]
  let name = decodeURIComponent(match[2])
  if (type === 'maven') name = name.replace('/', ':')
  if (type === 'pypi') name = name.toLowerCase().replace(/[-_.]+/g, '-')
  return { type, name, version: decodeURIComponent(match[3]) }
}
/** Go's toolchain: `stdlib@go1.26.8` (syft), `v1.26.8` (Trivy), `1.26.8` (chaingate, OSV). */
const version = (type, name, value) => (type === 'golang' && name === 'stdlib' ? value.replace(/^(go|v)/, '') : value)
/** The key packages are matched by: Maven by artifact and version (the group is compared apart: syft guesses it). */
const keyOf = (type, name, value) => `${type === 'maven' ? name.slice(name.indexOf(':') + 1) : name}@${version(type, name, value)}`
const found = { chaingate: {}, syft: {}, trivy: {} }
const add = (tool, type, name, value, places) => {
  if (!ECOSYSTEMS.includes(type)) return
  const entries = (found[tool][type] ??= new Map())
  const key = keyOf(type, name, value)
  const entry = entries.get(key) ?? { name, version: value, where: new Set() }
  for (const where of [places].flat()) if (where) entry.where.add(where.replace(/^\/+/, ''))
  entries.set(key, entry)
}
const ours = JSON.parse(fs.readFileSync(oursFile, 'utf8'))
for (const component of ours.components ?? []) {
  const parsed = fromPurl(component.purl)
  // `chaingate:source-file` is `path:line`, one per occurrence.
  const where = (component.properties ?? [])
    .filter((property) => property.name === 'chaingate:source-file')
    .map((property) => property.value.replace(/:\d+$/, ''))
  if (parsed) add('chaingate', parsed.type, parsed.name, parsed.version, where)
}
const syft = JSON.parse(fs.readFileSync(syftFile, 'utf8'))
for (const artifact of syft.artifacts) {
  const parsed = fromPurl(artifact.purl)
  if (parsed)
    add(
      'syft',
      parsed.type,
      parsed.name,
      parsed.version,
      artifact.locations?.map((location) => location.path)
    )
}
const trivy = JSON.parse(fs.readFileSync(trivyFile, 'utf8'))
for (const result of trivy.Results ?? [])
  for (const pkg of result.Packages ?? []) {
    const parsed = fromPurl(pkg.Identifier?.PURL)
    if (parsed) add('trivy', parsed.type, parsed.name, parsed.version, pkg.FilePath ?? result.Target)
  }
const truthSets = {}
for (const type of ECOSYSTEMS) {
  truthSets[type] = new Set()
  for (const pkg of truth[type]) if (pkg.version) truthSets[type].add(keyOf(type, pkg.name, pkg.version))
}

/** Paths dpkg's file lists own (usr-merge aware), for the classification. */
const canonical = (file) => file.replace(/^\/+/, '').replace(/^(bin|sbin|lib|lib32|lib64)\//, 'usr/$1/')
const ownedPaths = new Set()
for (const name of fs.readdirSync('/var/lib/dpkg/info'))
  if (name.endsWith('.list'))
    for (const line of fs.readFileSync(path.join('/var/lib/dpkg/info', name), 'utf8').split('\n')) if (line) ownedPaths.add(canonical(line))
const owned = (entry) =>
  entry.where.size > 0 &&
  [...entry.where].every((where) => {
    const file = canonical(where.split('!')[0].split(':')[0])
    return ownedPaths.has(file) || ownedPaths.has(path.posix.dirname(file))
  })

/** Why a package is where it is: the first that applies. */
function classify(type, key, entry, tools) {
  if (owned(entry)) return 'dpkg-owned file: the OS package’s, not listed again by chaingate'
  if (!tools.includes('trivy') && type === 'maven') return 'Trivy reads no Java archive without its Java DB'
  if ([...entry.where].some((where) => where.includes('/_vendor/'))) return 'vendored inside another package (not on sys.path: pip does not list it)'
  return truthSets[type].has(key) ? 'in the ecosystem tool’s list' : 'NOT in the ecosystem tool’s list'
}
const summary = { date: new Date().toISOString(), syft: '1.57.2', trivy: '0.74.0', image: manifestDigest, chaingatePeakRssMb, ecosystems: {} }
for (const type of ECOSYSTEMS) {
  const sets = Object.fromEntries(Object.entries(found).map(([tool, byType]) => [tool, byType[type] ?? new Map()]))
  const keys = new Set(Object.values(sets).flatMap((set) => [...set.keys()]))
  const line = {
    counts: Object.fromEntries(Object.entries(sets).map(([tool, set]) => [tool, set.size])),
    truth: truthSets[type].size,
    groups: {},
    nameDiffers: []
  }
  for (const key of [...keys].sort()) {
    const tools = Object.keys(sets).filter((tool) => sets[tool].has(key))
    const group = tools.length === 3 ? 'all three' : `only ${tools.join(' + ')}`
    const entry = sets[tools[0]].get(key)
    const place = [...entry.where].slice(0, 2).join(' ')
    ;(line.groups[group] ??= []).push(group === 'all three' ? key : `${key} [${classify(type, key, entry, tools)}] ${place}`)
    // The same package under different names (Maven: syft's guessed groups), judged by the ecosystem's list.
    const names = new Set(tools.map((tool) => sets[tool].get(key).name))
    if (names.size > 1) {
      const right = truth[type].find((pkg) => keyOf(type, pkg.name, pkg.version) === key)?.name
      line.nameDiffers.push(
        `${key}: ${tools.map((tool) => `${tool} ${sets[tool].get(key).name}${sets[tool].get(key).name === right ? ' (right)' : ''}`).join(', ')}`
      )
    }
  }
  line.inTruthNotChaingate = [...truthSets[type]].filter((key) => !sets.chaingate.has(key))
  line.inChaingateNotTruth = [...sets.chaingate]
    .filter(([key, entry]) => !truthSets[type].has(key) && !owned(entry))
    .map(([key, entry]) => `${key} [${classify(type, key, entry, ['chaingate'])}] ${[...entry.where].slice(0, 2).join(' ')}`)
  summary.ecosystems[type] = line
}
fs.writeFileSync(path.join(OUT, 'images-language-parity.json'), `${JSON.stringify(summary, null, 2)}\n`)
for (const [type, line] of Object.entries(summary.ecosystems)) {
  console.log(
    `\n== ${type}: chaingate ${line.counts.chaingate}, syft ${line.counts.syft}, trivy ${line.counts.trivy}, ecosystem tool ${line.truth}; in all three ${line.groups['all three']?.length ?? 0}`
  )
  for (const [group, keys] of Object.entries(line.groups)) {
    if (group === 'all three') continue
    console.log(`  ${group} (${keys.length}):`)
    for (const key of keys) console.log(`    ${key}`)
  }
  if (line.inTruthNotChaingate.length)
    console.log(`  in the ecosystem tool's list, not chaingate's (${line.inTruthNotChaingate.length}): ${line.inTruthNotChaingate.join(' ')}`)
  if (line.nameDiffers.length) console.log(`  named differently (${line.nameDiffers.length}):\n    ${line.nameDiffers.join('\n    ')}`)
  if (line.inChaingateNotTruth.length)
    console.log(`  chaingate's, not in the ecosystem tool's list (${line.inChaingateNotTruth.length}):\n    ${line.inChaingateNotTruth.join('\n    ')}`)
}
console.log(`\nchaingate peak RSS: ${chaingatePeakRssMb ?? '?'} MB`)
console.log(`\nbench/images-language-parity: wrote ${path.join(OUT, 'images-language-parity.json')}`)
