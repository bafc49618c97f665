/**
 * Differences a package-by-package comparison with syft, Trivy and the ecosystems' own tools found on real
 * content (bench/images-language-parity.mjs, bench/README.md "Language packages beside syft and Trivy"):
 * npm workspace members (linked from node_modules, listed by `npm ls`), Ant-built Tomcat jars (a manifest,
 * no pom.properties), a Kotlin jar whose manifest stamps a build after the Maven version, large and unreadable
 * nested archives, Go < 1.18 binaries, Rust binaries built with cargo-auditable (which both syft and Trivy read).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { catalogImage, type ImageCatalog } from '../../src/images/index.js'
import { manifestCoordinates, parseJarManifest, readJavaArchive } from '../../src/images/catalog/language.js'
import { RustAuditScanner } from '../../src/images/catalog/rust-audit.js'
import { writeOciLayout } from '../../test/support/images/build.js'

let work: string
beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-language-parity-')))
})
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const manifest = (name: string, version: string, extra: Record<string, unknown> = {}): string => JSON.stringify({ name, version, ...extra })

describe('npm workspaces', () => {
  let catalog: ImageCatalog
  beforeAll(async () => {
    const layout = path.join(work, 'npm-image')
    // The shape `npm install` leaves in a workspaces root (npm 11): members stay in packages/, linked from
    // node_modules; their dependencies are hoisted to the root's node_modules.
    await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'app/mono/package.json', content: manifest('mono-root', '0.0.0', { private: true, workspaces: ['packages/*'] }) },
                { path: 'app/mono/packages/api/package.json', content: manifest('@mono/api', '1.2.0', { private: true }) },
                { path: 'app/mono/packages/util/package.json', content: manifest('@mono/util', '0.1.0') },
                // Not a workspace member (nothing links to it): a template, not installed.
                { path: 'app/mono/templates/package.json', content: manifest('template', '9.9.9') },
                { path: 'app/mono/node_modules/@mono/api', type: 'symlink', target: '../../packages/api' },
                { path: 'app/mono/node_modules/@mono/util', type: 'symlink', target: '../../packages/util' },
                { path: 'app/mono/node_modules/ms/package.json', content: manifest('ms', '2.1.3') },
                { path: 'app/mono/node_modules/.bin/semver', type: 'symlink', target: '../semver/bin/semver.js' },
                // An absolute link (yarn's `portal:` / a hand-made link) to a member of another tree.
                { path: 'srv/site/node_modules/shared', type: 'symlink', target: '/srv/shared' },
                { path: 'srv/site/node_modules/left-pad/package.json', content: manifest('left-pad', '1.3.0') },
                { path: 'srv/site/package.json', content: manifest('site', '2.0.0') },
                { path: 'srv/shared/package.json', content: manifest('shared', '0.4.0') }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    catalog = await catalogImage(`oci:${layout}:v1`)
  }, 60_000)

  it('lists the members node_modules links to, as npm ls does, and no other package.json', () => {
    expect(
      catalog.inventory.packages
        .filter((pkg) => pkg.ecosystem === 'npm')
        .map((pkg) => `${pkg.purl} ${pkg.location.path}`)
        .sort()
    ).toEqual([
      'pkg:npm/%40mono/api@1.2.0 app/mono/packages/api/package.json',
      'pkg:npm/%40mono/util@0.1.0 app/mono/packages/util/package.json',
      'pkg:npm/left-pad@1.3.0 srv/site/node_modules/left-pad/package.json',
      'pkg:npm/mono-root@0.0.0 app/mono/package.json',
      'pkg:npm/ms@2.1.3 app/mono/node_modules/ms/package.json',
      'pkg:npm/shared@0.4.0 srv/shared/package.json',
      'pkg:npm/site@2.0.0 srv/site/package.json'
    ])
    expect(catalog.inventory.problems).toEqual([])
  })
})

describe('Java archives named by their manifest', () => {
  // As Apache Ant writes Tomcat's (tomcat-embed-core-10.1.26.jar in Spring Boot's web starter).
  const tomcat = parseJarManifest(
    'Manifest-Version: 1.0\nAnt-Version: Apache Ant 1.10.14\nSpecification-Title: Apache Tomcat\nSpecification-Version: 10.1\nImplementation-Title: Apache Tomcat\nImplementation-Version: 10.1.26\nImplementation-Vendor: Apache Software Foundation\n'
  )
  // As kotlin-stdlib-2.0.0.jar on Maven Central carries it.
  const kotlin = parseJarManifest(
    'Manifest-Version: 1.0\nImplementation-Vendor: JetBrains\nImplementation-Title: kotlin-stdlib\nImplementation-Version: 2.0.0-release-341\nKotlin-Version: 2.0\n'
  )

  it('groups the Ant-built Tomcat jars under org.apache.tomcat.embed', () => {
    for (const artifact of ['tomcat-embed-core', 'tomcat-embed-el', 'tomcat-embed-websocket'])
      expect(manifestCoordinates(tomcat, `BOOT-INF/lib/${artifact}-10.1.26.jar`)).toEqual({ name: `org.apache.tomcat.embed:${artifact}`, version: '10.1.26' })
    expect(manifestCoordinates(tomcat, 'lib/tomcat-util-scan-10.1.26.jar')).toEqual({ name: 'org.apache.tomcat:tomcat-util-scan', version: '10.1.26' })
    // A name outside the known families is not guessed.
    expect(manifestCoordinates(tomcat, 'lib/tomcat-addons-10.1.26.jar')).toEqual({ name: 'tomcat-addons', version: '10.1.26' })
  })

  // Jars on Maven Central without pom.properties, with the manifest fields they carry (checked 2026-12).
  it.each([
    ['kafka-clients-3.7.1.jar', '', 'org.apache.kafka:kafka-clients', '3.7.1'],
    ['caffeine-3.1.8.jar', 'Bundle-Version: 3.1.8\nImplementation-Version: 3.1.8\n', 'com.github.ben-manes.caffeine:caffeine', '3.1.8'],
    ['grpc-api-1.65.1.jar', 'Implementation-Version: 1.65.1\n', 'io.grpc:grpc-api', '1.65.1'],
    ['opentelemetry-api-1.40.0.jar', 'Implementation-Version: 1.40.0\n', 'io.opentelemetry:opentelemetry-api', '1.40.0'],
    ['lucene-core-9.11.1.jar', 'Implementation-Version: 9.11.1 0c087dfdd10e0f6f3f6faecc6af4415e671a9e69\n', 'org.apache.lucene:lucene-core', '9.11.1'],
    ['protobuf-java-3.25.3.jar', 'Bundle-Version: 3.25.3\n', 'com.google.protobuf:protobuf-java', '3.25.3'],
    ['elasticsearch-rest-client-8.14.3.jar', 'Implementation-Version: 8.14.3\n', 'org.elasticsearch.client:elasticsearch-rest-client', '8.14.3'],
    ['ktor-server-core-jvm-2.3.12.jar', 'Implementation-Version: 2.3.12\n', 'io.ktor:ktor-server-core-jvm', '2.3.12'],
    ['kotlin-reflect-2.0.0.jar', 'Implementation-Version: 2.0.0-release-341\n', 'org.jetbrains.kotlin:kotlin-reflect', '2.0.0']
  ])('names %s', (file, text, name, version) => {
    expect(manifestCoordinates(parseJarManifest(`Manifest-Version: 1.0\n${text}`), `BOOT-INF/lib/${file}`)).toEqual({ name, version })
  })

  it('takes the released version of the file name over a build stamp after it', () => {
    expect(manifestCoordinates(kotlin, 'opt/lib/kotlin-stdlib-2.0.0.jar')).toEqual({ name: 'org.jetbrains.kotlin:kotlin-stdlib', version: '2.0.0' })
    // Renamed without a version: the manifest's is all there is.
    expect(manifestCoordinates(kotlin, 'opt/lib/kotlin.jar')).toEqual({ name: 'org.jetbrains.kotlin:kotlin-stdlib', version: '2.0.0-release-341' })
    // A manifest version that is not the file's plus a stamp is kept (the file name is not the version).
    expect(manifestCoordinates(kotlin, 'opt/lib/kotlin-stdlib-2.jar')).toEqual({ name: 'org.jetbrains.kotlin:kotlin-stdlib', version: '2.0.0-release-341' })
  })

  it('reads both inside a Spring Boot jar built by the JDK’s jar tool', async () => {
    const root = path.join(work, 'boot')
    const make = (name: string, manifestText: string, files: Record<string, string>, into: string): string => {
      const src = fs.mkdtempSync(path.join(work, 'src-'))
      for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true })
        fs.writeFileSync(path.join(src, file), content)
      }
      fs.writeFileSync(`${src}.MF`, manifestText)
      fs.mkdirSync(into, { recursive: true })
      execFileSync('jar', ['--create', '--file', path.join(into, name), '--manifest', `${src}.MF`, '-C', src, '.'])
      return path.join(into, name)
    }
    make(
      'tomcat-embed-core-10.1.26.jar',
      'Implementation-Title: Apache Tomcat\nImplementation-Version: 10.1.26\n',
      { 'org/apache/catalina/A.class': 'x' },
      path.join(root, 'BOOT-INF/lib')
    )
    make(
      'kotlin-stdlib-2.0.0.jar',
      'Implementation-Title: kotlin-stdlib\nImplementation-Version: 2.0.0-release-341\n',
      { 'kotlin/A.class': 'x' },
      path.join(root, 'BOOT-INF/lib')
    )
    const boot = make(
      'app.jar',
      'Main-Class: org.springframework.boot.loader.launch.JarLauncher\n',
      { 'META-INF/maven/com.example/app/pom.properties': 'groupId=com.example\nartifactId=app\nversion=1.0.0\n' },
      path.join(work, 'out')
    )
    execFileSync('jar', ['--update', '--file', boot, '-C', root, 'BOOT-INF'])
    const packages = await readJavaArchive(boot, 'app.jar')
    expect(packages.map((pkg) => `${pkg.name} ${pkg.version}`).sort()).toEqual([
      'com.example:app 1.0.0',
      'org.apache.tomcat.embed:tomcat-embed-core 10.1.26',
      'org.jetbrains.kotlin:kotlin-stdlib 2.0.0'
    ])
  })
})

describe('large nested archives', () => {
  it('reads an archive of more than 16 MB two levels down (an EAR’s WAR’s Spring Boot jar), from a temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'ear-'))
    const zip = (out: string, cwd: string, ...entries: string[]): void => {
      execFileSync('zip', ['-q', '-0', '-r', out, ...entries], { cwd })
    }
    const boot = path.join(dir, 'boot')
    fs.mkdirSync(path.join(boot, 'META-INF/maven/com.example/big'), { recursive: true })
    fs.writeFileSync(path.join(boot, 'META-INF/maven/com.example/big/pom.properties'), 'groupId=com.example\nartifactId=big\nversion=3.0.0\n')
    // Incompressible, stored: the jar is 17 MB.
    fs.writeFileSync(
      path.join(boot, 'blob.bin'),
      Buffer.alloc(17 * 1024 * 1024, 7).map((_, index) => (index * 2654435761) >>> 24)
    )
    fs.mkdirSync(path.join(dir, 'war/WEB-INF/lib'), { recursive: true })
    zip(path.join(dir, 'war/WEB-INF/lib/big-3.0.0.jar'), boot, '.')
    zip(path.join(dir, 'ear-src-inner.war'), path.join(dir, 'war'), '.')
    fs.mkdirSync(path.join(dir, 'ear'))
    fs.renameSync(path.join(dir, 'ear-src-inner.war'), path.join(dir, 'ear/inner.war'))
    const ear = path.join(dir, 'bank.ear')
    zip(ear, path.join(dir, 'ear'), 'inner.war')
    const before = new Set(fs.readdirSync(dir))
    const skipped: string[] = []
    const packages = await readJavaArchive(ear, 'opt/bank.ear', 0, skipped)
    expect(packages.map((pkg) => `${pkg.name} ${pkg.version} ${pkg.detail}`)).toEqual(['com.example:big 3.0.0 WEB-INF/lib/big-3.0.0.jar'])
    expect(skipped).toEqual([])
    // The temporary copies are gone.
    expect(fs.readdirSync(dir).filter((name) => !before.has(name))).toEqual([])
  }, 60_000)
})

describe('Tomcat’s binary distribution (the official tomcat image’s /usr/local/tomcat)', () => {
  // The manifests as Tomcat 10.1.26's Ant build writes them (CRLF line ends).
  const core = parseJarManifest(
    'Manifest-Version: 1.0\r\nAnt-Version: Apache Ant 1.10.14\r\nSpecification-Title: Apache Tomcat\r\nSpecification-Version: 10.1\r\nImplementation-Title: Apache Tomcat\r\nImplementation-Version: 10.1.26\r\nImplementation-Vendor: Apache Software Foundation\r\n\r\n'
  )
  const api = (pkg: string, title: string, version: string): Record<string, string> =>
    parseJarManifest(
      `Manifest-Version: 1.0\r\nAnt-Version: Apache Ant 1.10.14\r\n\r\nName: ${pkg}/\r\nSpecification-Version: ${version}\r\nImplementation-Title: ${title}\r\nImplementation-Version: ${version}\r\nImplementation-Vendor: Apache Software Foundation\r\n\r\nName: other/\r\nImplementation-Version: 9\r\n\r\n`
    )

  it('names lib/catalina.jar and its siblings as the Maven Central artifacts they are', () => {
    const named = (file: string, manifestValues: Record<string, string>): string => {
      const found = manifestCoordinates(manifestValues, `usr/local/tomcat/${file}`)
      return found ? `${found.name}@${found.version}` : 'none'
    }
    expect(
      [
        'lib/catalina.jar',
        'lib/catalina-ha.jar',
        'lib/catalina-tribes.jar',
        'lib/jasper.jar',
        'lib/jasper-el.jar',
        'lib/tomcat-coyote.jar',
        'bin/tomcat-juli.jar'
      ].map((file) => named(file, core))
    ).toEqual([
      'org.apache.tomcat:tomcat-catalina@10.1.26',
      'org.apache.tomcat:tomcat-catalina-ha@10.1.26',
      'org.apache.tomcat:tomcat-tribes@10.1.26',
      'org.apache.tomcat:tomcat-jasper@10.1.26',
      'org.apache.tomcat:tomcat-jasper-el@10.1.26',
      'org.apache.tomcat:tomcat-coyote@10.1.26',
      'org.apache.tomcat:tomcat-juli@10.1.26'
    ])
    expect(named('lib/tomcat-i18n-pt-BR.jar', core)).toBe('org.apache.tomcat:tomcat-i18n-pt-BR@10.1.26')
    // Not on Maven Central under any name: no group guessed.
    expect(named('lib/catalina-ssi.jar', core)).toBe('catalina-ssi@10.1.26')
    // Only with Tomcat's title: another catalina.jar is not Tomcat's.
    expect(named('lib/catalina.jar', parseJarManifest('Implementation-Title: catalina\nImplementation-Version: 1.0\n'))).toBe('catalina@1.0')
    // Named by the file, not the OSGi symbolic name.
    expect(named('lib/tomcat-jdbc.jar', parseJarManifest('Bundle-Version: 10.1.26\nBundle-SymbolicName: org.apache.tomcat.jdbc\n'))).toBe(
      'org.apache.tomcat:tomcat-jdbc@10.1.26'
    )
  })

  it('reads the API jars’ version from their first per-entry section, their name from the file', () => {
    expect(manifestCoordinates(api('jakarta/servlet', 'jakarta.servlet', '6.0'), 'lib/servlet-api.jar')).toEqual({ name: 'servlet-api', version: '6.0' })
    // el-api.jar's section is titled jakarta.annotation (sic): the title of a section does not name the archive.
    expect(manifestCoordinates(api('jakarta/el', 'jakarta.annotation', '5.0'), 'lib/el-api.jar')).toEqual({ name: 'el-api', version: '5.0' })
    // `@version@` (websocket-api.jar, unexpanded by the build): no version, not listed.
    expect(manifestCoordinates(api('jakarta/websocket', 'jakarta.websocket', '@version@'), 'lib/websocket-api.jar')).toBeUndefined()
  })

  it('reads an archive whose manifest is over 64 KB (an OSGi bundle’s Export-Package, Eclipse’s ecj in Tomcat’s lib/)', async () => {
    const src = fs.mkdtempSync(path.join(work, 'ecj-'))
    fs.mkdirSync(path.join(src, 'org/eclipse/jdt'), { recursive: true })
    fs.writeFileSync(path.join(src, 'org/eclipse/jdt/A.class'), 'x')
    const exported = Array.from({ length: 3000 }, (_, index) => `org.eclipse.jdt.internal.compiler.p${index}`).join(',')
    // Continuation lines as the manifest format wants them (at most 72 bytes a line).
    const wrapped = `Export-Package: ${exported}`.match(/.{1,70}/g)!.join('\n ')
    fs.writeFileSync(`${src}.MF`, `Bundle-SymbolicName: org.eclipse.jdt.core.compiler.batch\nBundle-Version: 3.33.0\n${wrapped}\n`)
    const jar = path.join(work, 'ecj-4.27.jar')
    execFileSync('jar', ['--create', '--file', jar, '--manifest', `${src}.MF`, '-C', src, '.'])
    expect(execFileSync('unzip', ['-p', jar, 'META-INF/MANIFEST.MF']).length).toBeGreaterThan(64 * 1024)
    const packages = await readJavaArchive(jar, 'usr/local/tomcat/lib/ecj-4.27.jar')
    expect(packages.map((pkg) => `${pkg.name}@${pkg.version}`)).toEqual(['ecj@3.33.0'])
  })
})

describe('Go binaries built before Go 1.18', () => {
  /**
   * The start of an ELF file with a build info header in the pre-1.18 pointer form (debug/buildinfo: magic,
   * pointer size 8, flags 0 = little-endian and not inline, then the addresses of the version and modinfo
   * strings), the shape Go ≤ 1.17 links: the strings themselves are elsewhere in the data segment.
   */
  function pointerFormBinary(): Buffer {
    const header = Buffer.alloc(4096)
    Buffer.from('\x7fELF\x02\x01\x01', 'latin1').copy(header)
    const info = Buffer.alloc(32)
    Buffer.from('\xff Go buildinf:', 'latin1').copy(info)
    info[14] = 8
    info[15] = 0
    info.writeBigUInt64LE(0x4c1000n, 16)
    info.writeBigUInt64LE(0x4c1010n, 24)
    return Buffer.concat([header, info, Buffer.alloc(4096)])
  }

  it('says which binary it could not read, unless an OS package owns it', async () => {
    const layout = path.join(work, 'go-image')
    await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="11"\n' },
                { path: 'var/lib/dpkg/status', content: 'Package: runc\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0.0~rc93+ds1-5\n' },
                { path: 'var/lib/dpkg/info/runc.list', content: '/.\n/usr\n/usr/sbin\n/usr/sbin/runc\n' },
                { path: 'usr/sbin/runc', content: pointerFormBinary(), mode: 0o755 },
                { path: 'usr/local/bin/gosu', content: pointerFormBinary(), mode: 0o755 }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    const catalog = await catalogImage(`oci:${layout}:v1`)
    expect(catalog.inventory.problems).toEqual([
      { path: 'usr/local/bin/gosu', format: 'image-go', message: 'Go binary built by Go < 1.18 (build info in the pointer form): its modules are not read' }
    ])
    expect(catalog.inventory.packages.filter((pkg) => pkg.ecosystem === 'Go')).toEqual([])
  })
})

describe('an unreadable archive inside an archive', () => {
  it('is reported and the others are read', async () => {
    const dir = fs.mkdtempSync(path.join(work, 'bad-nested-'))
    fs.mkdirSync(path.join(dir, 'src/META-INF/maven/com.example/outer'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'src/META-INF/maven/com.example/outer/pom.properties'), 'groupId=com.example\nartifactId=outer\nversion=1.0.0\n')
    fs.mkdirSync(path.join(dir, 'src/lib'))
    // A resource named .jar that is not a zip (as test fixtures inside some libraries are).
    fs.writeFileSync(path.join(dir, 'src/lib/fixture.jar'), 'not a zip archive at all')
    fs.mkdirSync(path.join(dir, 'good/META-INF/maven/com.example/good'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'good/META-INF/maven/com.example/good/pom.properties'), 'groupId=com.example\nartifactId=good\nversion=2.0.0\n')
    execFileSync('zip', ['-q', '-r', path.join(dir, 'src/lib/good-2.0.0.jar'), '.'], { cwd: path.join(dir, 'good') })
    const outer = path.join(dir, 'outer-1.0.0.jar')
    execFileSync('zip', ['-q', '-r', outer, '.'], { cwd: path.join(dir, 'src') })
    const skipped: string[] = []
    const packages = await readJavaArchive(outer, 'opt/outer-1.0.0.jar', 0, skipped)
    expect(packages.map((pkg) => `${pkg.name}@${pkg.version}`).sort()).toEqual(['com.example:good@2.0.0', 'com.example:outer@1.0.0'])
    expect(skipped).toEqual([expect.stringMatching(/^lib\/fixture\.jar: not a readable archive \(.+\), not read$/)])
    expect(fs.readdirSync(dir).sort()).toEqual(['good', 'outer-1.0.0.jar', 'src'])
  })
})

describe('Rust binaries built with cargo-auditable', () => {
  /**
   * A minimal little-endian ELF64 executable laid out as a linker writes one: header, one PT_LOAD program header
   * over the code, then the sections no program loads — `.dep-v0` (cargo-auditable's zlib-compressed JSON),
   * `padding` bytes of another section (symbols, debug info), `.shstrtab` — and the section header table last.
   */
  function auditableBinary(packages: object[], padding = 0, rust = true): Buffer {
    const code = Buffer.alloc(8192, 0x90)
    // A panic location of Rust's standard library, as every Rust binary's read-only data holds (split over two
    // 4096-byte chunks on purpose).
    if (rust) Buffer.from('/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/core/src/panicking.rs').copy(code, 4096 - 3)
    const depV0 = zlib.deflateSync(Buffer.from(JSON.stringify({ packages })))
    const names = Buffer.from('\0.text\0.dep-v0\0.debug\0.shstrtab\0', 'latin1')
    const header = Buffer.alloc(64)
    const program = Buffer.alloc(56)
    const codeOffset = 4096
    const depOffset = codeOffset + code.length
    const debugOffset = depOffset + depV0.length
    const namesOffset = debugOffset + padding
    const sectionsOffset = namesOffset + names.length
    Buffer.from('\x7fELF\x02\x01\x01', 'latin1').copy(header)
    header.writeUInt16LE(3, 16) // ET_DYN
    header.writeUInt16LE(62, 18) // x86-64
    header.writeUInt32LE(1, 20)
    header.writeBigUInt64LE(64n, 32) // e_phoff
    header.writeBigUInt64LE(BigInt(sectionsOffset), 40) // e_shoff
    header.writeUInt16LE(64, 52)
    header.writeUInt16LE(56, 54)
    header.writeUInt16LE(1, 56)
    header.writeUInt16LE(64, 58)
    header.writeUInt16LE(5, 60)
    header.writeUInt16LE(4, 62) // .shstrtab
    program.writeUInt32LE(1, 0) // PT_LOAD
    program.writeBigUInt64LE(BigInt(codeOffset), 8)
    program.writeBigUInt64LE(BigInt(code.length), 32)
    const section = (name: number, type: number, offset: number, size: number): Buffer => {
      const entry = Buffer.alloc(64)
      entry.writeUInt32LE(name, 0)
      entry.writeUInt32LE(type, 4)
      entry.writeBigUInt64LE(BigInt(offset), 24)
      entry.writeBigUInt64LE(BigInt(size), 32)
      return entry
    }
    return Buffer.concat([
      header,
      program,
      Buffer.alloc(codeOffset - 120),
      code,
      depV0,
      Buffer.alloc(padding, 0x2a),
      names,
      section(0, 0, 0, 0),
      section(1, 1, codeOffset, code.length),
      section(7, 1, depOffset, depV0.length),
      section(15, 1, debugOffset, padding),
      section(22, 3, namesOffset, names.length)
    ])
  }
  const crates = [
    { name: 'demo', version: '0.1.0', source: 'local', dependencies: [1, 2], root: true },
    { name: 'serde_json', version: '1.0.128', source: 'crates.io', dependencies: [] },
    { name: 'regex', version: '1.10.6', source: 'crates.io', dependencies: [] },
    { name: 'cc', version: '1.1.0', source: 'crates.io', kind: 'build' }
  ]

  it('reads the crates compiled in, build dependencies left out, whatever the chunks', () => {
    const binary = auditableBinary(crates, 100_000)
    for (const size of [7, 4096, 262_144]) {
      const scanner = new RustAuditScanner()
      for (let at = 0; at < binary.length; at += size) scanner.write(binary.subarray(at, at + size))
      expect(scanner.finish()).toEqual({
        packages: [
          { ecosystem: 'crates.io', name: 'demo', version: '0.1.0' },
          { ecosystem: 'crates.io', name: 'serde_json', version: '1.0.128' },
          { ecosystem: 'crates.io', name: 'regex', version: '1.10.6' }
        ]
      })
    }
  })

  it('says when the section is further from the end than it keeps, and reads no other file', () => {
    const far = new RustAuditScanner()
    far.write(auditableBinary(crates, 5 * 1024 * 1024))
    expect(far.finish()).toEqual({
      packages: [],
      problem: expect.stringMatching(/^cargo-auditable's \.dep-v0 section is more than 4194304 bytes before the end/)
    })
    const elf = new RustAuditScanner()
    elf.write(fs.readFileSync(process.execPath).subarray(0, 300_000))
    expect(elf.finish()).toEqual({ packages: [] })
    // A file whose loaded data has no Rust standard library paths is not a Rust program: its tail is not kept.
    const notRust = new RustAuditScanner()
    notRust.write(auditableBinary(crates, 0, false))
    expect(notRust.finish()).toEqual({ packages: [] })
  })

  it('lists them in an image as pkg:cargo, unless an OS package owns the binary', async () => {
    const layout = path.join(work, 'rust-image')
    const binary = auditableBinary(crates)
    await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
                { path: 'var/lib/dpkg/status', content: 'Package: demo\nStatus: install ok installed\nArchitecture: amd64\nVersion: 0.1.0-1\n' },
                { path: 'var/lib/dpkg/info/demo.list', content: '/.\n/usr\n/usr/bin\n/usr/bin/demo\n' },
                { path: 'usr/bin/demo', content: binary, mode: 0o755 },
                { path: 'usr/local/bin/demo', content: binary, mode: 0o755 }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    const catalog = await catalogImage(`oci:${layout}:v1`)
    expect(
      catalog.inventory.packages
        .filter((pkg) => pkg.ecosystem === 'crates.io')
        .map((pkg) => `${pkg.purl} ${pkg.location.path}`)
        .sort()
    ).toEqual(['pkg:cargo/demo@0.1.0 usr/local/bin/demo', 'pkg:cargo/regex@1.10.6 usr/local/bin/demo', 'pkg:cargo/serde_json@1.0.128 usr/local/bin/demo'])
    expect(catalog.ownedLanguagePackages).toBe(3)
    expect(catalog.inventory.problems).toEqual([])
  })
})
