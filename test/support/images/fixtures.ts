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
  const expected: string[] = [`stdlib ${lines[0]!.split(': ')[1]!.trim().replace(/^go/, 'v')}`]
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
