/**
 * Real package databases for image tests, made on this machine in test setup (nothing committed):
 * - dpkg: this machine's own `/var/lib/dpkg/status`, `/usr/lib/os-release` and `info/*.list|md5sums`;
 * - rpm: tiny packages built by `rpmbuild` and recorded by `rpm -i --justdb` into a fresh sqlite rpmdb;
 *   oracle `rpm -qa`; the same header blobs loaded by Berkeley DB's own `db5.3_load` into a hash database
 *   `Packages` as rpm ≤ 4.15 wrote it (Debian's rpm can read such a database, not write one); oracle rpm's
 *   read-only Berkeley DB backend, `rpm --define '_db_backend bdb_ro' -qa`;
 * - Go: a two-module program built by the Go toolchain offline (a file:// module proxy written here);
 *   oracle `go version -m`;
 * - Java: a jar (with a nested jar) zipped by `zip`.
 * Each tool that is missing fails the test with a one-line reason.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' / ')
    throw new Error(`${command} ${args.join(' ')} failed (needed to build the test image): ${stderr || (error as Error).message}`, { cause: error })
  }
}

/** dpkg-query's own list of installed packages (`name version`) for a status file. */
export function dpkgQuery(statusText: string, workDir: string): string[] {
  const admin = fs.mkdtempSync(path.join(workDir, 'admin-'))
  fs.writeFileSync(path.join(admin, 'status'), statusText)
  fs.mkdirSync(path.join(admin, 'updates'))
  fs.mkdirSync(path.join(admin, 'info'))
  const out = run('dpkg-query', ['--admindir', admin, '-W', '-f', '${db:Status-Status} ${Package} ${Version}\n'])
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([status]) => status !== 'not-installed' && status !== 'config-files')
    .map(([, name, version]) => `${name} ${version}`)
    .sort()
}

export interface RpmFixture {
  dbDir: string
  /** `rpm -qa` lines: `name epoch:version-release arch sourcerpm`. */
  expected: string[]
}

export function buildRpmDatabase(workDir: string): RpmFixture {
  const top = path.join(workDir, 'rpmbuild')
  fs.mkdirSync(path.join(top, 'SPECS'), { recursive: true })
  const specs = [
    {
      name: 'chaingate-demo',
      body: [
        'Name: chaingate-demo',
        'Version: 1.2.3',
        'Release: 4',
        'Epoch: 2',
        'Summary: demo',
        'License: MIT',
        'BuildArch: noarch',
        '%description',
        'demo',
        '%install',
        'mkdir -p %{buildroot}/usr/lib/python3.12/site-packages/demo-1.2.3.dist-info',
        "printf 'Metadata-Version: 2.1\\nName: demo\\nVersion: 1.2.3\\n' > %{buildroot}/usr/lib/python3.12/site-packages/demo-1.2.3.dist-info/METADATA",
        '%files',
        '/usr/lib/python3.12/site-packages/demo-1.2.3.dist-info/METADATA'
      ]
    },
    {
      name: 'chaingate-libs',
      body: [
        'Name: chaingate-libs',
        'Version: 0.9~rc1',
        'Release: 1.fc40',
        'Summary: libs',
        'License: Apache-2.0',
        'BuildArch: noarch',
        '%description',
        'libs',
        '%files'
      ]
    }
  ]
  for (const spec of specs) {
    const file = path.join(top, 'SPECS', `${spec.name}.spec`)
    fs.writeFileSync(file, `${spec.body.join('\n')}\n`)
    run('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file])
  }
  const dbDir = path.join(workDir, 'rpmdb')
  fs.mkdirSync(dbDir)
  run('rpm', ['--dbpath', dbDir, '--initdb'])
  const rpms = fs.readdirSync(path.join(top, 'RPMS', 'noarch')).map((name) => path.join(top, 'RPMS', 'noarch', name))
  run('rpm', ['-i', '--justdb', '--nodeps', '--noscripts', '--dbpath', dbDir, ...rpms])
  const expected = run('rpm', ['-qa', '--dbpath', dbDir, '--qf', '%{NAME} %{EPOCHNUM}:%{VERSION}-%{RELEASE} %{ARCH} %{SOURCERPM}\n'])
    .split('\n')
    .filter(Boolean)
    .sort()
  return { dbDir, expected }
}

export interface RpmLicenseFixture {
  dbDir: string
  /** `rpm -qa` lines: `name<TAB>license`, as rpm itself reads the License tags back. */
  expected: string[]
}

/** One noarch package per License tag (names `lic00`, `lic01`, …), built by `rpmbuild` and recorded by `rpm -i --justdb` into a fresh sqlite rpmdb. */
export function buildRpmLicenseDatabase(workDir: string, licenses: string[]): RpmLicenseFixture {
  const top = path.join(workDir, 'rpmbuild-licenses')
  fs.mkdirSync(path.join(top, 'SPECS'), { recursive: true })
  licenses.forEach((license, index) => {
    const name = `lic${String(index).padStart(2, '0')}`
    const file = path.join(top, 'SPECS', `${name}.spec`)
    fs.writeFileSync(
      file,
      [`Name: ${name}`, 'Version: 1.0', 'Release: 1', 'Summary: license', `License: ${license}`, 'BuildArch: noarch', '%description', 'x', '%files', ''].join(
        '\n'
      )
    )
    run('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file])
  })
  const dbDir = path.join(workDir, 'rpmdb-licenses')
  fs.mkdirSync(dbDir)
  run('rpm', ['--dbpath', dbDir, '--initdb'])
  const rpms = fs.readdirSync(path.join(top, 'RPMS', 'noarch')).map((name) => path.join(top, 'RPMS', 'noarch', name))
  run('rpm', ['-i', '--justdb', '--nodeps', '--noscripts', '--dbpath', dbDir, ...rpms])
  const expected = run('rpm', ['-qa', '--dbpath', dbDir, '--qf', '%{NAME}\t%{LICENSE}\n']).split('\n').filter(Boolean).sort()
  return { dbDir, expected }
}

export interface GoFixture {
  binary: string
  /** `go version -m` module lines: `path version` for mod/dep (after replacements), plus `stdlib goX`. */
  expected: string[]
}

/** A program requiring example.com/greeting v1.4.0, served by a file:// GOPROXY written here. */
export function buildGoBinary(workDir: string): GoFixture {
  const proxy = path.join(workDir, 'goproxy', 'example.com', 'greeting', '@v')
  fs.mkdirSync(proxy, { recursive: true })
  const moduleDir = path.join(workDir, 'gomod-src', 'example.com', 'greeting@v1.4.0')
  fs.mkdirSync(moduleDir, { recursive: true })
  fs.writeFileSync(path.join(moduleDir, 'go.mod'), 'module example.com/greeting\n\ngo 1.21\n')
  fs.writeFileSync(path.join(moduleDir, 'greeting.go'), 'package greeting\n\nfunc Hello() string { return "hello" }\n')
  run('zip', ['-q', '-r', path.join(proxy, 'v1.4.0.zip'), 'example.com/greeting@v1.4.0'], { cwd: path.join(workDir, 'gomod-src') })
  fs.writeFileSync(path.join(proxy, 'v1.4.0.mod'), 'module example.com/greeting\n\ngo 1.21\n')
  fs.writeFileSync(path.join(proxy, 'v1.4.0.info'), JSON.stringify({ Version: 'v1.4.0', Time: '2026-01-01T00:00:00Z' }))
  fs.writeFileSync(path.join(proxy, 'list'), 'v1.4.0\n')
  const app = path.join(workDir, 'goapp')
  fs.mkdirSync(app)
  fs.writeFileSync(path.join(app, 'go.mod'), 'module example.com/app\n\ngo 1.21\n\nrequire example.com/greeting v1.4.0\n')
  fs.writeFileSync(
    path.join(app, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/greeting"\n)\n\nfunc main() { fmt.Println(greeting.Hello()) }\n'
  )
  const env = {
    ...process.env,
    GOPROXY: `file://${path.join(workDir, 'goproxy')}`,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: path.join(workDir, 'gomodcache'),
    GOCACHE: process.env.GOCACHE ?? path.join(process.env.HOME ?? workDir, '.cache', 'go-build'),
    CGO_ENABLED: '0'
  }
  const binary = path.join(app, 'app')
  run('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', binary, '.'], { cwd: app, env })
  run('chmod', ['-R', 'u+w', path.join(workDir, 'gomodcache')])
  const lines = run('go', ['version', '-m', binary], { env }).split('\n')
  const expected: string[] = [`stdlib ${lines[0]!.split(': ')[1]!.trim().replace(/^go/, '')}`]
  for (const line of lines.slice(1)) {
    const [, kind, modulePath, version] = line.split('\t')
    if ((kind === 'mod' || kind === 'dep') && version !== '(devel)') expected.push(`${modulePath} ${version}`)
  }
  return { binary, expected: expected.sort() }
}

/** A jar with `pom.properties` and a nested jar with its own. */
export function buildJar(workDir: string): string {
  const inner = path.join(workDir, 'inner')
  fs.mkdirSync(path.join(inner, 'META-INF', 'maven', 'org.example', 'inner-lib'), { recursive: true })
  fs.writeFileSync(
    path.join(inner, 'META-INF', 'maven', 'org.example', 'inner-lib', 'pom.properties'),
    '#Generated\ngroupId=org.example\nartifactId=inner-lib\nversion=0.4.1\n'
  )
  run('zip', ['-q', '-r', path.join(workDir, 'inner-lib-0.4.1.jar'), 'META-INF'], { cwd: inner })
  const outer = path.join(workDir, 'outer')
  fs.mkdirSync(path.join(outer, 'META-INF', 'maven', 'org.example', 'demo-app'), { recursive: true })
  fs.mkdirSync(path.join(outer, 'BOOT-INF', 'lib'), { recursive: true })
  fs.writeFileSync(
    path.join(outer, 'META-INF', 'maven', 'org.example', 'demo-app', 'pom.properties'),
    'groupId=org.example\nartifactId=demo-app\nversion=2.0.0\n'
  )
  fs.copyFileSync(path.join(workDir, 'inner-lib-0.4.1.jar'), path.join(outer, 'BOOT-INF', 'lib', 'inner-lib-0.4.1.jar'))
  const jar = path.join(workDir, 'demo-app.jar')
  run('zip', ['-q', '-r', jar, 'META-INF', 'BOOT-INF'], { cwd: outer })
  return jar
}

export interface RpmBerkeleyFixture {
  /** A directory holding `Packages`. */
  dbDir: string
  /** `rpm -qa` through rpm's `bdb_ro` backend, same form as RpmFixture.expected. */
  expected: string[]
}

/**
 * The sqlite rpmdb's header blobs (keys: rpm's header numbers, native byte order; key 0: rpm's counter) in a
 * Berkeley DB hash database of the given page size, written by `db5.3_load` from its "bytevalue" dump format.
 */
export async function buildRpmBerkeleyDb(rpm: RpmFixture, workDir: string, pageSize: number): Promise<RpmBerkeleyFixture> {
  const { DatabaseSync } = await import('node:sqlite')
  const database = new DatabaseSync(path.join(rpm.dbDir, 'rpmdb.sqlite'), { readOnly: true })
  const rows = database.prepare('SELECT hnum, blob FROM Packages').all() as { hnum: number; blob: Uint8Array }[]
  database.close()
  const key = (value: number): string => {
    const bytes = Buffer.alloc(4)
    bytes.writeUInt32LE(value)
    return bytes.toString('hex')
  }
  const lines = [
    'VERSION=3',
    'format=bytevalue',
    'type=hash',
    `db_pagesize=${pageSize}`,
    'HEADER=END',
    ` ${key(0)}`,
    ` ${key(Math.max(...rows.map((row) => row.hnum)))}`
  ]
  for (const row of rows) lines.push(` ${key(row.hnum)}`, ` ${Buffer.from(row.blob).toString('hex')}`)
  lines.push('DATA=END', '')
  const dbDir = path.join(workDir, `rpmdb-bdb-${pageSize}`)
  fs.mkdirSync(dbDir)
  const dump = path.join(workDir, `rpmdb-bdb-${pageSize}.dump`)
  fs.writeFileSync(dump, lines.join('\n'))
  run('db5.3_load', ['-f', dump, path.join(dbDir, 'Packages')])
  const expected = run('rpm', [
    '--define',
    '_db_backend bdb_ro',
    '--dbpath',
    dbDir,
    '-qa',
    '--qf',
    '%{NAME} %{EPOCHNUM}:%{VERSION}-%{RELEASE} %{ARCH} %{SOURCERPM}\n'
  ])
    .split('\n')
    .filter(Boolean)
    .sort()
  return { dbDir, expected }
}

export interface JavaArchives {
  /** Archive file name → bytes, to be placed in an image. */
  files: Record<string, Buffer>
}

/**
 * Java archives as the JDK's `jar` tool writes them, in the shapes real images hold: a jar of a Gradle
 * build (a manifest, no pom.properties), a jar whose manifest carries `Implementation-Vendor-Id`, one whose
 * group nothing names, a shaded jar (several pom.properties), a Spring Boot jar (`BOOT-INF/lib/*.jar`,
 * stored uncompressed), a WAR (`WEB-INF/lib/*.jar`), an EAR holding that WAR, and a renamed `app.jar`.
 */
export function buildJavaArchives(workDir: string): JavaArchives {
  const root = path.join(workDir, 'java')
  fs.mkdirSync(root, { recursive: true })
  const jar = (name: string, manifest: string | undefined, files: Record<string, string | Buffer>, store = false): string => {
    const dir = fs.mkdtempSync(path.join(root, 'src-'))
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), content)
    }
    const out = path.join(root, name)
    const args = ['--create', '--file', out, ...(store ? ['--no-compress'] : [])]
    if (manifest !== undefined) {
      const manifestFile = path.join(root, `${name}.MF`)
      fs.writeFileSync(manifestFile, manifest)
      args.push('--manifest', manifestFile)
    }
    run('jar', [...args, '-C', dir, '.'])
    return out
  }
  const pom = (group: string, artifact: string, version: string): Record<string, string> => ({
    [`META-INF/maven/${group}/${artifact}/pom.properties`]: `#Created by Apache Maven\nartifactId=${artifact}\ngroupId=${group}\nversion=${version}\n`
  })
  const gradle = jar('spring-core-6.1.11.jar', 'Implementation-Title: spring-core\nImplementation-Version: 6.1.11\nAutomatic-Module-Name: spring.core\n', {
    'org/springframework/core/SpringVersion.class': 'x'
  })
  const vendorId = jar('legacy.jar', 'Implementation-Title: legacy-lib\nImplementation-Version: 3.2\nImplementation-Vendor-Id: com.example.legacy\n', {
    'com/example/legacy/A.class': 'x'
  })
  const ungrouped = jar('mystery-util-0.9.1.jar', 'Created-By: hand\n', { 'mystery/A.class': 'x' })
  const shaded = jar('tool-1.0.0-all.jar', undefined, {
    ...pom('com.example', 'tool', '1.0.0'),
    ...pom('org.apache.commons', 'commons-lang3', '3.14.0'),
    ...pom('com.google.code.gson', 'gson', '2.11.0')
  })
  const plain = jar(
    'jackson-core-2.17.2.jar',
    'Implementation-Title: Jackson-core\nImplementation-Version: 2.17.2\n',
    pom('com.fasterxml.jackson.core', 'jackson-core', '2.17.2')
  )
  const boot = jar(
    'shop-2.0.0.jar',
    'Main-Class: org.springframework.boot.loader.launch.JarLauncher\nStart-Class: demo.App\nSpring-Boot-Lib: BOOT-INF/lib/\n',
    {
      ...pom('com.example', 'shop', '2.0.0'),
      'BOOT-INF/lib/spring-core-6.1.11.jar': fs.readFileSync(gradle),
      'BOOT-INF/lib/jackson-core-2.17.2.jar': fs.readFileSync(plain)
    },
    true
  )
  const war = jar('store.war', undefined, {
    'WEB-INF/web.xml': '<web-app/>',
    'WEB-INF/lib/mystery-util-0.9.1.jar': fs.readFileSync(ungrouped),
    'WEB-INF/lib/jackson-core-2.17.2.jar': fs.readFileSync(plain)
  })
  // A Maven-built application renamed to app.jar, its manifest naming the project in words.
  const renamed = jar('app.jar', 'Implementation-Title: Shop Service\nImplementation-Version: 2.0.0\n', pom('com.example', 'shop', '2.0.0'))
  const ear = jar('bank.ear', undefined, { 'META-INF/application.xml': '<application/>', 'store.war': fs.readFileSync(war) })
  return {
    files: Object.fromEntries([gradle, vendorId, ungrouped, shaded, plain, boot, war, ear, renamed].map((file) => [path.basename(file), fs.readFileSync(file)]))
  }
}

export interface GoReplaceFixture {
  binary: string
  /** `go version -m` lines after its `=>` replacements, versioned modules only: `path version`, plus `stdlib X`. */
  expected: string[]
  /** The module a replacement swapped, as `path@version`. */
  replaced: string
}

/**
 * A position-independent Go binary whose go.mod replaces example.com/greeting v1.4.0 by v1.5.0 and
 * example.com/local by a local directory (file:// module proxy written here, offline).
 */
export function buildGoReplaceBinary(workDir: string): GoReplaceFixture {
  const base = path.join(workDir, 'go-replace')
  const proxy = path.join(base, 'goproxy', 'example.com', 'greeting', '@v')
  fs.mkdirSync(proxy, { recursive: true })
  for (const version of ['v1.4.0', 'v1.5.0']) {
    const moduleDir = path.join(base, 'gomod-src', 'example.com', `greeting@${version}`)
    fs.mkdirSync(moduleDir, { recursive: true })
    fs.writeFileSync(path.join(moduleDir, 'go.mod'), 'module example.com/greeting\n\ngo 1.21\n')
    fs.writeFileSync(path.join(moduleDir, 'greeting.go'), `package greeting\n\nfunc Hello() string { return "hello ${version}" }\n`)
    run('zip', ['-q', '-r', path.join(proxy, `${version}.zip`), `example.com/greeting@${version}`], { cwd: path.join(base, 'gomod-src') })
    fs.writeFileSync(path.join(proxy, `${version}.mod`), 'module example.com/greeting\n\ngo 1.21\n')
    fs.writeFileSync(path.join(proxy, `${version}.info`), JSON.stringify({ Version: version, Time: '2026-01-01T00:00:00Z' }))
  }
  fs.writeFileSync(path.join(proxy, 'list'), 'v1.4.0\nv1.5.0\n')
  const local = path.join(base, 'local')
  fs.mkdirSync(local)
  fs.writeFileSync(path.join(local, 'go.mod'), 'module example.com/local\n\ngo 1.21\n')
  fs.writeFileSync(path.join(local, 'local.go'), 'package local\n\nfunc Name() string { return "local" }\n')
  const app = path.join(base, 'app')
  fs.mkdirSync(app)
  fs.writeFileSync(
    path.join(app, 'go.mod'),
    'module example.com/replacer\n\ngo 1.21\n\nrequire (\n\texample.com/greeting v1.4.0\n\texample.com/local v0.0.0\n)\n\nreplace example.com/greeting => example.com/greeting v1.5.0\n\nreplace example.com/local => ../local\n'
  )
  fs.writeFileSync(
    path.join(app, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\n\t"example.com/greeting"\n\t"example.com/local"\n)\n\nfunc main() { fmt.Println(greeting.Hello(), local.Name()) }\n'
  )
  const env = {
    ...process.env,
    GOPROXY: `file://${path.join(base, 'goproxy')}`,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
    GOMODCACHE: path.join(base, 'gomodcache'),
    GOCACHE: process.env.GOCACHE ?? path.join(process.env.HOME ?? workDir, '.cache', 'go-build'),
    CGO_ENABLED: '0'
  }
  const binary = path.join(app, 'replacer')
  run('go', ['build', '-buildmode=pie', '-o', binary, '.'], { cwd: app, env })
  run('chmod', ['-R', 'u+w', path.join(base, 'gomodcache')])
  const lines = run('go', ['version', '-m', binary], { env }).split('\n')
  const modules: { path: string; version: string }[] = []
  for (const line of lines.slice(1)) {
    const [, kind, modulePath, version] = line.split('\t')
    if (kind === 'mod' || kind === 'dep') modules.push({ path: modulePath!, version: version! })
    else if (kind === '=>') modules[modules.length - 1] = { path: modulePath!, version: version ?? '' }
  }
  const expected = [
    `stdlib ${lines[0]!.split(': ')[1]!.trim().replace(/^go/, '')}`,
    ...modules.filter((module) => /^v\d/.test(module.version)).map((module) => `${module.path} ${module.version}`)
  ].sort()
  return { binary, expected, replaced: 'example.com/greeting@v1.4.0' }
}

export interface PythonFixture {
  /** A `pip install --target` directory (a dist-info with RECORD) plus an egg-info directory from a setup.py install. */
  site: string
  /** `pip list --path` of it, names PEP 503 normalised: `name version`. */
  expected: string[]
}

/**
 * A wheel zipped here (the wheel format: package, `*.dist-info/{METADATA,WHEEL,RECORD}`) installed by pip
 * offline (pip writes the installed RECORD, INSTALLER), and a project installed by setuptools' own
 * `setup.py install` (an `.egg-info` directory, as sdists installed without a wheel leave).
 */
export function buildPythonPackages(workDir: string): PythonFixture {
  const base = path.join(workDir, 'python')
  const site = path.join(base, 'site')
  const wheelDir = path.join(base, 'wheel')
  const distInfo = path.join(wheelDir, 'Demo.Pkg_Name-2.1.0.dist-info')
  fs.mkdirSync(path.join(wheelDir, 'demo_pkg'), { recursive: true })
  fs.mkdirSync(distInfo)
  fs.writeFileSync(path.join(wheelDir, 'demo_pkg', '__init__.py'), '')
  fs.writeFileSync(path.join(distInfo, 'METADATA'), 'Metadata-Version: 2.1\nName: Demo.Pkg_Name\nVersion: 2.1.0\nLicense-Expression: MIT\n')
  fs.writeFileSync(path.join(distInfo, 'WHEEL'), 'Wheel-Version: 1.0\nGenerator: chaingate-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n')
  fs.writeFileSync(
    path.join(distInfo, 'RECORD'),
    'demo_pkg/__init__.py,,\nDemo.Pkg_Name-2.1.0.dist-info/METADATA,,\nDemo.Pkg_Name-2.1.0.dist-info/WHEEL,,\nDemo.Pkg_Name-2.1.0.dist-info/RECORD,,\n'
  )
  const wheel = path.join(base, 'Demo.Pkg_Name-2.1.0-py3-none-any.whl')
  run('zip', ['-q', '-r', wheel, 'demo_pkg', 'Demo.Pkg_Name-2.1.0.dist-info'], { cwd: wheelDir })
  run('python3', ['-m', 'pip', 'install', '--quiet', '--no-index', '--no-deps', '--target', site, wheel])
  const egg = path.join(base, 'old-style')
  fs.mkdirSync(path.join(egg, 'old_style'), { recursive: true })
  fs.writeFileSync(path.join(egg, 'old_style', '__init__.py'), '')
  fs.writeFileSync(path.join(egg, 'setup.py'), 'from setuptools import setup\nsetup(name="Old_Style", version="0.3", packages=["old_style"])\n')
  run('python3', ['setup.py', '-q', 'install', '--single-version-externally-managed', '--record', path.join(base, 'record.txt'), '--install-lib', site], {
    cwd: egg
  })
  // An egg built by setuptools' bdist_egg, unzipped into the site directory (as easy_install left them).
  const eggDir = path.join(base, 'egg-dir')
  fs.mkdirSync(path.join(eggDir, 'egg_dir'), { recursive: true })
  fs.writeFileSync(path.join(eggDir, 'egg_dir', '__init__.py'), '')
  fs.writeFileSync(path.join(eggDir, 'setup.py'), 'from setuptools import setup\nsetup(name="Egg_Dir", version="0.7", packages=["egg_dir"])\n')
  run('python3', ['setup.py', '-q', 'bdist_egg', '--dist-dir', path.join(base, 'eggs')], { cwd: eggDir })
  const built = fs.readdirSync(path.join(base, 'eggs'))[0]!
  run('unzip', ['-q', path.join(base, 'eggs', built), '-d', path.join(site, built)])
  const listed = JSON.parse(run('python3', ['-m', 'pip', 'list', '--format', 'json', '--path', site])) as { name: string; version: string }[]
  return { site, expected: listed.map((pkg) => `${pkg.name.toLowerCase().replace(/[-_.]+/g, '-')} ${pkg.version}`).sort() }
}

export interface GoStampedFixture {
  /** Built outside version control with `-ldflags "-X main.version=1.4.0"`: its main module is `(devel)`. */
  ldflags: string
  /** Built from a git commit without a tag: Go stamps a pseudo-version; `modinfo` is what the binary holds. */
  vcs: { binary: string; version: string }
}

/** Two builds of a dependency-free program: one stamped by -ldflags, one from an untagged git commit. */
export function buildGoStampedBinaries(workDir: string): GoStampedFixture {
  const dir = path.join(workDir, 'go-stamped')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/stamped\n\ngo 1.21\n')
  fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() { fmt.Println(version) }\n')
  const env = {
    ...process.env,
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOCACHE: process.env.GOCACHE ?? path.join(process.env.HOME ?? workDir, '.cache', 'go-build'),
    CGO_ENABLED: '0'
  }
  const ldflags = path.join(workDir, 'stamped-ldflags')
  run('go', ['build', '-buildvcs=false', '-ldflags=-X main.version=1.4.0', '-o', ldflags, '.'], { cwd: dir, env })
  const git = (...args: string[]): string => run('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd: dir })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'first')
  const vcs = path.join(workDir, 'stamped-vcs')
  run('go', ['build', '-buildvcs=true', '-o', vcs, '.'], { cwd: dir, env })
  const main = run('go', ['version', '-m', vcs], { env })
    .split('\n')
    .find((line) => line.startsWith('\tmod\t'))!
  return { ldflags, vcs: { binary: vcs, version: main.split('\t')[3]! } }
}
