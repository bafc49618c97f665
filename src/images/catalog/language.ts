/**
 * Language packages inside an image: npm `node_modules/**\/package.json`, Python `*.dist-info/METADATA` and
 * `*.egg-info` (`PKG-INFO`), Go binaries' embedded build info (the `\xff Go buildinf:` blob, Go ≥ 1.18
 * inline form, found by streaming the file: no whole binary is held), and Java archives' `pom.properties`,
 * else their manifest (jar/war/ear opened with yauzl, nested archives three levels down). Checked against
 * syft 1.57.2, Trivy 0.74.0 and the ecosystems' own tools on real artifacts (bench/README.md, "Language packages beside syft and Trivy").
 */
import fs from 'node:fs'
import type yauzl from 'yauzl'
import { metadataLicense, parseMetadata } from '../../inventory/licenses/python-metadata.js'
import { classifyLicense } from '../../inventory/licenses/spdx.js'
import { parsePurl } from '../../inventory/purl.js'
import { jsonErrorLine, jsonErrorMessage } from '../../inventory/readers/json-error.js'

export interface LanguagePackage {
  ecosystem: 'npm' | 'PyPI' | 'Go' | 'Maven' | 'Bitnami' | 'RubyGems' | 'Packagist' | 'NuGet' | 'crates.io'
  name: string
  version: string
  /** The purl the file itself gives (Bitnami's SBOMs), kept as written. */
  purl?: string
  license?: string
  /** For a Go binary's main module, or a nested archive: what inside the file names it. */
  detail?: string
  /** Go: the `module@version` a `replace` directive swapped for this one. */
  replaces?: string
}

export function parseNpmPackageJson(text: string): LanguagePackage[] {
  const json = JSON.parse(text) as { name?: unknown; version?: unknown; license?: unknown }
  if (typeof json.name !== 'string' || typeof json.version !== 'string' || !json.name || !json.version) return []
  return [{ ecosystem: 'npm', name: json.name, version: json.version, ...(typeof json.license === 'string' ? { license: json.license } : {}) }]
}

/**
 * A Bitnami component's SBOM (`/opt/bitnami/<component>/.spdx-<component>.spdx`, SPDX 2.3 JSON that Bitnami
 * writes into its images; bitnami/vulndb's README "How to consume this CVE feed"): its packages whose
 * `purl` external reference is `pkg:bitnami/…` (the component and what it bundles), named and versioned
 * as the purl says (Bitnami's advisories are keyed on that name; the version may carry a Bitnami revision).
 */
export function parseBitnamiSpdx(text: string): LanguagePackage[] {
  let document: { packages?: unknown }
  try {
    document = JSON.parse(text) as { packages?: unknown }
  } catch (error) {
    throw Object.assign(new Error(`not JSON: ${jsonErrorMessage(error)}`), { line: jsonErrorLine(text, error) })
  }
  if (!document || !Array.isArray(document.packages)) throw new Error('not an SPDX JSON document (no packages list)')
  const found: LanguagePackage[] = []
  for (const item of document.packages as Array<Record<string, unknown>>) {
    if (!item || typeof item !== 'object' || !Array.isArray(item.externalRefs)) continue
    for (const ref of item.externalRefs as Array<Record<string, unknown>>) {
      const locator = ref?.referenceType === 'purl' && typeof ref.referenceLocator === 'string' ? ref.referenceLocator : undefined
      if (!locator?.startsWith('pkg:bitnami/')) continue
      let parsed: ReturnType<typeof parsePurl>
      try {
        parsed = parsePurl(locator)
      } catch {
        throw new Error(`package ${JSON.stringify(item.name)}: ${JSON.stringify(locator)} is not a purl`)
      }
      const version = parsed.version ?? (typeof item.versionInfo === 'string' ? item.versionInfo : undefined)
      if (!version) throw new Error(`package ${JSON.stringify(item.name)}: no version in its purl or versionInfo`)
      const license = typeof item.licenseConcluded === 'string' && !/^NO(?:ASSERTION|NE)$/.test(item.licenseConcluded) ? item.licenseConcluded : undefined
      found.push({ ecosystem: 'Bitnami', name: parsed.name, version, purl: locator, ...(license ? { license } : {}) })
    }
  }
  return found
}

/** Core metadata (email-header style, packaging.python.org core-metadata): Name (PEP 503 normalised), Version, license (see metadataLicense). */
export function parsePythonMetadata(text: string): LanguagePackage[] {
  const headers: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    const match = /^([A-Za-z-]+):\s?(.*)$/.exec(line)
    if (match && !(match[1]!.toLowerCase() in headers)) headers[match[1]!.toLowerCase()] = match[2]!.trim()
  }
  if (!headers.name || !headers.version) return []
  // License-Expression, else an SPDX `License:`, else classifiers naming one SPDX license, else the text (python-metadata.ts).
  const license = metadataLicense(parseMetadata(text), (value) => classifyLicense(value).kind === 'valid')
  // The name normalised as PEP 503 does (and Syft, and the purl): `PyYAML` → `pyyaml`, `lazr.uri` → `lazr-uri`.
  const name = headers.name.toLowerCase().replace(/[-_.]+/g, '-')
  return [{ ecosystem: 'PyPI', name, version: headers.version, ...(license ? { license } : {}) }]
}

const GO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const GO_MAX_INFO = 4 * 1024 * 1024

function readUvarint(data: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0
  let shift = 0
  for (let index = at; index < data.length && index < at + 10; index += 1) {
    const byte = data[index]!
    value += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return { value, next: index + 1 }
    shift += 7
  }
  return undefined
}

/** The Go version and modinfo of a build info blob starting at the magic; undefined when more bytes are needed; null when not one. */
function decodeGoBuildInfo(blob: Buffer): { goVersion: string; modinfo: string } | undefined | null {
  if (blob.length < 32) return undefined
  const flags = blob[15]!
  if ((flags & 0x2) === 0) return null // pre-1.18 pointer form: not read
  const version = readUvarint(blob, 32)
  if (!version) return blob.length > 42 ? null : undefined
  if (version.value > 1024) return null
  if (version.next + version.value > blob.length) return undefined
  const goVersion = blob.toString('utf8', version.next, version.next + version.value)
  const info = readUvarint(blob, version.next + version.value)
  if (!info) return undefined
  if (info.value > GO_MAX_INFO) return null
  if (info.next + info.value > blob.length) return undefined
  let bytes = blob.subarray(info.next, info.next + info.value)
  // The modinfo string is framed by 16-byte sentinels.
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a) bytes = bytes.subarray(16, bytes.length - 16)
  const modinfo = bytes.toString('utf8')
  if (!goVersion.startsWith('go') && !goVersion.startsWith('devel')) return null
  return { goVersion, modinfo }
}

/**
 * Modules of a Go modinfo: the toolchain as `stdlib` (version without the `go` prefix, as OSV's Go
 * advisories and Syft's purls write it: `pkg:golang/stdlib@1.22.5`), the main module (`mod`) and
 * dependencies (`dep`), replacements (`=>`) applied: a module replaced by another module version is
 * that version (`replaces` keeps what was required); one replaced by a local directory has no version
 * and is left out, like a main module built outside version control (`(devel)`).
 */
export function parseGoModinfo(modinfo: string, goVersion: string): LanguagePackage[] {
  const packages: LanguagePackage[] = []
  const toolchain = /^go(\d[^\s]*)/.exec(goVersion)?.[1]
  if (toolchain) packages.push({ ecosystem: 'Go', name: 'stdlib', version: toolchain, detail: 'toolchain' })
  let last: LanguagePackage | undefined
  const settings = new Map<string, string>()
  for (const line of modinfo.split('\n')) {
    const [kind, modulePath, version] = line.split('\t')
    if (kind === 'build' && modulePath) {
      const equals = modulePath.indexOf('=')
      if (equals > 0) settings.set(modulePath.slice(0, equals), modulePath.slice(equals + 1))
    } else if ((kind === 'mod' || kind === 'dep') && modulePath && version) {
      last = { ecosystem: 'Go', name: modulePath, version, ...(kind === 'mod' ? { detail: 'main module' } : {}) }
      packages.push(last)
    } else if (kind === '=>' && modulePath && last) {
      const replaced = last
      const index = packages.indexOf(replaced)
      // A local directory (`../x`, `./x`, `/abs`) has no version: `(devel)` or nothing.
      const local = version === undefined || version === '' || version === '(devel)' || /^(?:\.{1,2}\/|\/)/.test(modulePath)
      packages[index] = local
        ? { ...replaced, version: '(devel)' }
        : { ...replaced, name: modulePath, version: version!, replaces: `${replaced.name}@${replaced.version}` }
      last = undefined
    }
  }
  const main = packages.find((pkg) => pkg.detail === 'main module')
  if (main?.version === '(devel)') {
    const version = mainVersionFromSettings(settings, main.name)
    if (version) main.version = version
  }
  // Without a version there is nothing to match (Syft lists these as UNKNOWN).
  return packages.filter((pkg) => pkg.version !== '(devel)')
}

const SEMVER = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/

/**
 * The version of a main module built as `(devel)`, from its build settings: a version the build stamped
 * with `-ldflags "-X main.version=1.4.0"` (goreleaser's default; a variable of package main or of a package
 * of the main module, named version, Version, gitVersion, buildVersion or tag, the value a semantic
 * version), else Go's pseudo-version of the VCS
 * commit (`vcs.revision`, `vcs.time`) as Go ≥ 1.24 would stamp it — both as Syft derives them.
 */
function mainVersionFromSettings(settings: Map<string, string>, mainModule: string): string | undefined {
  const ldflags = settings.get('-ldflags')
  if (ldflags) {
    let text = ldflags
    if (text.startsWith('"')) {
      try {
        text = JSON.parse(text) as string
      } catch {
        // Go's quoting of an exotic value: read it as it is.
      }
    }
    const words = text.split(/\s+/)
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!
      const assignment = word === '-X' || word === '--X' ? words[index + 1] : /^--?X=(.+)$/.exec(word)?.[1]
      const match = assignment ? /^([^=]*)\.(?:[vV]ersion|[gG]it[vV]ersion|[bB]uild[vV]ersion|[tT]ag)=['"]?([^'"]+)['"]?$/.exec(assignment) : null
      // Only a variable of this program: package main, or a package of the main module.
      const ours = match && (match[1] === 'main' || match[1] === mainModule || match[1]!.startsWith(`${mainModule}/`))
      const version = ours ? SEMVER.exec(match[2]!)?.[1] : undefined
      if (version) return `v${version}`
    }
  }
  const revision = settings.get('vcs.revision')
  const time = settings.get('vcs.time')
  if (settings.get('vcs') === 'git' && revision && /^[0-9a-f]{12,}$/.test(revision) && time) {
    const stamp = new Date(time)
    if (!Number.isNaN(stamp.getTime()))
      return `v0.0.0-${stamp
        .toISOString()
        .replace(/[-:T]|\.\d+Z$/g, '')
        .slice(0, 14)}-${revision.slice(0, 12)}`
  }
  return undefined
}

/**
 * Scans an executable's bytes for the Go build info without holding the file: ELF files only (checked on
 * the first bytes), the magic searched across chunk boundaries at 16-byte aligned offsets, then the blob
 * collected until it decodes.
 */
export class GoBuildInfoScanner {
  private offset = 0
  private tail = Buffer.alloc(0)
  private collected: Buffer[] | undefined
  private collectedLength = 0
  private notElf = false
  result: { goVersion: string; modinfo: string } | undefined
  /** The magic with the pre-1.18 pointer form's flags (pointer size 4 or 8, not inline), and no inline blob in the file. */
  private pointerForm = false
  get legacy(): boolean {
    return this.pointerForm && !this.result
  }

  write(chunk: Buffer): void {
    if (this.result || this.notElf) return
    if (this.offset === 0 && this.tail.length === 0) {
      if (chunk.length >= 4 && !(chunk[0] === 0x7f && chunk[1] === 0x45 && chunk[2] === 0x4c && chunk[3] === 0x46)) {
        this.notElf = true
        return
      }
    }
    if (this.collected) {
      this.offset += chunk.length
      this.collected.push(chunk)
      this.collectedLength += chunk.length
      this.tryDecode()
      return
    }
    // The chunk is searched where it is: copying every executable's bytes into one window with the previous
    // chunk's end cost a copy of each. Only the bytes across its start (a magic split between two chunks) are
    // joined, a few dozen of them.
    const chunkStart = this.offset
    if (this.tail.length > 0) {
      const across = Buffer.concat([this.tail, chunk.subarray(0, GO_MAGIC.length - 1)])
      const acrossStart = chunkStart - this.tail.length
      for (let from = 0; ;) {
        const found = across.indexOf(GO_MAGIC, from)
        if (found < 0 || found >= this.tail.length) break
        if ((acrossStart + found) % 16 === 0) return this.collect(Buffer.concat([this.tail.subarray(found), chunk]), chunk.length)
        from = found + 1
      }
    }
    for (let from = 0; ;) {
      const found = chunk.indexOf(GO_MAGIC, from)
      if (found < 0) break
      if ((chunkStart + found) % 16 === 0) return this.collect(chunk.subarray(found), chunk.length)
      from = found + 1
    }
    this.offset += chunk.length
    const keep = GO_MAGIC.length - 1
    this.tail = chunk.length >= keep ? Buffer.from(chunk.subarray(chunk.length - keep)) : Buffer.from(Buffer.concat([this.tail, chunk]).subarray(-keep))
  }

  /** Starts collecting the blob at the magic found (`blob`), the chunk it is in consumed. */
  private collect(blob: Buffer, chunkLength: number): void {
    this.collected = [blob]
    this.collectedLength = blob.length
    this.offset += chunkLength
    this.tryDecode()
  }

  private tryDecode(): void {
    const blob = Buffer.concat(this.collected!)
    this.collected = [blob]
    const decoded = decodeGoBuildInfo(blob)
    if (decoded === null && blob.length >= 16 && (blob[15]! & 0x2) === 0 && (blob[14] === 4 || blob[14] === 8)) this.pointerForm = true
    if (decoded) {
      this.result = decoded
      this.collected = undefined
    } else if (decoded === null || this.collectedLength > GO_MAX_INFO + 64) {
      // Not a build info blob after all (the magic inside other data): keep scanning after it.
      this.collected = undefined
      this.tail = Buffer.alloc(0)
    }
  }

  packages(): LanguagePackage[] {
    return this.result ? parseGoModinfo(this.result.modinfo, this.result.goVersion) : []
  }
}

function parseProperties(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith('!')) continue
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line)
    if (match) values[match[1]!] = match[2]!
  }
  return values
}

const ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|kar|rar|nar)$/i
/**
 * A nested archive is copied to a temporary file beside its parent's (yauzl reads it from there, a little at a
 * time: an EAR's 20 MB Spring Boot jar inside its WAR costs no memory), up to this size; three levels at most.
 */
const MAX_NESTED_ARCHIVE = 512 * 1024 * 1024
/** Nested archives held in memory (when the outer archive was given as bytes, not a file). */
const MAX_NESTED_IN_MEMORY = 16 * 1024 * 1024
const MAX_DEPTH = 3
const MAX_PROPERTIES = 64 * 1024
/** OSGi bundles' manifests list every exported package: Eclipse's ecj-4.27.jar (in Tomcat's lib/) has 122 KB. */
const MAX_MANIFEST = 1024 * 1024
const MANIFEST = 'META-INF/MANIFEST.MF'

/**
 * The main section of a JAR manifest (jar spec: `Name: value`, 72-byte lines continued by one leading space),
 * with the first per-entry section's `Implementation-Version` when the main section has none: Apache's Ant
 * builds put it under `Name: jakarta/servlet/` (Tomcat's servlet-api.jar), not in the main section.
 */
export function parseJarManifest(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  let section: Record<string, string> = values
  let sections = 0
  let last: string | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line === '') {
      // A section ends; only the first per-entry section is read.
      if (sections >= 1 && section !== values) break
      last = undefined
      continue
    }
    if (line.startsWith(' ') && last) {
      section[last] += line.slice(1)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).trim()
    if (last === 'Name' && section === values) {
      section = {}
      sections += 1
      last = undefined
      continue
    }
    if (!(last in section)) section[last] = line.slice(colon + 1).trim()
  }
  // Only the version: a section describes a package inside (Tomcat's el-api.jar titles its `jakarta/el/`
  // section `jakarta.annotation`), the archive's name comes from the main section or the file name.
  const sectionVersion = section !== values ? section['Implementation-Version'] : undefined
  if (sectionVersion !== undefined && !('Implementation-Version' in values)) values['Implementation-Version'] = sectionVersion
  return values
}

/**
 * The jars of Tomcat's binary distribution (lib/, bin/; the official `tomcat` image's /usr/local/tomcat) are
 * byte for byte Maven Central's `org.apache.tomcat:tomcat-*` of the same version under shorter file names
 * (lib/catalina.jar is tomcat-catalina-10.1.26.jar, same SHA-1); their manifest's title is "Apache Tomcat".
 * The API jars (servlet-api.jar, el-api.jar, …) carry the specification's version, not Tomcat's: not mapped.
 */
const TOMCAT_DISTRIBUTION: Record<string, string> = {
  catalina: 'tomcat-catalina',
  'catalina-ha': 'tomcat-catalina-ha',
  'catalina-tribes': 'tomcat-tribes',
  jasper: 'tomcat-jasper',
  'jasper-el': 'tomcat-jasper-el'
}

/**
 * Group IDs of artifact families published to Maven Central by Gradle (or Ant) builds, whose jars carry a
 * manifest but no `pom.properties` (so nothing inside names the group). Longest prefix first.
 */
const KNOWN_GROUPS: [RegExp, string][] = [
  [/^spring-boot(?:-|$)/, 'org.springframework.boot'],
  [/^spring-security-/, 'org.springframework.security'],
  [/^spring-data-/, 'org.springframework.data'],
  [/^spring-(?:cloud)-/, 'org.springframework.cloud'],
  [/^spring-(?:batch)-/, 'org.springframework.batch'],
  [/^spring-(?:kafka|amqp|rabbit)(?:-|$)/, 'org.springframework.kafka'],
  [
    /^spring-(?:core|beans|context|context-support|aop|aspects|expression|jcl|jdbc|jms|messaging|orm|oxm|r2dbc|test|tx|web|webflux|webmvc|websocket|instrument)$/,
    'org.springframework'
  ],
  [/^junit-jupiter(?:-|$)/, 'org.junit.jupiter'],
  [/^junit-platform-/, 'org.junit.platform'],
  [/^junit-vintage-/, 'org.junit.vintage'],
  [/^micrometer-(?:observation|commons|core|registry-[a-z0-9-]+|jakarta9|jetty11|tracing(?:-[a-z0-9-]+)?)$/, 'io.micrometer'],
  [/^reactor-(?:core|test|tools|extra)$/, 'io.projectreactor'],
  [/^reactor-netty(?:-[a-z]+)?$/, 'io.projectreactor.netty'],
  [/^kotlin-/, 'org.jetbrains.kotlin'],
  [/^kotlinx-coroutines-/, 'org.jetbrains.kotlinx'],
  [/^okhttp(?:-[a-z-]+)?$/, 'com.squareup.okhttp3'],
  [/^okio(?:-jvm)?$/, 'com.squareup.okio'],
  [/^mockito-/, 'org.mockito'],
  [/^hibernate-(?:core|envers|spatial|community-dialects|jcache)$/, 'org.hibernate.orm'],
  [/^opentest4j$/, 'org.opentest4j'],
  [/^apiguardian-api$/, 'org.apiguardian'],
  [/^objenesis$/, 'org.objenesis'],
  [/^hamcrest(?:-[a-z]+)?$/, 'org.hamcrest'],
  [/^asm(?:-[a-z]+)?$/, 'org.ow2.asm'],
  [/^checker-qual$/, 'org.checkerframework'],
  // Built by Ant: a manifest, no pom.properties (Spring Boot's web starter ships the first three).
  [/^tomcat-embed-(?:core|el|websocket|jasper)$/, 'org.apache.tomcat.embed'],
  [
    /^tomcat-(?:catalina|catalina-ha|coyote|jdbc|juli|util|util-scan|api|jni|jasper|jasper-el|el-api|jsp-api|servlet-api|websocket|websocket-api|websocket-client-api|annotations-api|jaspic-api|dbcp|tribes|i18n-[a-z]{2}(?:-[A-Z]{2})?)$/,
    'org.apache.tomcat'
  ],
  // Gradle-built families checked on Maven Central (2026-12): no pom.properties in their jars.
  [/^kafka-(?:clients|streams)$|^kafka_2\.1[23]$/, 'org.apache.kafka'],
  [/^caffeine$/, 'com.github.ben-manes.caffeine'],
  [
    /^grpc-(?:api|core|netty|netty-shaded|okhttp|protobuf|protobuf-lite|stub|context|auth|services|util|inprocess|xds|alts|grpclb|googleapis|census|rls|testing)$/,
    'io.grpc'
  ],
  [/^opentelemetry-(?:api|context|sdk|sdk-[a-z-]+|exporter-[a-z-]+|extension-[a-z-]+)$/, 'io.opentelemetry'],
  [/^lucene-[a-z0-9-]+$/, 'org.apache.lucene'],
  [/^protobuf-(?:java|java-util|javalite|kotlin|kotlin-lite)$/, 'com.google.protobuf'],
  [/^elasticsearch-rest-client(?:-sniffer)?$/, 'org.elasticsearch.client'],
  [/^elasticsearch-java$/, 'co.elastic.clients'],
  [/^ktor-[a-z0-9-]+$/, 'io.ktor']
]

/** `spring-core-6.1.11.jar` → artifact `spring-core`, version `6.1.11` (the version starts at the first `-<digit>`). */
function archiveFileName(fileName: string): { artifact: string; version?: string } {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1).replace(ARCHIVE, '')
  const match = /^(.+?)-(\d[^/]*)$/.exec(base)
  return match ? { artifact: match[1]!, version: match[2]! } : { artifact: base }
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * The coordinates of an archive without a `pom.properties` of its own, from its manifest and file name:
 * the artifact from the file name (else an identifier-like `Implementation-Title` / `Bundle-SymbolicName`),
 * the version from `Implementation-Version` (else `Bundle-Version`, else the file name), the group from
 * `Implementation-Vendor-Id` (Maven's archiver wrote the groupId there), else the known Gradle-built
 * families above. Without a version nothing is reported; without a group the name is the artifact alone.
 */
export function manifestCoordinates(manifest: Record<string, string>, fileName: string): { name: string; version: string } | undefined {
  const file = archiveFileName(fileName)
  const tomcat = manifest['Implementation-Title'] === 'Apache Tomcat' ? TOMCAT_DISTRIBUTION[file.artifact] : undefined
  if (tomcat) file.artifact = tomcat
  const title = [manifest['Implementation-Title'], manifest['Bundle-SymbolicName']?.split(';')[0]?.trim()].find(
    (value): value is string => value !== undefined && IDENTIFIER.test(value)
  )
  // A renamed archive (`app.jar`) is named by its title; one of a known family by its file name (tomcat-jdbc.jar's
  // Bundle-SymbolicName is org.apache.tomcat.jdbc, its artifact tomcat-jdbc).
  const known = KNOWN_GROUPS.some(([pattern]) => pattern.test(file.artifact))
  const artifact = file.version || !title || known ? file.artifact : title
  let version = [manifest['Implementation-Version'], manifest['Bundle-Version'], file.version].find(
    (value): value is string => value !== undefined && /^\d/.test(value) && !/\s/.test(value)
  )
  // A build stamp after the released version (kotlin-stdlib-2.0.0.jar says `2.0.0-release-341`): the file
  // name, as the Maven repository names the file, is the version that advisories and Maven Central know.
  if (version && file.version && /^\d+(?:\.\d+)*$/.test(file.version) && version.startsWith(`${file.version}-`)) version = file.version
  if (!artifact || !IDENTIFIER.test(artifact) || !version) return undefined
  const vendorId = manifest['Implementation-Vendor-Id']
  const group = vendorId && IDENTIFIER.test(vendorId) && vendorId.includes('.') ? vendorId : KNOWN_GROUPS.find(([pattern]) => pattern.test(artifact))?.[1]
  return { name: group ? `${group}:${artifact}` : artifact, version }
}

/** yauzl is loaded with the first Java archive (most images have none). */
let zipModule: Promise<typeof yauzl> | undefined

async function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  const zipLibrary = await (zipModule ??= import('yauzl').then((module) => ((module as { default?: typeof yauzl }).default ?? module) as typeof yauzl))
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile): void => (error || !zip ? reject(error ?? new Error('not a zip archive')) : resolve(zip))
    if (typeof source === 'string') zipLibrary.open(source, { lazyEntries: true, autoClose: false }, done)
    else zipLibrary.fromBuffer(source, { lazyEntries: true }, done)
  })
}

/** Copies an entry to `file` as it inflates (yauzl checks the bytes against the sizes the archive declares). */
function copyZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`))
        return
      }
      const out = fs.createWriteStream(file, { mode: 0o600 })
      stream.on('error', (streamError) => {
        out.destroy()
        reject(streamError)
      })
      out.on('error', reject)
      out.on('finish', () => resolve())
      stream.pipe(out)
    })
  })
}

function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > limit) {
      reject(new Error(`${entry.fileName} is larger than ${limit} bytes`))
      return
    }
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`))
        return
      }
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => resolve(Buffer.concat(chunks)))
      stream.on('error', reject)
    })
  })
}

/**
 * Maven coordinates of a Java archive named `fileName` (`source`: a temporary file, whose nested archives are
 * copied beside it and removed, or the archive's bytes): every `META-INF/maven/<group>/<artifact>/pom.properties`
 * (a shaded jar holds several), the archive itself from its manifest when none of those is its own (Gradle
 * builds write no `pom.properties`), and the same for archives inside it, three levels down (an EAR's WAR's
 * `WEB-INF/lib`, `BOOT-INF/lib`, `lib/`), each with the entry that holds it as `detail`.
 */
export async function readJavaArchive(source: string | Buffer, fileName: string, depth = 0, skipped: string[] = []): Promise<LanguagePackage[]> {
  const zip = await openZip(source)
  let nestedCount = 0
  const own: LanguagePackage[] = []
  const nested: LanguagePackage[] = []
  let manifest: Record<string, string> | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        const handle = async (): Promise<void> => {
          if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(name)) {
            const properties = parseProperties((await readZipEntry(zip, entry, MAX_PROPERTIES)).toString('utf8'))
            if (properties.groupId && properties.artifactId && properties.version)
              own.push({ ecosystem: 'Maven', name: `${properties.groupId}:${properties.artifactId}`, version: properties.version })
          } else if (name === MANIFEST) {
            manifest = parseJarManifest((await readZipEntry(zip, entry, MAX_MANIFEST)).toString('utf8'))
          } else if (ARCHIVE.test(name)) {
            const limit = typeof source === 'string' ? MAX_NESTED_ARCHIVE : MAX_NESTED_IN_MEMORY
            // Not read, and said so (never a silent gap): too deep, or too large.
            if (depth >= MAX_DEPTH) skipped.push(`${name}: archive nested more than ${MAX_DEPTH} levels deep, not read`)
            else if (entry.uncompressedSize > limit)
              skipped.push(`${name}: nested archive of ${entry.uncompressedSize} bytes, over the ${limit} chaingate reads, not read`)
            else {
              const spilled = typeof source === 'string' ? `${source}.${depth}-${(nestedCount += 1)}` : undefined
              try {
                if (spilled) await copyZipEntry(zip, entry, spilled)
                const inner = spilled ?? (await readZipEntry(zip, entry, limit))
                for (const pkg of await readJavaArchive(inner, name, depth + 1, skipped)) nested.push({ ...pkg, detail: pkg.detail ?? name })
              } catch (error) {
                // One unreadable archive inside (a test resource named .jar, a truncated copy) is said, the rest read.
                skipped.push(`${name}: not a readable archive (${(error as Error).message}), not read`)
              } finally {
                if (spilled) removeQuietly(spilled)
              }
            }
          }
        }
        handle().then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  const file = archiveFileName(fileName)
  const named = own.some((pkg) => pkg.name.slice(pkg.name.indexOf(':') + 1) === file.artifact)
  // With pom.properties inside, a file name without a version (`app.jar`) is a renamed archive they name.
  if (!named && manifest && (own.length === 0 || file.version !== undefined)) {
    const coordinates = manifestCoordinates(manifest, fileName)
    if (coordinates && !own.some((pkg) => pkg.name.endsWith(`:${coordinates.name}`) && pkg.version === coordinates.version))
      own.unshift({ ecosystem: 'Maven', ...coordinates })
  }
  return [...own, ...nested]
}

export function isJavaArchive(entryPath: string): boolean {
  return ARCHIVE.test(entryPath)
}

/** Removes a spilled file (best effort). */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // the temp directory is removed afterwards anyway
  }
}
