import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  holdImageStreamingTune
} from "./chunk-FZO2DREV.js";
import {
  readRpmBerkeleyDb,
  readRpmNdb,
  readRpmSqlite,
  sourceRpmName
} from "./chunk-QSVJMMHB.js";
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  platformMatches
} from "./chunk-R4E7HGPY.js";
import {
  require_tar_stream
} from "./chunk-VLIHJN4G.js";
import {
  RegistryPool,
  readDockerCredentials
} from "./chunk-SECJK3F6.js";
import {
  classifyLicense
} from "./chunk-6JOHTDBO.js";
import {
  normalizeLicense
} from "./chunk-U5FF4OCZ.js";
import {
  metadataLicense,
  parseMetadata
} from "./chunk-ASTGQ7E2.js";
import {
  licenseExpression
} from "./chunk-3BSLMYX7.js";
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
import {
  parsePurl,
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  ubuntuEcosystem
} from "./chunk-UQPVNOZB.js";
import {
  parseImageRef
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/images/index.ts
var fs = process.getBuiltinModule("node:fs");
var images_default = fs;

// src/images/index.ts
import os2 from "node:os";
import path4 from "node:path";

// fs-without-es-facade:src/images/catalog/index.ts
var fs2 = process.getBuiltinModule("node:fs");
var catalog_default = fs2;

// src/images/catalog/index.ts
import path from "node:path";

// src/images/catalog/apk.ts
var ApkParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "ApkParseError";
  }
  line;
};
function parseApkInstalled(text, keep = () => true) {
  const packages = [];
  let current;
  let dir = "";
  const finish = () => {
    if (!current) return;
    if (!current.name) throw new ApkParseError("record without a P: (package name) line", current.line);
    if (!current.version) throw new ApkParseError(`package ${current.name} has no V: (version) line`, current.line);
    packages.push(current);
    current = void 0;
    dir = "";
  };
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].replace(/\r$/, "");
    if (line === "") {
      finish();
      continue;
    }
    if (line.length < 2 || line[1] !== ":") throw new ApkParseError(`not a "X:value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1);
    current ??= { line: index + 1, files: [] };
    const value = line.slice(2);
    switch (line[0]) {
      case "P":
        current.name = value;
        break;
      case "V":
        current.version = value;
        break;
      case "A":
        current.arch = value;
        break;
      case "o":
        current.origin = value;
        break;
      case "L":
        current.license = value;
        break;
      case "F":
        dir = value;
        break;
      case "R": {
        const file = dir ? `${dir}/${value}` : value;
        if (keep(file)) current.files.push(file);
        break;
      }
      default:
        break;
    }
  }
  finish();
  return packages;
}

// src/images/catalog/chisel.ts
import zlib from "node:zlib";
var ChiselManifestError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "ChiselManifestError";
  }
  line;
};
var SCHEMA = "1.0";
function parseChiselManifest(bytes, keep = () => false, maxText = 64 * 1024 * 1024) {
  let text;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 4247762216) {
    try {
      text = zlib.zstdDecompressSync(bytes, { maxOutputLength: maxText });
    } catch (error) {
      throw new ChiselManifestError(`not a readable zstd stream: ${error.message}`);
    }
  } else text = bytes;
  const packages = [];
  const paths = [];
  let line = 0;
  let start = 0;
  let header;
  let entries = 0;
  while (start < text.length) {
    let end = text.indexOf(10, start);
    if (end < 0) end = text.length;
    line += 1;
    const raw = text.toString("utf8", start, end).replace(/\r$/, "");
    start = end + 1;
    if (raw.trim() === "") continue;
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ChiselManifestError("a line that is not a JSON object", line);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new ChiselManifestError("a line that is not a JSON object", line);
    const entry = value;
    if (!header) {
      if (typeof entry.jsonwall !== "string") throw new ChiselManifestError("no jsonwall header on the first line", line);
      if (!entry.jsonwall.startsWith("1.")) throw new ChiselManifestError(`jsonwall version ${JSON.stringify(entry.jsonwall)}, not 1.x`, line);
      if (entry.schema !== SCHEMA) throw new ChiselManifestError(`manifest schema ${JSON.stringify(entry.schema ?? null)}, chaingate reads ${SCHEMA}`, line);
      header = { count: typeof entry.count === "number" ? entry.count : -1 };
      continue;
    }
    entries += 1;
    if (entry.kind === "package") {
      const name = typeof entry.name === "string" ? entry.name : "";
      const version = typeof entry.version === "string" ? entry.version : "";
      if (!name || !version) throw new ChiselManifestError("a package entry without a name or version", line);
      packages.push({ name, version, ...typeof entry.arch === "string" && entry.arch ? { arch: entry.arch } : {}, line });
    } else if (entry.kind === "path" && typeof entry.path === "string") {
      const file = entry.path.replace(/^\/+/, "");
      if (file && !file.endsWith("/") && keep(file)) paths.push(file);
    }
  }
  if (!header) throw new ChiselManifestError("empty: no jsonwall header");
  if (header.count >= 0 && header.count !== entries + 1)
    throw new ChiselManifestError(`the header counts ${header.count} lines and the manifest has ${entries + 1}: it is incomplete`);
  return { packages, paths };
}

// src/images/catalog/dpkg.ts
var DpkgParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "DpkgParseError";
  }
  line;
};
function parseControlStanzas(text) {
  const stanzas = [];
  let current;
  let lastKey;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].replace(/\r$/, "");
    if (line.trim() === "") {
      current = void 0;
      lastKey = void 0;
      continue;
    }
    if (line.startsWith(" ") || line.startsWith("	")) {
      if (!current || !lastKey) throw new DpkgParseError("continuation line without a field", index + 1);
      current.fields.set(lastKey, `${current.fields.get(lastKey)}
${line.slice(1)}`);
      continue;
    }
    if (line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) throw new DpkgParseError(`not a "Field: value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1);
    const key = line.slice(0, colon).toLowerCase();
    if (!current) {
      current = { fields: /* @__PURE__ */ new Map(), line: index + 1 };
      stanzas.push(current);
    }
    if (current.fields.has(key)) throw new DpkgParseError(`duplicate field ${line.slice(0, colon)} in one stanza`, index + 1);
    current.fields.set(key, line.slice(colon + 1).trim());
    lastKey = key;
  }
  return stanzas;
}
var NOT_ON_DISK = /* @__PURE__ */ new Set(["not-installed", "config-files"]);
function parseDpkgStatus(text) {
  const packages = [];
  for (const { fields, line } of parseControlStanzas(text)) {
    const name = fields.get("package");
    const version = fields.get("version");
    if (!name) throw new DpkgParseError("stanza without a Package field", line);
    const status = fields.get("status");
    if (status !== void 0 && NOT_ON_DISK.has(status.split(/\s+/)[2] ?? "")) continue;
    if (!version) throw new DpkgParseError(`package ${name} has no Version`, line);
    const pkg = { name, version, line };
    const arch = fields.get("architecture");
    if (arch) pkg.arch = arch;
    const source = fields.get("source");
    if (source) {
      const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(source);
      if (match) {
        pkg.source = match[1];
        if (match[2]) pkg.sourceVersion = match[2];
      }
    }
    packages.push(pkg);
  }
  return packages;
}

// src/images/catalog/dpkg-copyright.ts
var UNNAMED = "unnamed license text";
var DEBIAN_GNU = /^((?:A|L)?GPL|GFDL)-(\d)(?:\.(\d))?(\+)?$/i;
function debianToSpdx(name) {
  const parts = name.split(/\s+(or|and)\s+/i);
  const out = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (index % 2 === 1) {
      out.push(part.toUpperCase());
      continue;
    }
    const gnu = DEBIAN_GNU.exec(part);
    const id = gnu ? `${gnu[1].toUpperCase()}-${gnu[2]}.${gnu[3] ?? "0"}-${gnu[4] ? "or-later" : "only"}` : normalizeLicense(part);
    if (id === void 0 || /\s/.test(id)) return void 0;
    out.push(id);
  }
  return normalizeLicense(out.join(" "));
}
function debianCopyrightLicense(text) {
  let stanzas;
  try {
    stanzas = parseControlStanzas(text);
  } catch {
    return void 0;
  }
  const header = stanzas[0]?.fields;
  if (!header || !/copyright-format|dep-?5/i.test(header.get("format") ?? "")) return void 0;
  const names = [];
  for (const [index, { fields }] of stanzas.entries()) {
    if (index > 0 && !fields.has("files")) continue;
    const license = fields.get("license");
    if (license === void 0) continue;
    const name = license.split("\n")[0].trim() || UNNAMED;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0) return void 0;
  const spdx = names.map(debianToSpdx);
  if (spdx.every((id) => id !== void 0)) {
    const distinct = [...new Set(spdx.flatMap((id) => / OR /.test(id) ? [id] : id.split(" AND ")))];
    return normalizeLicense(distinct.map((id) => distinct.length > 1 && / OR /.test(id) ? `(${id})` : id).join(" AND "));
  }
  return names.join(" AND ");
}

// fs-without-es-facade:src/images/catalog/language.ts
var fs3 = process.getBuiltinModule("node:fs");
var language_default = fs3;

// src/images/catalog/language.ts
function parseNpmPackageJson(text) {
  const json = JSON.parse(text);
  if (typeof json.name !== "string" || typeof json.version !== "string" || !json.name || !json.version) return [];
  return [{ ecosystem: "npm", name: json.name, version: json.version, ...typeof json.license === "string" ? { license: json.license } : {} }];
}
function parseBitnamiSpdx(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw Object.assign(new Error(`not JSON: ${jsonErrorMessage(error)}`), { line: jsonErrorLine(text, error) });
  }
  if (!document || !Array.isArray(document.packages)) throw new Error("not an SPDX JSON document (no packages list)");
  const found = [];
  for (const item of document.packages) {
    if (!item || typeof item !== "object" || !Array.isArray(item.externalRefs)) continue;
    for (const ref of item.externalRefs) {
      const locator = ref?.referenceType === "purl" && typeof ref.referenceLocator === "string" ? ref.referenceLocator : void 0;
      if (!locator?.startsWith("pkg:bitnami/")) continue;
      let parsed;
      try {
        parsed = parsePurl(locator);
      } catch {
        throw new Error(`package ${JSON.stringify(item.name)}: ${JSON.stringify(locator)} is not a purl`);
      }
      const version = parsed.version ?? (typeof item.versionInfo === "string" ? item.versionInfo : void 0);
      if (!version) throw new Error(`package ${JSON.stringify(item.name)}: no version in its purl or versionInfo`);
      const license = typeof item.licenseConcluded === "string" && !/^NO(?:ASSERTION|NE)$/.test(item.licenseConcluded) ? item.licenseConcluded : void 0;
      found.push({ ecosystem: "Bitnami", name: parsed.name, version, purl: locator, ...license ? { license } : {} });
    }
  }
  return found;
}
function parsePythonMetadata(text) {
  const headers = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    const match = /^([A-Za-z-]+):\s?(.*)$/.exec(line);
    if (match && !(match[1].toLowerCase() in headers)) headers[match[1].toLowerCase()] = match[2].trim();
  }
  if (!headers.name || !headers.version) return [];
  const license = metadataLicense(parseMetadata(text), (value) => classifyLicense(value).kind === "valid");
  const name = headers.name.toLowerCase().replace(/[-_.]+/g, "-");
  return [{ ecosystem: "PyPI", name, version: headers.version, ...license ? { license } : {} }];
}
var GO_MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var GO_MAX_INFO = 4 * 1024 * 1024;
function readUvarint(data, at) {
  let value = 0;
  let shift = 0;
  for (let index = at; index < data.length && index < at + 10; index += 1) {
    const byte = data[index];
    value += (byte & 127) * 2 ** shift;
    if (byte < 128) return { value, next: index + 1 };
    shift += 7;
  }
  return void 0;
}
function decodeGoBuildInfo(blob) {
  if (blob.length < 32) return void 0;
  const flags = blob[15];
  if ((flags & 2) === 0) return null;
  const version = readUvarint(blob, 32);
  if (!version) return blob.length > 42 ? null : void 0;
  if (version.value > 1024) return null;
  if (version.next + version.value > blob.length) return void 0;
  const goVersion = blob.toString("utf8", version.next, version.next + version.value);
  const info = readUvarint(blob, version.next + version.value);
  if (!info) return void 0;
  if (info.value > GO_MAX_INFO) return null;
  if (info.next + info.value > blob.length) return void 0;
  let bytes = blob.subarray(info.next, info.next + info.value);
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 10) bytes = bytes.subarray(16, bytes.length - 16);
  const modinfo = bytes.toString("utf8");
  if (!goVersion.startsWith("go") && !goVersion.startsWith("devel")) return null;
  return { goVersion, modinfo };
}
function parseGoModinfo(modinfo, goVersion) {
  const packages = [];
  const toolchain = /^go(\d[^\s]*)/.exec(goVersion)?.[1];
  if (toolchain) packages.push({ ecosystem: "Go", name: "stdlib", version: toolchain, detail: "toolchain" });
  let last;
  const settings = /* @__PURE__ */ new Map();
  for (const line of modinfo.split("\n")) {
    const [kind, modulePath, version] = line.split("	");
    if (kind === "build" && modulePath) {
      const equals = modulePath.indexOf("=");
      if (equals > 0) settings.set(modulePath.slice(0, equals), modulePath.slice(equals + 1));
    } else if ((kind === "mod" || kind === "dep") && modulePath && version) {
      last = { ecosystem: "Go", name: modulePath, version, ...kind === "mod" ? { detail: "main module" } : {} };
      packages.push(last);
    } else if (kind === "=>" && modulePath && last) {
      const replaced = last;
      const index = packages.indexOf(replaced);
      const local = version === void 0 || version === "" || version === "(devel)" || /^(?:\.{1,2}\/|\/)/.test(modulePath);
      packages[index] = local ? { ...replaced, version: "(devel)" } : { ...replaced, name: modulePath, version, replaces: `${replaced.name}@${replaced.version}` };
      last = void 0;
    }
  }
  const main = packages.find((pkg) => pkg.detail === "main module");
  if (main?.version === "(devel)") {
    const version = mainVersionFromSettings(settings, main.name);
    if (version) main.version = version;
  }
  return packages.filter((pkg) => pkg.version !== "(devel)");
}
var SEMVER = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/;
function mainVersionFromSettings(settings, mainModule) {
  const ldflags = settings.get("-ldflags");
  if (ldflags) {
    let text = ldflags;
    if (text.startsWith('"')) {
      try {
        text = JSON.parse(text);
      } catch {
      }
    }
    const words = text.split(/\s+/);
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index];
      const assignment = word === "-X" || word === "--X" ? words[index + 1] : /^--?X=(.+)$/.exec(word)?.[1];
      const match = assignment ? /^([^=]*)\.(?:[vV]ersion|[gG]it[vV]ersion|[bB]uild[vV]ersion|[tT]ag)=['"]?([^'"]+)['"]?$/.exec(assignment) : null;
      const ours = match && (match[1] === "main" || match[1] === mainModule || match[1].startsWith(`${mainModule}/`));
      const version = ours ? SEMVER.exec(match[2])?.[1] : void 0;
      if (version) return `v${version}`;
    }
  }
  const revision = settings.get("vcs.revision");
  const time = settings.get("vcs.time");
  if (settings.get("vcs") === "git" && revision && /^[0-9a-f]{12,}$/.test(revision) && time) {
    const stamp = new Date(time);
    if (!Number.isNaN(stamp.getTime()))
      return `v0.0.0-${stamp.toISOString().replace(/[-:T]|\.\d+Z$/g, "").slice(0, 14)}-${revision.slice(0, 12)}`;
  }
  return void 0;
}
var GoBuildInfoScanner = class {
  offset = 0;
  tail = Buffer.alloc(0);
  collected;
  collectedLength = 0;
  notElf = false;
  result;
  /** The magic with the pre-1.18 pointer form's flags (pointer size 4 or 8, not inline), and no inline blob in the file. */
  pointerForm = false;
  get legacy() {
    return this.pointerForm && !this.result;
  }
  write(chunk) {
    if (this.result || this.notElf) return;
    if (this.offset === 0 && this.tail.length === 0) {
      if (chunk.length >= 4 && !(chunk[0] === 127 && chunk[1] === 69 && chunk[2] === 76 && chunk[3] === 70)) {
        this.notElf = true;
        return;
      }
    }
    if (this.collected) {
      this.offset += chunk.length;
      this.collected.push(chunk);
      this.collectedLength += chunk.length;
      this.tryDecode();
      return;
    }
    const chunkStart = this.offset;
    if (this.tail.length > 0) {
      const across = Buffer.concat([this.tail, chunk.subarray(0, GO_MAGIC.length - 1)]);
      const acrossStart = chunkStart - this.tail.length;
      for (let from = 0; ; ) {
        const found = across.indexOf(GO_MAGIC, from);
        if (found < 0 || found >= this.tail.length) break;
        if ((acrossStart + found) % 16 === 0) return this.collect(Buffer.concat([this.tail.subarray(found), chunk]), chunk.length);
        from = found + 1;
      }
    }
    for (let from = 0; ; ) {
      const found = chunk.indexOf(GO_MAGIC, from);
      if (found < 0) break;
      if ((chunkStart + found) % 16 === 0) return this.collect(chunk.subarray(found), chunk.length);
      from = found + 1;
    }
    this.offset += chunk.length;
    const keep = GO_MAGIC.length - 1;
    this.tail = chunk.length >= keep ? Buffer.from(chunk.subarray(chunk.length - keep)) : Buffer.from(Buffer.concat([this.tail, chunk]).subarray(-keep));
  }
  /** Starts collecting the blob at the magic found (`blob`), the chunk it is in consumed. */
  collect(blob, chunkLength) {
    this.collected = [blob];
    this.collectedLength = blob.length;
    this.offset += chunkLength;
    this.tryDecode();
  }
  tryDecode() {
    const blob = Buffer.concat(this.collected);
    this.collected = [blob];
    const decoded = decodeGoBuildInfo(blob);
    if (decoded === null && blob.length >= 16 && (blob[15] & 2) === 0 && (blob[14] === 4 || blob[14] === 8)) this.pointerForm = true;
    if (decoded) {
      this.result = decoded;
      this.collected = void 0;
    } else if (decoded === null || this.collectedLength > GO_MAX_INFO + 64) {
      this.collected = void 0;
      this.tail = Buffer.alloc(0);
    }
  }
  packages() {
    return this.result ? parseGoModinfo(this.result.modinfo, this.result.goVersion) : [];
  }
};
function parseProperties(text) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (match) values[match[1]] = match[2];
  }
  return values;
}
var ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|kar|rar|nar)$/i;
var MAX_NESTED_ARCHIVE = 512 * 1024 * 1024;
var MAX_NESTED_IN_MEMORY = 16 * 1024 * 1024;
var MAX_DEPTH = 3;
var MAX_PROPERTIES = 64 * 1024;
var MAX_MANIFEST = 1024 * 1024;
var MANIFEST = "META-INF/MANIFEST.MF";
function parseJarManifest(text) {
  const values = {};
  let section = values;
  let sections = 0;
  let last;
  for (const line of text.split(/\r?\n/)) {
    if (line === "") {
      if (sections >= 1 && section !== values) break;
      last = void 0;
      continue;
    }
    if (line.startsWith(" ") && last) {
      section[last] += line.slice(1);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    if (last === "Name" && section === values) {
      section = {};
      sections += 1;
      last = void 0;
      continue;
    }
    if (!(last in section)) section[last] = line.slice(colon + 1).trim();
  }
  const sectionVersion = section !== values ? section["Implementation-Version"] : void 0;
  if (sectionVersion !== void 0 && !("Implementation-Version" in values)) values["Implementation-Version"] = sectionVersion;
  return values;
}
var TOMCAT_DISTRIBUTION = {
  catalina: "tomcat-catalina",
  "catalina-ha": "tomcat-catalina-ha",
  "catalina-tribes": "tomcat-tribes",
  jasper: "tomcat-jasper",
  "jasper-el": "tomcat-jasper-el"
};
var KNOWN_GROUPS = [
  [/^spring-boot(?:-|$)/, "org.springframework.boot"],
  [/^spring-security-/, "org.springframework.security"],
  [/^spring-data-/, "org.springframework.data"],
  [/^spring-(?:cloud)-/, "org.springframework.cloud"],
  [/^spring-(?:batch)-/, "org.springframework.batch"],
  [/^spring-(?:kafka|amqp|rabbit)(?:-|$)/, "org.springframework.kafka"],
  [
    /^spring-(?:core|beans|context|context-support|aop|aspects|expression|jcl|jdbc|jms|messaging|orm|oxm|r2dbc|test|tx|web|webflux|webmvc|websocket|instrument)$/,
    "org.springframework"
  ],
  [/^junit-jupiter(?:-|$)/, "org.junit.jupiter"],
  [/^junit-platform-/, "org.junit.platform"],
  [/^junit-vintage-/, "org.junit.vintage"],
  [/^micrometer-(?:observation|commons|core|registry-[a-z0-9-]+|jakarta9|jetty11|tracing(?:-[a-z0-9-]+)?)$/, "io.micrometer"],
  [/^reactor-(?:core|test|tools|extra)$/, "io.projectreactor"],
  [/^reactor-netty(?:-[a-z]+)?$/, "io.projectreactor.netty"],
  [/^kotlin-/, "org.jetbrains.kotlin"],
  [/^kotlinx-coroutines-/, "org.jetbrains.kotlinx"],
  [/^okhttp(?:-[a-z-]+)?$/, "com.squareup.okhttp3"],
  [/^okio(?:-jvm)?$/, "com.squareup.okio"],
  [/^mockito-/, "org.mockito"],
  [/^hibernate-(?:core|envers|spatial|community-dialects|jcache)$/, "org.hibernate.orm"],
  [/^opentest4j$/, "org.opentest4j"],
  [/^apiguardian-api$/, "org.apiguardian"],
  [/^objenesis$/, "org.objenesis"],
  [/^hamcrest(?:-[a-z]+)?$/, "org.hamcrest"],
  [/^asm(?:-[a-z]+)?$/, "org.ow2.asm"],
  [/^checker-qual$/, "org.checkerframework"],
  // Built by Ant: a manifest, no pom.properties (Spring Boot's web starter ships the first three).
  [/^tomcat-embed-(?:core|el|websocket|jasper)$/, "org.apache.tomcat.embed"],
  [
    /^tomcat-(?:catalina|catalina-ha|coyote|jdbc|juli|util|util-scan|api|jni|jasper|jasper-el|el-api|jsp-api|servlet-api|websocket|websocket-api|websocket-client-api|annotations-api|jaspic-api|dbcp|tribes|i18n-[a-z]{2}(?:-[A-Z]{2})?)$/,
    "org.apache.tomcat"
  ],
  // Gradle-built families checked on Maven Central (2026-12): no pom.properties in their jars.
  [/^kafka-(?:clients|streams)$|^kafka_2\.1[23]$/, "org.apache.kafka"],
  [/^caffeine$/, "com.github.ben-manes.caffeine"],
  [
    /^grpc-(?:api|core|netty|netty-shaded|okhttp|protobuf|protobuf-lite|stub|context|auth|services|util|inprocess|xds|alts|grpclb|googleapis|census|rls|testing)$/,
    "io.grpc"
  ],
  [/^opentelemetry-(?:api|context|sdk|sdk-[a-z-]+|exporter-[a-z-]+|extension-[a-z-]+)$/, "io.opentelemetry"],
  [/^lucene-[a-z0-9-]+$/, "org.apache.lucene"],
  [/^protobuf-(?:java|java-util|javalite|kotlin|kotlin-lite)$/, "com.google.protobuf"],
  [/^elasticsearch-rest-client(?:-sniffer)?$/, "org.elasticsearch.client"],
  [/^elasticsearch-java$/, "co.elastic.clients"],
  [/^ktor-[a-z0-9-]+$/, "io.ktor"]
];
function archiveFileName(fileName) {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1).replace(ARCHIVE, "");
  const match = /^(.+?)-(\d[^/]*)$/.exec(base);
  return match ? { artifact: match[1], version: match[2] } : { artifact: base };
}
var IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function manifestCoordinates(manifest, fileName) {
  const file = archiveFileName(fileName);
  const tomcat = manifest["Implementation-Title"] === "Apache Tomcat" ? TOMCAT_DISTRIBUTION[file.artifact] : void 0;
  if (tomcat) file.artifact = tomcat;
  const title = [manifest["Implementation-Title"], manifest["Bundle-SymbolicName"]?.split(";")[0]?.trim()].find(
    (value) => value !== void 0 && IDENTIFIER.test(value)
  );
  const known = KNOWN_GROUPS.some(([pattern]) => pattern.test(file.artifact));
  const artifact = file.version || !title || known ? file.artifact : title;
  let version = [manifest["Implementation-Version"], manifest["Bundle-Version"], file.version].find(
    (value) => value !== void 0 && /^\d/.test(value) && !/\s/.test(value)
  );
  if (version && file.version && /^\d+(?:\.\d+)*$/.test(file.version) && version.startsWith(`${file.version}-`)) version = file.version;
  if (!artifact || !IDENTIFIER.test(artifact) || !version) return void 0;
  const vendorId = manifest["Implementation-Vendor-Id"];
  const group = vendorId && IDENTIFIER.test(vendorId) && vendorId.includes(".") ? vendorId : KNOWN_GROUPS.find(([pattern]) => pattern.test(artifact))?.[1];
  return { name: group ? `${group}:${artifact}` : artifact, version };
}
var zipModule;
async function openZip(source) {
  const zipLibrary = await (zipModule ??= import("./yauzl-D62Y6YVY.js").then((module) => module.default ?? module));
  return new Promise((resolve, reject) => {
    const done = (error, zip) => error || !zip ? reject(error ?? new Error("not a zip archive")) : resolve(zip);
    if (typeof source === "string") zipLibrary.open(source, { lazyEntries: true, autoClose: false }, done);
    else zipLibrary.fromBuffer(source, { lazyEntries: true }, done);
  });
}
function copyZipEntry(zip, entry, file) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`));
        return;
      }
      const out = language_default.createWriteStream(file, { mode: 384 });
      stream.on("error", (streamError) => {
        out.destroy();
        reject(streamError);
      });
      out.on("error", reject);
      out.on("finish", () => resolve());
      stream.pipe(out);
    });
  });
}
function readZipEntry(zip, entry, limit) {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > limit) {
      reject(new Error(`${entry.fileName} is larger than ${limit} bytes`));
      return;
    }
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`));
        return;
      }
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
      stream.on("error", reject);
    });
  });
}
async function readJavaArchive(source, fileName, depth = 0, skipped = []) {
  const zip = await openZip(source);
  let nestedCount = 0;
  const own = [];
  const nested = [];
  let manifest;
  try {
    await new Promise((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry) => {
        const name = entry.fileName;
        const handle = async () => {
          if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(name)) {
            const properties = parseProperties((await readZipEntry(zip, entry, MAX_PROPERTIES)).toString("utf8"));
            if (properties.groupId && properties.artifactId && properties.version)
              own.push({ ecosystem: "Maven", name: `${properties.groupId}:${properties.artifactId}`, version: properties.version });
          } else if (name === MANIFEST) {
            manifest = parseJarManifest((await readZipEntry(zip, entry, MAX_MANIFEST)).toString("utf8"));
          } else if (ARCHIVE.test(name)) {
            const limit = typeof source === "string" ? MAX_NESTED_ARCHIVE : MAX_NESTED_IN_MEMORY;
            if (depth >= MAX_DEPTH) skipped.push(`${name}: archive nested more than ${MAX_DEPTH} levels deep, not read`);
            else if (entry.uncompressedSize > limit)
              skipped.push(`${name}: nested archive of ${entry.uncompressedSize} bytes, over the ${limit} chaingate reads, not read`);
            else {
              const spilled = typeof source === "string" ? `${source}.${depth}-${nestedCount += 1}` : void 0;
              try {
                if (spilled) await copyZipEntry(zip, entry, spilled);
                const inner = spilled ?? await readZipEntry(zip, entry, limit);
                for (const pkg of await readJavaArchive(inner, name, depth + 1, skipped)) nested.push({ ...pkg, detail: pkg.detail ?? name });
              } catch (error) {
                skipped.push(`${name}: not a readable archive (${error.message}), not read`);
              } finally {
                if (spilled) removeQuietly(spilled);
              }
            }
          }
        };
        handle().then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  const file = archiveFileName(fileName);
  const named = own.some((pkg) => pkg.name.slice(pkg.name.indexOf(":") + 1) === file.artifact);
  if (!named && manifest && (own.length === 0 || file.version !== void 0)) {
    const coordinates = manifestCoordinates(manifest, fileName);
    if (coordinates && !own.some((pkg) => pkg.name.endsWith(`:${coordinates.name}`) && pkg.version === coordinates.version))
      own.unshift({ ecosystem: "Maven", ...coordinates });
  }
  return [...own, ...nested];
}
function isJavaArchive(entryPath) {
  return ARCHIVE.test(entryPath);
}
function removeQuietly(file) {
  try {
    language_default.rmSync(file, { force: true });
  } catch {
  }
}

// src/images/catalog/installed-packages.ts
function parseJson(text) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw Object.assign(new Error(`not JSON: ${jsonErrorMessage(error)}`), { line: jsonErrorLine(text, error) });
  }
}
function rubyString(value) {
  const match = /^\s*(?:"((?:[^"\\#]|\\.)*)"|'((?:[^'\\]|\\.)*)')(?:\.freeze)?\s*$/.exec(value);
  if (!match) return void 0;
  return (match[1] ?? match[2]).replace(/\\(.)/g, "$1");
}
function parseGemspec(text) {
  let name;
  let version;
  const stub = /^# stub: (\S+) (\S+) /m.exec(text);
  if (stub) {
    name = stub[1];
    version = stub[2];
  }
  const assigned = (field) => {
    const match = new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*(.+?)\\s*$`, "m").exec(text);
    if (!match) return void 0;
    const literal = rubyString(match[1]);
    if (literal !== void 0) return literal;
    const wrapped = /^Gem::Version\.new\((.+)\)$/.exec(match[1]);
    return wrapped ? rubyString(wrapped[1]) : void 0;
  };
  name ??= assigned("name");
  version ??= assigned("version");
  if (!name || !version) throw new Error("a gem specification without a literal name and version");
  const licenses = /^\s*\w+\.licenses\s*=\s*\[(.*)\]\s*$/m.exec(text)?.[1];
  const list = licenses?.split(",").map((item) => rubyString(item)).filter((item) => item !== void 0 && item !== "");
  const single = /^\s*\w+\.license\s*=\s*(.+?)\s*$/m.exec(text)?.[1];
  const license = list?.length === 1 ? list[0] : list === void 0 && single ? rubyString(single) : void 0;
  return [{ ecosystem: "RubyGems", name, version, ...license ? { license } : {} }];
}
function parseComposerInstalled(text) {
  const json = parseJson(text);
  const packages = Array.isArray(json) ? json : json?.packages;
  if (!Array.isArray(packages)) throw new Error('no packages list (Composer 2 writes {"packages": [...]}, Composer 1 a list)');
  const found = [];
  for (const item of packages) {
    if (!item || typeof item !== "object") continue;
    const name = typeof item.name === "string" ? item.name : void 0;
    const version = typeof item.version === "string" ? item.version : void 0;
    if (!name || !version) throw new Error(`a package without a name and version (${JSON.stringify(name ?? null)})`);
    const license = licenseExpression(item.license);
    found.push({ ecosystem: "Packagist", name, version, ...license ? { license } : {} });
  }
  return found;
}
function parseDotnetDeps(text) {
  const json = parseJson(text);
  if (!json || typeof json !== "object" || !json.libraries || typeof json.libraries !== "object")
    throw new Error('no libraries (a deps.json lists them under "libraries")');
  const found = [];
  for (const [key, value] of Object.entries(json.libraries)) {
    if (value?.type !== "package") continue;
    const slash = key.lastIndexOf("/");
    if (slash <= 0 || slash === key.length - 1) throw new Error(`library ${JSON.stringify(key)} is not <name>/<version>`);
    found.push({ ecosystem: "NuGet", name: key.slice(0, slash), version: key.slice(slash + 1) });
  }
  return found;
}

// src/images/catalog/rust-audit.ts
import zlib2 from "node:zlib";
var MAX_TAIL = 4 * 1024 * 1024;
var MAX_HEAD = 64 * 1024;
var MAX_JSON = 16 * 1024 * 1024;
var SECTION = ".dep-v0";
var RUST_MARK = Buffer.from("/rustc/");
function parseElfHead(head) {
  if (head.length < 64) return void 0;
  if (head.readUInt32BE(0) !== 2135247942) return null;
  const elfClass = head[4];
  if (head[5] !== 1 || elfClass !== 1 && elfClass !== 2) return null;
  const is64 = elfClass === 2;
  const phoff = is64 ? Number(head.readBigUInt64LE(32)) : head.readUInt32LE(28);
  const shoff = is64 ? Number(head.readBigUInt64LE(40)) : head.readUInt32LE(32);
  const phentsize = head.readUInt16LE(is64 ? 54 : 42);
  const phnum = head.readUInt16LE(is64 ? 56 : 44);
  const shentsize = head.readUInt16LE(is64 ? 58 : 46);
  const shnum = head.readUInt16LE(is64 ? 60 : 48);
  const shstrndx = head.readUInt16LE(is64 ? 62 : 50);
  if (shoff === 0 || shnum === 0 || shentsize < (is64 ? 64 : 40) || phentsize < (is64 ? 56 : 32)) return null;
  if (phoff + phnum * phentsize > MAX_HEAD) return null;
  if (head.length < phoff + phnum * phentsize) return void 0;
  let tailStart = 0;
  for (let index = 0; index < phnum; index += 1) {
    const base = phoff + index * phentsize;
    if (head.readUInt32LE(base) !== 1) continue;
    const offset = is64 ? Number(head.readBigUInt64LE(base + 8)) : head.readUInt32LE(base + 4);
    const size = is64 ? Number(head.readBigUInt64LE(base + 32)) : head.readUInt32LE(base + 16);
    tailStart = Math.max(tailStart, offset + size);
  }
  return { is64, shoff, shentsize, shnum, shstrndx, tailStart: Math.min(tailStart, shoff) };
}
var RustAuditScanner = class {
  head = [];
  headLength = 0;
  layout;
  offset = 0;
  tail = [];
  tailLength = 0;
  /** File offset of the first kept byte. */
  tailFrom = 0;
  /** Whether the Rust mark was seen; until then nothing is kept. */
  rust = false;
  /** The last bytes of the previous chunk, for a mark split across two chunks. */
  carry;
  write(chunk) {
    if (this.layout === null) return;
    const start = this.offset;
    this.offset += chunk.length;
    if (this.layout === void 0) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      const first = this.head.length === 1 ? chunk : Buffer.concat(this.head, Math.min(this.headLength, MAX_HEAD));
      this.layout = parseElfHead(first.length > MAX_HEAD ? first.subarray(0, MAX_HEAD) : first);
      if (this.layout === void 0 && this.headLength >= MAX_HEAD) this.layout = null;
      if (!this.layout) {
        if (this.layout === null) this.head = [];
        return;
      }
      const held = this.head;
      this.head = [];
      let at = 0;
      for (const piece of held) {
        this.keep(piece, at);
        at += piece.length;
      }
      return;
    }
    this.keep(chunk, start);
  }
  /** Keeps what of `chunk` (at file offset `start`) is past the loadable segments, the last MAX_TAIL bytes of it. */
  keep(chunk, start) {
    const layout = this.layout;
    if (!this.rust) {
      if (start < layout.tailStart) {
        const across = this.carry ? Buffer.concat([this.carry, chunk.subarray(0, RUST_MARK.length - 1)]) : void 0;
        this.rust = chunk.indexOf(RUST_MARK) >= 0 || across !== void 0 && across.indexOf(RUST_MARK) >= 0;
        this.carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (RUST_MARK.length - 1))));
      }
      if (!this.rust) return;
    }
    const end = start + chunk.length;
    const from = Math.max(start, layout.tailStart);
    if (from >= end) return;
    if (this.tailLength === 0) this.tailFrom = from;
    this.tail.push(Buffer.from(chunk.subarray(from - start)));
    this.tailLength += end - from;
    while (this.tailLength > MAX_TAIL) {
      const over = this.tailLength - MAX_TAIL;
      const first = this.tail[0];
      if (first.length <= over) this.tail.shift();
      else this.tail[0] = first.subarray(over);
      const dropped = Math.min(first.length, over);
      this.tailLength -= dropped;
      this.tailFrom += dropped;
    }
  }
  /** The crates, or the reason they could not be read; nothing for a binary without cargo-auditable's section. */
  finish() {
    const layout = this.layout;
    if (!layout) return { packages: [] };
    const tail = Buffer.concat(this.tail);
    this.tail = [];
    const at = (offset, length) => offset >= this.tailFrom && offset + length <= this.tailFrom + tail.length ? tail.subarray(offset - this.tailFrom, offset - this.tailFrom + length) : void 0;
    const section = (index) => {
      const header = at(layout.shoff + index * layout.shentsize, layout.shentsize);
      if (!header) return void 0;
      return layout.is64 ? { name: header.readUInt32LE(0), offset: Number(header.readBigUInt64LE(24)), size: Number(header.readBigUInt64LE(32)) } : { name: header.readUInt32LE(0), offset: header.readUInt32LE(16), size: header.readUInt32LE(20) };
    };
    const names = section(layout.shstrndx);
    const strings = names ? at(names.offset, names.size) : void 0;
    if (!strings) return { packages: [] };
    for (let index = 0; index < layout.shnum; index += 1) {
      const header = section(index);
      if (!header || header.name >= strings.length) continue;
      const end = strings.indexOf(0, header.name);
      if (strings.toString("latin1", header.name, end < 0 ? strings.length : end) !== SECTION) continue;
      const compressed = at(header.offset, header.size);
      if (!compressed)
        return { packages: [], problem: `cargo-auditable's ${SECTION} section is more than ${MAX_TAIL} bytes before the end of the file: not read` };
      try {
        return { packages: parseAuditData(compressed) };
      } catch (error) {
        return { packages: [], problem: error.message };
      }
    }
    return { packages: [] };
  }
};
function parseAuditData(compressed) {
  let json;
  try {
    json = JSON.parse(zlib2.inflateSync(compressed, { maxOutputLength: MAX_JSON }).toString("utf8"));
  } catch (error) {
    throw new Error(`cargo-auditable's ${SECTION} section is not zlib-compressed JSON: ${error.message}`, { cause: error });
  }
  const packages = json.packages;
  if (!Array.isArray(packages)) throw new Error(`cargo-auditable's ${SECTION} section has no packages list`);
  const found = [];
  for (const entry of packages) {
    if (typeof entry?.name !== "string" || typeof entry.version !== "string" || !entry.name || !entry.version) continue;
    if (entry.kind === "build") continue;
    found.push({ ecosystem: "crates.io", name: entry.name, version: entry.version });
  }
  return found;
}

// src/images/catalog/os-release.ts
function parseOsRelease(text, filePath) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\([$"\\`])/g, "$1");
    }
    values[match[1]] = value;
  }
  return {
    id: (values.ID ?? "linux").toLowerCase(),
    idLike: (values.ID_LIKE ?? "").split(/\s+/).filter(Boolean).map((like) => like.toLowerCase()),
    ...values.VERSION_ID || values.BUILD_ID ? { versionId: values.VERSION_ID || values.BUILD_ID } : {},
    ...values.VERSION_CODENAME ? { versionCodename: values.VERSION_CODENAME } : {},
    ...values.PRETTY_NAME ? { prettyName: values.PRETTY_NAME } : {},
    path: filePath
  };
}
function distroEcosystem(distro) {
  const version = distro.versionId;
  const major = version?.split(".")[0];
  switch (distro.id) {
    case "debian":
      return major && /^\d+$/.test(major) ? `Debian:${major}` : "Debian";
    case "ubuntu":
      return ubuntuEcosystem(version, distro.prettyName !== void 0 ? { prettyName: distro.prettyName } : {});
    case "alpine": {
      const release = /^(\d+\.\d+)(?:\.\d+)*$/.exec(version ?? "");
      return release ? `Alpine:v${release[1]}` : "Alpine";
    }
    case "wolfi":
      return "Wolfi";
    case "chainguard":
      return "Chainguard";
    case "rocky":
      return major ? `Rocky Linux:${major}` : "Rocky Linux";
    case "almalinux":
      return major ? `AlmaLinux:${major}` : "AlmaLinux";
    case "rhel":
      return "Red Hat";
    case "sles":
    case "sled":
    case "sle-micro":
      return productEcosystem("SUSE", distro.prettyName);
    case "photon":
      return version && /^\d+(?:\.\d+)?$/.test(version) ? `Photon OS:${version.includes(".") ? version : `${version}.0`}` : "Photon OS";
    case "mageia":
      return major ? `Mageia:${major}` : "Mageia";
    case "openeuler":
      return openEulerEcosystem(distro);
    case "fedora":
      return major ? `Fedora:${major}` : "Fedora";
    case "centos":
      return major ? `CentOS:${major}` : "CentOS";
    case "amzn":
      return major ? `Amazon Linux:${major}` : "Amazon Linux";
    case "mariner":
      return major ? `CBL-Mariner:${major}` : "CBL-Mariner";
    case "azurelinux":
      return major ? `Azure Linux:${major}` : "Azure Linux";
    default:
      if (distro.id.startsWith("opensuse")) return productEcosystem("openSUSE", distro.prettyName);
      if (distro.idLike.includes("debian")) return "Debian";
      if (distro.idLike.includes("alpine")) return "Alpine";
      return distro.id;
  }
}
function productEcosystem(vendor, prettyName) {
  const name = prettyName?.trim() ?? "";
  const product = name.startsWith(`${vendor} `) ? name.slice(vendor.length + 1).trim() : name;
  return product ? `${vendor}:${product}` : vendor;
}
function openEulerEcosystem(distro) {
  const pretty = /^openEuler\s+(\d{2}\.\d{2})(?:\s*\((LTS(?:[- ]SP\d+)?)\))?$/.exec(distro.prettyName?.trim() ?? "");
  if (pretty) return `openEuler:${pretty[1]}${pretty[2] ? `-${pretty[2].replace(" ", "-")}` : ""}`;
  return distro.versionId ? `openEuler:${distro.versionId}` : "openEuler";
}
function distroQualifier(distro) {
  return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id;
}

// src/images/catalog/rpm-manifest.ts
var RpmManifestError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "RpmManifestError";
  }
  line;
};
function parseRpmManifest(text) {
  const packages = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].replace(/\r$/, "");
    if (line.trim() === "") continue;
    const fields = line.split("	");
    if (fields.length !== 10) throw new RpmManifestError(`${fields.length} tab-separated fields where container-manifest-2 has 10`, index + 1);
    const [name, versionRelease, , , , epochColumn, , arch, epochNumber, sourceRpm] = fields;
    const dash = versionRelease.lastIndexOf("-");
    if (!name || dash <= 0 || dash === versionRelease.length - 1)
      throw new RpmManifestError(`package ${JSON.stringify(name)}: ${JSON.stringify(versionRelease)} is not VERSION-RELEASE`, index + 1);
    const epochText = /^\d+$/.test(epochColumn ?? "") ? epochColumn : epochNumber;
    if (!/^\d+$/.test(epochText)) throw new RpmManifestError(`package ${name}: epoch ${JSON.stringify(epochText)} is not a number`, index + 1);
    const epoch = Number(epochText);
    packages.push({
      name,
      version: versionRelease.slice(0, dash),
      release: versionRelease.slice(dash + 1),
      ...epoch > 0 || /^\d+$/.test(epochColumn ?? "") ? { epoch } : {},
      ...arch && arch !== "(none)" ? { arch } : {},
      ...sourceRpm && sourceRpm !== "(none)" ? { sourceRpm } : {},
      files: [],
      line: index + 1
    });
  }
  return packages;
}

// src/images/catalog/index.ts
var OS_RELEASE_PATHS = ["etc/os-release", "usr/lib/os-release"];
var DPKG_STATUS = "var/lib/dpkg/status";
var APK_INSTALLED = "lib/apk/db/installed";
var CHISEL_MANIFEST = "var/lib/chisel/manifest.wall";
var RPM_MANIFEST = "var/lib/rpmmanifest/container-manifest-2";
var DPKG_STATUS_D = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
var DPKG_LIST = /^var\/lib\/dpkg\/info\/[^/]+\.list$/;
var DPKG_COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
var DPKG_DOC_DIR = /^usr\/share\/doc\/[^/]+$/;
var RPM_DB = /^(?:var\/lib|usr\/lib\/sysimage|usr\/share)\/rpm\/(rpmdb\.sqlite|Packages\.db|Packages)$/;
var RUBY_GEMSPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/;
var COMPOSER_INSTALLED = /(?:^|\/)vendor\/composer\/installed\.json$/;
var DOTNET_DEPS = /[^/]\.deps\.json$/;
var BITNAMI_SPDX = /^opt\/bitnami\/(?:[^/]+\/)*\.spdx-[^/]+\.spdx$/;
var NPM_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/;
var NPM_APP_MANIFEST = /(?:^|\/)package\.json$/;
var NPM_LINK = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*$/;
var PYTHON_METADATA = /(?:\.dist-info\/METADATA|\.egg-info\/PKG-INFO|\.egg-info|\.egg\/EGG-INFO\/PKG-INFO)$/;
function isLanguageFile(file) {
  const slash = file.lastIndexOf("/");
  const base = file.slice(slash + 1);
  if (base.endsWith(".jar") || base.endsWith(".war") || base.endsWith(".ear")) return true;
  if (base === "package.json" && file.includes("node_modules/")) return true;
  if (base.endsWith(".gemspec") && file.includes("specifications/") && RUBY_GEMSPEC.test(file)) return true;
  if ((base === "installed.json" || base.endsWith(".deps.json")) && (COMPOSER_INSTALLED.test(file) || DOTNET_DEPS.test(file))) return true;
  if (file.includes(".dist-info") && /\.dist-info(?:\/|$)/.test(file)) return true;
  if (file.includes(".egg-info") && /\.egg-info(?:\/|$)/.test(file)) return true;
  if (file.startsWith("bin/") || file.startsWith("sbin/") || file.includes("/bin/") || file.includes("/sbin/") || file.includes("/libexec/")) return true;
  const dir = file.slice(0, slash + 1);
  return base !== "" && !base.includes(".") && (dir.startsWith("lib/") || dir.includes("/lib/"));
}
var NOT_GO_BINARY = /\.(?:so(?:\.[0-9.]+)?|a|o|ko|debug|py|pyc|js|json|txt|md|html|css|xml|ya?ml|gz|xz|zst|bz2|zip|jar|png|svg|mo|h)$/i;
var MAX_TEXT = 64 * 1024 * 1024;
var MAX_SMALL = 1024 * 1024;
var ParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "ParseError";
  }
  line;
};
function bufferSink(limit, parse) {
  return bytesSink(limit, (bytes) => parse(bytes.toString("utf8")));
}
function bytesSink(limit, parse) {
  const chunks = [];
  let length = 0;
  return {
    write(chunk) {
      length += chunk.length;
      if (length > limit) throw new Error(`larger than the ${limit} bytes chaingate reads`);
      chunks.push(chunk);
    },
    async end() {
      return structuredClone(await parse(Buffer.concat(chunks)));
    }
  };
}
function fileSink(tempDir, parse) {
  const file = path.join(tempDir, `f${Math.random().toString(36).slice(2)}`);
  const fd = catalog_default.openSync(file, "w", 384);
  let closed = false;
  const close = () => {
    if (!closed) catalog_default.closeSync(fd);
    closed = true;
  };
  return {
    write(chunk) {
      try {
        catalog_default.writeSync(fd, chunk);
      } catch (error) {
        close();
        removeQuietly(file);
        throw error;
      }
    },
    async end() {
      close();
      try {
        return await parse(file);
      } finally {
        removeQuietly(file);
      }
    }
  };
}
function lineOf(error) {
  return error.line;
}
function wrapLine(run) {
  try {
    return run();
  } catch (error) {
    throw new ParseError(error.message, lineOf(error));
  }
}
function linesSink(line, finish) {
  let rest;
  return {
    write(chunk) {
      const bytes = rest ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
        line(bytes, start, newline);
        start = newline + 1;
      }
      rest = start < bytes.length ? Buffer.from(bytes.subarray(start)) : void 0;
      if (rest && rest.length > MAX_SMALL) throw new Error(`a line longer than ${MAX_SMALL} bytes`);
    },
    async end() {
      if (rest) line(rest, 0, rest.length);
      return finish();
    }
  };
}
function ownedLinesSink(strip) {
  const paths = [];
  return linesSink(
    (bytes, start, end) => {
      const owned = strip(bytes.toString("utf8", start, end));
      if (owned && isLanguageFile(owned)) paths.push(bytes.toString("utf8", end - Buffer.byteLength(owned), end));
    },
    () => ({ kind: "owned", paths })
  );
}
function copyrightSink() {
  const kept = [];
  return linesSink(
    (bytes, start, end) => {
      const first = bytes[start];
      if (first === 32 || first === 9) {
        for (let index = start; index < end; index += 1) if (bytes[index] !== 32 && bytes[index] !== 9 && bytes[index] !== 13) return;
      }
      kept.push(bytes.toString("utf8", start, end));
    },
    () => {
      const license = debianCopyrightLicense(kept.join("\n"));
      return { kind: "dpkg-copyright", ...license ? { license } : {} };
    }
  );
}
var DATABASE_DIRS = [
  "etc",
  "usr/lib",
  "var/lib/dpkg",
  "var/lib/dpkg/status.d",
  "lib/apk/db",
  "var/lib/rpm",
  "usr/lib/sysimage/rpm",
  "usr/share/rpm",
  "var/lib/chisel",
  "var/lib/rpmmanifest"
];
var DATABASE_DIR_PREFIXES = new Set(DATABASE_DIRS.flatMap((dir) => dir.split("/").map((_, index, parts) => parts.slice(0, index + 1).join("/"))));
var DATABASE_NAMES = /* @__PURE__ */ new Set(["os-release", "status", "installed", "rpmdb.sqlite", "Packages.db", "Packages", "manifest.wall", "container-manifest-2"]);
function databaseAliases(view) {
  const aliases = /* @__PURE__ */ new Map();
  for (const dir of DATABASE_DIRS) {
    const real = path.posix.dirname(view.realPath(`${dir}/-`));
    if (real === dir || real === "." || aliases.has(real)) continue;
    for (const noted of view.noted) {
      if (noted.startsWith(`${real}/`) && !noted.slice(real.length + 1).includes("/") && !view.entries.has(noted)) {
        aliases.set(real, dir);
        break;
      }
    }
  }
  return aliases;
}
function aliasedSelection(selection, aliases) {
  return {
    wantsLink: (entryPath) => selection.wantsLink(entryPath),
    notes: (entryPath) => selection.notes?.(entryPath) ?? false,
    handlerFor(entry) {
      const handler = selection.handlerFor(entry);
      if (handler) return handler;
      const dir = aliases.get(path.posix.dirname(entry.path));
      return dir ? selection.handlerFor({ ...entry, path: `${dir}/${path.posix.basename(entry.path)}` }) : void 0;
    }
  };
}
function catalogSelection(options) {
  const wantedLinks = /* @__PURE__ */ new Set([...OS_RELEASE_PATHS, DPKG_STATUS, APK_INSTALLED, CHISEL_MANIFEST, RPM_MANIFEST, ...DATABASE_DIR_PREFIXES]);
  return {
    wantsLink: (entryPath) => wantedLinks.has(entryPath) || RPM_DB.test(entryPath) || DPKG_DOC_DIR.test(entryPath) || DPKG_COPYRIGHT.test(entryPath) || // Not the links inside pnpm's store (`.pnpm/<id>/node_modules/<dep>`: one per dependency of each package).
    options.languages && entryPath.includes("node_modules/") && !entryPath.includes(".pnpm/") && NPM_LINK.test(entryPath),
    notes: (entryPath) => DATABASE_NAMES.has(path.posix.basename(entryPath)) || path.posix.basename(path.posix.dirname(entryPath)) === "status.d",
    handlerFor(entry) {
      const entryPath = entry.path;
      if (OS_RELEASE_PATHS.includes(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "os-release", distro: parseOsRelease(text, entryPath) }));
      if (entryPath === DPKG_STATUS) return () => bufferSink(MAX_TEXT, (text) => ({ kind: "dpkg", packages: wrapLine(() => parseDpkgStatus(text)) }));
      if (DPKG_STATUS_D.test(entryPath)) {
        if (entryPath.endsWith(".md5sums")) return options.languages ? () => ownedLinesSink((line) => /^[0-9a-f]{32}\s+(.+)$/.exec(line)?.[1]) : void 0;
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "dpkg", packages: wrapLine(() => parseDpkgStatus(text)) }));
      }
      if (DPKG_COPYRIGHT.test(entryPath)) return copyrightSink;
      if (entryPath === APK_INSTALLED)
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "apk", packages: wrapLine(() => parseApkInstalled(text, isLanguageFile)) }));
      if (entryPath === CHISEL_MANIFEST)
        return () => bytesSink(MAX_TEXT, (bytes) => {
          const manifest = wrapLine(() => parseChiselManifest(bytes, options.languages ? isLanguageFile : () => false, MAX_TEXT));
          return { kind: "chisel", packages: manifest.packages, paths: manifest.paths };
        });
      if (entryPath === RPM_MANIFEST)
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "rpm", format: "rpm-manifest", packages: wrapLine(() => parseRpmManifest(text)) }));
      const rpm = RPM_DB.exec(entryPath);
      if (rpm) {
        if (rpm[1] === "rpmdb.sqlite")
          return () => fileSink(options.tempDir, async (file) => ({ kind: "rpm", format: "rpmdb-sqlite", packages: await readRpmSqlite(file, isLanguageFile) }));
        if (rpm[1] === "Packages.db")
          return () => fileSink(options.tempDir, (file) => ({ kind: "rpm", format: "rpmdb-ndb", packages: readRpmNdb(file, isLanguageFile) }));
        return () => fileSink(options.tempDir, (file) => ({ kind: "rpm", format: "rpmdb-bdb", packages: readRpmBerkeleyDb(file, isLanguageFile) }));
      }
      if (!options.languages) return void 0;
      if (DPKG_LIST.test(entryPath)) return () => ownedLinesSink((line) => line.replace(/^\//, "") || void 0);
      if (NPM_MANIFEST.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "language", format: "image-npm", packages: parseNpmPackageJson(text) }));
      if (NPM_APP_MANIFEST.test(entryPath) && !entryPath.includes("node_modules/") && entry.size <= MAX_SMALL)
        return () => bufferSink(MAX_SMALL, (text) => {
          try {
            return { kind: "language", format: "image-npm-app", packages: parseNpmPackageJson(text) };
          } catch {
            return { kind: "none" };
          }
        });
      if (entryPath.endsWith(".gemspec") && RUBY_GEMSPEC.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "language", format: "image-gemspec", packages: wrapLine(() => parseGemspec(text)) }));
      if (entryPath.endsWith("installed.json") && COMPOSER_INSTALLED.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "language", format: "image-composer", packages: wrapLine(() => parseComposerInstalled(text)) }));
      if (entryPath.endsWith(".deps.json") && DOTNET_DEPS.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "language", format: "image-dotnet-deps", packages: wrapLine(() => parseDotnetDeps(text)) }));
      if (entryPath.startsWith("opt/bitnami/") && BITNAMI_SPDX.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "language", format: "image-bitnami", packages: wrapLine(() => parseBitnamiSpdx(text)) }));
      if (PYTHON_METADATA.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "language", format: "image-python", packages: parsePythonMetadata(text) }));
      if (isJavaArchive(entryPath))
        return () => fileSink(options.tempDir, async (file) => {
          const skipped = [];
          return { kind: "language", format: "image-java", packages: await readJavaArchive(file, entryPath, 0, skipped), skipped };
        });
      if (entry.size >= 1024 && ((entry.mode & 73) !== 0 || !NOT_GO_BINARY.test(entryPath))) {
        return () => {
          const scanner = new GoBuildInfoScanner();
          const rust = new RustAuditScanner();
          return {
            write: (chunk) => {
              scanner.write(chunk);
              if (!scanner.result) rust.write(chunk);
            },
            end: async () => {
              if (scanner.result) return { kind: "language", format: "image-go", packages: scanner.packages() };
              const crates = rust.finish();
              if (crates.packages.length > 0 || crates.problem)
                return { kind: "language", format: "image-rust", packages: crates.packages, ...crates.problem ? { skipped: [crates.problem] } : {} };
              if (scanner.legacy)
                return {
                  kind: "language",
                  format: "image-go",
                  packages: [],
                  skipped: ["Go binary built by Go < 1.18 (build info in the pointer form): its modules are not read"]
                };
              return { kind: "none" };
            }
          };
        };
      }
      return void 0;
    }
  };
}
function osSettled(view) {
  const etc = view.resolve("etc/os-release");
  const distroSettled = etc !== void 0 && view.isSettled("etc/os-release") || view.isDecided("etc/os-release") && view.isSettled("usr/lib/os-release");
  if (!distroSettled) return false;
  for (const entryPath of [
    DPKG_STATUS,
    APK_INSTALLED,
    CHISEL_MANIFEST,
    RPM_MANIFEST,
    "var/lib/rpm/rpmdb.sqlite",
    "usr/lib/sysimage/rpm/rpmdb.sqlite",
    "var/lib/rpm/Packages.db",
    "usr/lib/sysimage/rpm/Packages.db",
    "var/lib/rpm/Packages"
  ]) {
    if (view.resolve(entryPath)) return true;
  }
  return false;
}
function canonical(entryPath) {
  return entryPath.replace(/^\/+/, "").replace(/^(bin|sbin|lib|lib32|lib64|libx32)\//, "usr/$1/");
}
var FAMILY = { dpkg: "Debian", apk: "Alpine", rpm: "Red Hat", chisel: "Ubuntu" };
var DATABASES_READ = "a dpkg status or status.d, an apk installed database, an rpm database, a Chisel manifest (var/lib/chisel/manifest.wall) or an rpm container-manifest-2";
function assembleCatalog(view) {
  const inventory = { packages: [], edges: [], files: [], problems: [] };
  const problems = inventory.problems;
  let distro;
  for (const candidate of OS_RELEASE_PATHS) {
    const found = view.resolve(candidate);
    if (found?.entry.type === "file" && found.entry.value.kind === "os-release") {
      distro = found.entry.value.distro;
      break;
    }
  }
  const ecosystem = distro ? distroEcosystem(distro) : void 0;
  const distroQualifierValue = distro ? distroQualifier(distro) : void 0;
  const owned = /* @__PURE__ */ new Set();
  const language = [];
  let missingDistroReported = false;
  const debPackage = (eco, entryPath, layer, pkg, upstream, source, license) => osPackage(
    distro?.id === "ubuntu" && eco.startsWith("Ubuntu:") && pkg.version.includes("+esm") ? ubuntuEcosystem(distro.versionId, { version: pkg.version, ...distro.prettyName !== void 0 ? { prettyName: distro.prettyName } : {} }) : eco,
    pkg.name,
    pkg.version,
    { path: entryPath, line: pkg.line },
    layer,
    { ...pkg.arch ? { arch: pkg.arch } : {}, ...distroQualifierValue ? { distro: distroQualifierValue } : {}, ...upstream ? { upstream } : {} },
    source,
    pkg.arch,
    license
  );
  const osEcosystem = (db, filePath) => {
    if (ecosystem) return ecosystem;
    if (!missingDistroReported)
      problems.push({ path: filePath, format: db, message: "no os-release in the image: the distribution (and so the advisories that apply) is unknown" });
    missingDistroReported = true;
    return FAMILY[db];
  };
  const entries = [...view.entries.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const linkedDirs = /* @__PURE__ */ new Set();
  let databases = 0;
  for (const [entryPath, entry] of entries) {
    if (entry.type === "symlink") {
      if (entryPath.includes("node_modules/") && NPM_LINK.test(entryPath)) {
        const target = entry.target.startsWith("/") ? entry.target : path.posix.join(path.posix.dirname(entryPath), entry.target);
        linkedDirs.add(`${path.posix.normalize(target).replace(/^\/+/, "").replace(/\/+$/, "")}/`);
      }
      continue;
    }
    const layer = entry.layer;
    if (entry.type === "error") {
      if (DATABASE_NAMES.has(path.posix.basename(entryPath)) || DPKG_STATUS_D.test(entryPath)) databases += 1;
      problems.push({ path: entryPath, ...entry.line ? { line: entry.line } : {}, format: "image", message: entry.message });
      continue;
    }
    const kept = entry.value;
    if (kept.kind === "dpkg" || kept.kind === "apk" || kept.kind === "rpm" || kept.kind === "chisel") databases += 1;
    switch (kept.kind) {
      case "dpkg": {
        const eco = osEcosystem("dpkg", entryPath);
        for (const pkg of kept.packages) {
          const upstream = pkg.source && pkg.source !== pkg.name ? pkg.sourceVersion ? `${pkg.source}@${pkg.sourceVersion}` : pkg.source : pkg.sourceVersion ? `${pkg.name}@${pkg.sourceVersion}` : void 0;
          const source = { name: pkg.source ?? pkg.name, ...pkg.sourceVersion && pkg.sourceVersion !== pkg.version ? { version: pkg.sourceVersion } : {} };
          inventory.packages.push(debPackage(eco, entryPath, layer, pkg, upstream, source, dpkgLicense(view, pkg.name)));
        }
        inventory.files.push({
          path: entryPath,
          format: DPKG_STATUS_D.test(entryPath) ? "dpkg-status.d" : "dpkg-status",
          ecosystem: eco,
          packages: kept.packages.length
        });
        break;
      }
      case "apk": {
        const eco = osEcosystem("apk", entryPath);
        for (const pkg of kept.packages) {
          inventory.packages.push(
            osPackage(
              eco,
              pkg.name,
              pkg.version,
              { path: entryPath, line: pkg.line },
              layer,
              {
                ...pkg.arch ? { arch: pkg.arch } : {},
                ...distroQualifierValue ? { distro: distroQualifierValue } : {},
                ...pkg.origin && pkg.origin !== pkg.name ? { upstream: pkg.origin } : {}
              },
              { name: pkg.origin ?? pkg.name },
              pkg.arch,
              pkg.license
            )
          );
          for (const file of pkg.files) owned.add(canonical(file));
        }
        inventory.files.push({ path: entryPath, format: "apk-installed", ecosystem: eco, packages: kept.packages.length });
        break;
      }
      case "chisel": {
        const eco = osEcosystem("chisel", entryPath);
        for (const pkg of kept.packages) inventory.packages.push(debPackage(eco, entryPath, layer, pkg, void 0, { name: pkg.name, unrecorded: true }));
        for (const file of kept.paths) owned.add(canonical(file));
        inventory.files.push({ path: entryPath, format: "chisel-manifest", ecosystem: eco, packages: kept.packages.length });
        break;
      }
      case "rpm": {
        const eco = osEcosystem("rpm", entryPath);
        let index = 0;
        for (const pkg of kept.packages) {
          index += 1;
          const line = pkg.line ?? index;
          const version = `${pkg.epoch !== void 0 ? `${pkg.epoch}:` : ""}${pkg.version}-${pkg.release}`;
          const qualifiers = {
            ...pkg.arch ? { arch: pkg.arch } : {},
            ...pkg.epoch !== void 0 ? { epoch: String(pkg.epoch) } : {},
            ...distroQualifierValue ? { distro: distroQualifierValue } : {},
            ...pkg.sourceRpm ? { upstream: pkg.sourceRpm } : {}
          };
          const purl = purlFor(eco, pkg.name, `${pkg.version}-${pkg.release}`, qualifiers);
          inventory.packages.push({
            ...osPackage(
              eco,
              pkg.name,
              version,
              { path: entryPath, line },
              layer,
              {},
              pkg.sourceRpm ? { name: sourceRpmName(pkg.sourceRpm) } : { name: pkg.name },
              pkg.arch,
              pkg.license
            ),
            ...purl ? { purl } : {}
          });
          for (const file of pkg.files) owned.add(canonical(file));
        }
        inventory.files.push({ path: entryPath, format: kept.format, ecosystem: eco, packages: kept.packages.length });
        break;
      }
      case "owned":
        for (const file of kept.paths) owned.add(canonical(file));
        break;
      case "language":
        language.push({ path: entryPath, layer: entry.layer, format: kept.format, packages: kept.packages, ...kept.skipped ? { skipped: kept.skipped } : {} });
        break;
      default:
        break;
    }
  }
  const fromDpkg = new Set(inventory.packages.filter((pkg) => pkg.location.path.startsWith("var/lib/dpkg/")).map((pkg) => `${pkg.name}\0${pkg.version}`));
  if (fromDpkg.size > 0)
    inventory.packages = inventory.packages.filter((pkg) => !(pkg.location.path === CHISEL_MANIFEST && fromDpkg.has(`${pkg.name}\0${pkg.version}`)));
  if (distro && databases === 0) {
    const releasePath = OS_RELEASE_PATHS.find((candidate) => view.resolve(candidate)?.entry.type === "file") ?? OS_RELEASE_PATHS[0];
    problems.push({
      path: releasePath,
      format: "image",
      message: `the image is ${distro.prettyName ?? distro.id} but has no package database chaingate reads (${DATABASES_READ}): its OS packages are not known`
    });
  }
  let ownedLanguagePackages = 0;
  const npmDirs = /* @__PURE__ */ new Set();
  for (const found of language)
    if (found.format === "image-npm" && found.packages.length > 0) npmDirs.add(found.path.slice(0, found.path.indexOf("node_modules/")));
  for (const found of language) {
    if (found.format === "image-npm-app") {
      const dir2 = found.path.slice(0, found.path.length - "package.json".length);
      if (!npmDirs.has(dir2) && !linkedDirs.has(dir2)) continue;
    }
    const file = canonical(found.path);
    const dir = path.posix.dirname(file);
    if (owned.has(file) || /\.(dist|egg)-info$/.test(dir) && owned.has(dir)) {
      ownedLanguagePackages += found.packages.length;
      continue;
    }
    for (const message of found.skipped ?? []) problems.push({ path: found.path, format: found.format, message });
    if (found.packages.length === 0) continue;
    for (const pkg of found.packages) {
      const purl = languagePurl(pkg);
      inventory.packages.push({
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...purl ? { purl } : {},
        scope: "runtime",
        direct: null,
        source: "registry",
        ...pkg.license ? { license: pkg.license } : {},
        ...pkg.replaces ? { replaces: pkg.replaces } : {},
        location: { path: found.path, line: 1 },
        layer: found.layer
      });
    }
    inventory.files.push({ path: found.path, format: found.format, ecosystem: found.packages[0].ecosystem, packages: found.packages.length });
  }
  return { inventory, ...distro ? { distro } : {}, ...ecosystem ? { ecosystem } : {}, ownedLanguagePackages };
}
function dpkgLicense(view, name) {
  const found = view.resolve(`usr/share/doc/${name}/copyright`);
  if (found?.entry.type !== "file") return void 0;
  const kept = found.entry.value;
  return kept.kind === "dpkg-copyright" ? kept.license : void 0;
}
function languagePurl(pkg) {
  if (pkg.purl) return pkg.purl;
  if (pkg.ecosystem === "Maven" && !pkg.name.includes(":")) return void 0;
  try {
    return purlFor(pkg.ecosystem, pkg.name, pkg.version);
  } catch {
    return void 0;
  }
}
function osPackage(ecosystem, name, version, location, layer, qualifiers, sourcePackage, arch, license) {
  const purl = purlFor(ecosystem, name, version, qualifiers);
  return {
    ecosystem,
    name,
    version,
    ...purl ? { purl } : {},
    scope: "runtime",
    direct: null,
    source: "registry",
    ...license ? { license } : {},
    location,
    sourcePackage,
    ...arch ? { arch } : {},
    ...layer ? { layer } : {}
  };
}

// src/images/layers.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import crypto from "node:crypto";
import path2 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import v8 from "node:v8";
import vm from "node:vm";
import zlib3 from "node:zlib";
var LayerDigestError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LayerDigestError";
  }
};
function normalizeEntryPath(name) {
  const normalized = path2.posix.normalize(`/${name}`).slice(1);
  return normalized.endsWith("/") ? normalized.slice(0, -1) : normalized;
}
var collector;
var COLLECT_EVERY = 4 * 1024 * 1024;
var PROMOTED_LIMIT = 8 * 1024 * 1024;
var HELD_CHECKS = 3;
var sinceCollect = 0;
var heapAfterMajor = 0;
var heldChecks = 0;
function exposedCollector() {
  if (collector === void 0) {
    collector = globalThis.gc ?? null;
    if (!collector) {
      try {
        v8.setFlagsFromString("--expose-gc");
        collector = vm.runInNewContext("gc");
      } catch {
        collector = null;
      }
    }
  }
  return collector;
}
function collectGarbage() {
  const collect = exposedCollector();
  if (!collect) return;
  collect({ type: "minor" });
  const { arrayBuffers, heapUsed } = process.memoryUsage();
  heldChecks = arrayBuffers > PROMOTED_LIMIT ? heldChecks + 1 : 0;
  if (heldChecks >= HELD_CHECKS || heapUsed - heapAfterMajor > PROMOTED_LIMIT) {
    heldChecks = 0;
    collect({ type: "major" });
    heapAfterMajor = process.memoryUsage().heapUsed;
  }
}
function collectFully() {
  exposedCollector()?.({ type: "major" });
  heldChecks = 0;
  heapAfterMajor = process.memoryUsage().heapUsed;
}
var CHUNK = 256 * 1024;
function countForCollection(bytes) {
  sinceCollect += bytes;
  if (sinceCollect >= COLLECT_EVERY) {
    sinceCollect = 0;
    collectGarbage();
  }
}
var BlobTap = class extends Transform {
  constructor(count) {
    super();
    this.count = count;
  }
  count;
  hash = crypto.createHash("sha256");
  bytes = 0;
  parts = [];
  pending = 0;
  resolveHead;
  /** The first chunk passed on (at least CHUNK bytes unless the blob is smaller), to see the magic bytes. */
  head = new Promise((resolve) => this.resolveHead = resolve);
  _transform(chunk, _encoding, callback) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.count?.(chunk.length);
    countForCollection(chunk.length);
    this.parts.push(chunk);
    this.pending += chunk.length;
    if (this.pending >= CHUNK) this.release();
    callback();
  }
  _flush(callback) {
    if (this.pending > 0) this.release();
    this.resolveHead(Buffer.alloc(0));
    callback();
  }
  release() {
    const out = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.pending);
    this.parts = [];
    this.pending = 0;
    this.resolveHead(out);
    this.push(out);
  }
};
var HashTap = class extends Transform {
  hash = crypto.createHash("sha256");
  _transform(chunk, _encoding, callback) {
    process.nextTick(() => {
      if (this.destroyed) return;
      this.hash.update(chunk);
      countForCollection(chunk.length);
      callback(null, chunk);
    });
  }
};
function decompressorFor(head) {
  if (head[0] === 31 && head[1] === 139) return zlib3.createGunzip({ chunkSize: CHUNK });
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return zlib3.createZstdDecompress({ chunkSize: CHUNK });
  return void 0;
}
var OPAQUE = ".wh..wh..opq";
function brokenOff(where, reason) {
  const cause = reason;
  const broken = new Error(`${where}: reading the blob broke off (${typeof cause?.message === "string" ? cause.message : String(cause)})`, { cause });
  return Object.assign(broken, { code: cause?.code });
}
async function scanLayer(layer, selection, again = false) {
  const scan = { entries: /* @__PURE__ */ new Map(), whiteouts: /* @__PURE__ */ new Set(), opaque: /* @__PURE__ */ new Set(), bytes: 0, noted: /* @__PURE__ */ new Set() };
  const opened = await layer.open();
  const compressed = new BlobTap(opened.count);
  const uncompressed = new HashTap();
  const extract = import_tar_stream.default.extract();
  const links = [];
  extract.on("entry", (header, stream, next) => {
    const entryPath = normalizeEntryPath(header.name);
    const base = path2.posix.basename(entryPath);
    const dir = path2.posix.dirname(entryPath);
    const done = (error) => next(error);
    if (base.startsWith(".wh.")) {
      if (base === OPAQUE) scan.opaque.add(dir === "." ? "" : entryPath.slice(0, -OPAQUE.length - 1));
      else if (!base.startsWith(".wh..wh.") && base.length > 4) scan.whiteouts.add(dir === "." ? base.slice(4) : `${dir}/${base.slice(4)}`);
      stream.on("end", done).resume();
      return;
    }
    if (header.type === "symlink") {
      if (selection.wantsLink(entryPath)) scan.entries.set(entryPath, { type: "symlink", layer: layer.diffId, target: header.linkname });
      stream.on("end", done).resume();
      return;
    }
    if (header.type === "link") {
      if (selection.wantsLink(entryPath) || selection.handlerFor({ path: entryPath, size: 0, mode: header.mode ?? 0 }))
        links.push({ path: entryPath, target: normalizeEntryPath(header.linkname) });
      if (selection.notes?.(entryPath)) scan.noted.add(entryPath);
      stream.on("end", done).resume();
      return;
    }
    const info = { path: entryPath, size: header.size ?? 0, mode: header.mode ?? 0 };
    const regular = header.type === "file" || header.type === "contiguous-file";
    if (regular && selection.notes?.(entryPath)) scan.noted.add(entryPath);
    const handler = regular ? selection.handlerFor(info) : void 0;
    if (!handler) {
      stream.on("end", done).resume();
      return;
    }
    let sink;
    let failure;
    try {
      sink = handler(info);
    } catch (error) {
      scan.entries.set(entryPath, { type: "error", layer: layer.diffId, message: error instanceof Error ? error.message : String(error) });
      stream.on("end", done).resume();
      return;
    }
    stream.on("data", (chunk) => {
      if (failure !== void 0) return;
      try {
        sink.write(chunk);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    });
    stream.on("end", () => {
      const finish = failure !== void 0 ? Promise.reject(new Error(failure)) : sink.end();
      finish.then(
        (value) => {
          scan.entries.set(entryPath, { type: "file", layer: layer.diffId, value });
          done();
        },
        (error) => {
          const line = error?.line;
          scan.entries.set(entryPath, {
            type: "error",
            layer: layer.diffId,
            message: error instanceof Error ? error.message : String(error),
            ...typeof line === "number" ? { line } : {}
          });
          done();
        }
      );
    });
  });
  const download = pipeline(opened.stream, compressed);
  const where = `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`;
  const head = await Promise.race([compressed.head, download.then(() => compressed.head)]).catch((error) => {
    throw brokenOff(where, error);
  });
  const decompressor = decompressorFor(head);
  const stages = decompressor ? [decompressor, uncompressed] : [uncompressed];
  const [received, read] = await Promise.allSettled([download, pipeline(compressed, ...stages, extract)]);
  if (received.status === "rejected" && (read.status === "fulfilled" || read.reason?.code === "ERR_STREAM_PREMATURE_CLOSE"))
    throw brokenOff(where, received.reason);
  if (read.status === "rejected") {
    const reason = read.reason;
    if (reason && reason.code !== "ERR_STREAM_PREMATURE_CLOSE" && typeof reason.message === "string")
      throw new LayerDigestError(`${where}: cannot be read as a layer (${reason.message}): the blob is corrupt or not what its digest names`);
    throw read.reason;
  }
  scan.bytes = compressed.bytes;
  const blobDigest = `sha256:${compressed.hash.digest("hex")}`;
  const diffId = `sha256:${uncompressed.hash.digest("hex")}`;
  if (layer.digest?.startsWith("sha256:") && layer.digest !== blobDigest) throw new LayerDigestError(`${where}: the blob has digest ${blobDigest}`);
  if (layer.size !== void 0 && layer.digest && layer.size !== compressed.bytes)
    throw new LayerDigestError(`${where}: the blob has ${compressed.bytes} bytes, the manifest says ${layer.size}`);
  if (layer.diffId.startsWith("sha256:") && layer.diffId !== diffId)
    throw new LayerDigestError(`${where}: the uncompressed tar has digest ${diffId}, the config's diff_id is ${layer.diffId}`);
  const unread = links.filter((link) => !scan.entries.has(link.target) && !scan.entries.has(link.path));
  if (unread.length > 0 && !again) {
    const targets = /* @__PURE__ */ new Map();
    for (const link of unread) if (!targets.has(link.target)) targets.set(link.target, link.path);
    const onlyForLinks = /* @__PURE__ */ new Set();
    const again2 = await scanLayer(
      layer,
      {
        wantsLink: (entryPath) => selection.wantsLink(entryPath),
        notes: (entryPath) => selection.notes?.(entryPath) ?? false,
        handlerFor: (entry) => {
          const own = selection.handlerFor(entry);
          const as = targets.get(entry.path);
          if (own || !as) return own;
          onlyForLinks.add(entry.path);
          return selection.handlerFor({ ...entry, path: as });
        }
      },
      true
    );
    for (const target of onlyForLinks) again2.entries.delete(target);
    return again2;
  }
  for (const link of links) {
    const target = scan.entries.get(link.target);
    if (target) scan.entries.set(link.path, target);
  }
  return scan;
}
var MergedView = class {
  entries = /* @__PURE__ */ new Map();
  hidden = /* @__PURE__ */ new Set();
  opaque = /* @__PURE__ */ new Set();
  /** Noted files of the layers read (`Selection.notes`), not hidden by a layer above. */
  noted = /* @__PURE__ */ new Set();
  layersRead = 0;
  /**
   * The path with the recorded symlinks of its parent directories followed (`var/lib/dpkg` → `/usr/lib/dpkg`,
   * usr-merged `lib` → `usr/lib`); the last component is left as it is.
   */
  realPath(entryPath) {
    let parts = entryPath.split("/").filter(Boolean);
    let hops = 0;
    for (let index = 0; index < parts.length - 1; index += 1) {
      const prefix = parts.slice(0, index + 1).join("/");
      const entry = this.entries.get(prefix);
      if (entry?.type !== "symlink" || hops >= 16) continue;
      hops += 1;
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(prefix);
      const target = normalizeEntryPath(path2.posix.join(base, entry.target));
      parts = [...target.split("/").filter(Boolean), ...parts.slice(index + 1)];
      index = -1;
    }
    return parts.join("/");
  }
  /** Hidden by a whiteout or opaque directory of a layer above those read into the view so far. */
  isHidden(entryPath) {
    let current = entryPath;
    if (this.hidden.has(current)) return true;
    for (; ; ) {
      const slash = current.lastIndexOf("/");
      const parent = slash < 0 ? "" : current.slice(0, slash);
      if (this.opaque.has(parent)) return true;
      if (slash < 0) return false;
      if (this.hidden.has(parent)) return true;
      current = parent;
    }
  }
  /** Decided: a higher layer has it, or hides it. */
  isDecided(entryPath) {
    return this.entries.has(entryPath) || this.isHidden(entryPath);
  }
  /** Adds the next lower layer. */
  add(scan) {
    for (const entryPath of scan.noted) if (!this.isHidden(entryPath)) this.noted.add(entryPath);
    for (const [entryPath, entry] of scan.entries) {
      if (!this.entries.has(entryPath) && !this.isHidden(entryPath)) this.entries.set(entryPath, entry);
    }
    for (const entryPath of scan.whiteouts) this.hidden.add(entryPath);
    for (const dir of scan.opaque) this.opaque.add(dir);
    this.layersRead += 1;
  }
  /** The entry at a path, following recorded symlinks (at most 8). */
  resolve(entryPath) {
    let current = entryPath;
    for (let hops = 0; hops < 8; hops += 1) {
      let entry = this.entries.get(current);
      if (!entry) {
        current = this.realPath(current);
        entry = this.entries.get(current);
      }
      if (!entry) return void 0;
      if (entry.type !== "symlink") return { path: current, entry };
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(current);
      current = normalizeEntryPath(path2.posix.join(base, entry.target));
    }
    return void 0;
  }
  /** Whether a path is settled: decided, and when a symlink, its target too. */
  isSettled(entryPath) {
    let current = entryPath;
    for (let hops = 0; hops < 8; hops += 1) {
      if (!this.isDecided(current)) return false;
      const entry = this.entries.get(current);
      if (!entry || entry.type !== "symlink") return true;
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(current);
      current = normalizeEntryPath(path2.posix.join(base, entry.target));
    }
    return true;
  }
};

// src/images/source.ts
import crypto2 from "node:crypto";

// fs-without-es-facade:src/images/source.ts
var fs4 = process.getBuiltinModule("node:fs");
var source_default = fs4;

// src/images/source.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
import os from "node:os";
import path3 from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import zlib4 from "node:zlib";
var INDEX_TYPES = /* @__PURE__ */ new Set(["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set(["application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.v2+json"]);
var MAX_JSON_BYTES = 4 * 1024 * 1024;
var SCHEMA1_TYPES = /* @__PURE__ */ new Set(["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"]);
var IMAGE_CONFIG_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.oci.image.config.v1+json",
  "application/vnd.docker.container.image.v1+json",
  "application/octet-stream",
  "application/json"
]);
var FOREIGN_LAYER = /^application\/vnd\.(?:docker\.image\.rootfs\.foreign\.diff\.tar|oci\.image\.layer\.nondistributable\.v1\.tar)/;
var LAYER_TYPE = /[./+-]tar(?:[.+](?:gzip|zstd))?$|^application\/octet-stream$/;
var MAX_INDEX_DEPTH = 4;
function sha256(data) {
  return `sha256:${crypto2.createHash("sha256").update(data).digest("hex")}`;
}
function parseJson2(bytes, what) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw new ConfigurationError(`${what} is not a JSON object`);
}
function mediaTypeOf(body, fallback) {
  if (typeof body.mediaType === "string" && body.mediaType) return body.mediaType;
  if (Array.isArray(body.manifests)) return "application/vnd.oci.image.index.v1+json";
  if (body.config && typeof body.config === "object") return "application/vnd.oci.image.manifest.v1+json";
  return fallback?.split(";")[0].trim() || "application/vnd.oci.image.manifest.v1+json";
}
function pickPlatform(index, platform, where) {
  const entries = (index.manifests ?? []).filter((entry) => typeof entry?.digest === "string");
  const images = entries.filter(
    (entry) => (!entry.mediaType || MANIFEST_TYPES.has(entry.mediaType) || INDEX_TYPES.has(entry.mediaType)) && // buildx's attestation manifests (platform unknown/unknown) describe an image, they are not one.
    entry.annotations?.["vnd.docker.reference.type"] === void 0
  );
  const available = images.filter((entry) => entry.platform && entry.platform.os !== "unknown").map(
    (entry) => formatPlatform({
      os: entry.platform.os ?? "?",
      architecture: entry.platform.architecture ?? "?",
      ...entry.platform.variant ? { variant: entry.platform.variant } : {}
    })
  );
  const descriptor = images.find((entry) => platformMatches(entry.platform, platform)) ?? images.find((entry) => !entry.platform && entry.mediaType !== void 0 && INDEX_TYPES.has(entry.mediaType));
  if (!descriptor)
    throw new ConfigurationError(
      `${where}: no image for platform ${formatPlatform(platform)} in the index (it has ${available.length > 0 ? available.join(", ") : "none"}); choose one with --platform`
    );
  return { descriptor, available };
}
function checkManifest(body, mediaType, where) {
  if (body.schemaVersion === 1 || SCHEMA1_TYPES.has(mediaType))
    throw new ConfigurationError(
      `${where}: a Docker image manifest schema 1, which chaingate does not read (deprecated since 2017; push the image again with a current client, or copy it with skopeo, to get schema 2 or OCI)`
    );
  if (INDEX_TYPES.has(mediaType)) return;
  const config = body.config;
  if (!config || typeof config.digest !== "string") throw new ConfigurationError(`${where}: the manifest has no config (not an image)`);
  if (config.mediaType && !IMAGE_CONFIG_TYPES.has(config.mediaType))
    throw new ConfigurationError(`${where}: not a container image (config media type ${JSON.stringify(config.mediaType)})`);
}
function layersOf(manifest, config, where) {
  const descriptors = manifest.layers ?? [];
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (!Array.isArray(descriptors) || !Array.isArray(diffIds))
    throw new ConfigurationError(`${where}: the manifest's layers or the config's diff_ids are not lists`);
  if (descriptors.length !== diffIds.length)
    throw new ConfigurationError(`${where}: the manifest lists ${descriptors.length} layers but the config ${diffIds.length} diff_ids`);
  for (const descriptor of descriptors) {
    if (typeof descriptor?.digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(descriptor.digest))
      throw new ConfigurationError(`${where}: a layer has no sha256 digest`);
    if (descriptor.mediaType && !LAYER_TYPE.test(descriptor.mediaType) && !FOREIGN_LAYER.test(descriptor.mediaType))
      throw new ConfigurationError(`${where}: layer ${descriptor.digest} has media type ${JSON.stringify(descriptor.mediaType)}, which chaingate does not read`);
  }
  return { descriptors, diffIds };
}
function foreignOf(descriptor) {
  if (!descriptor.mediaType || !FOREIGN_LAYER.test(descriptor.mediaType)) return {};
  return { foreign: Array.isArray(descriptor.urls) ? descriptor.urls.filter((url) => typeof url === "string") : [] };
}
async function descend(top, load, platform, where) {
  let current = top;
  let indexDigest;
  let available = [];
  for (let depth = 0; ; depth += 1) {
    checkManifest(current.body, current.mediaType, where);
    if (!INDEX_TYPES.has(current.mediaType)) return { manifest: current, ...indexDigest ? { indexDigest } : {}, available };
    if (depth >= MAX_INDEX_DEPTH) throw new ConfigurationError(`${where}: indexes nested more than ${MAX_INDEX_DEPTH} deep`);
    if (!indexDigest && current.digest) indexDigest = current.digest;
    const picked = pickPlatform(current.body, platform, where);
    available = picked.available;
    current = await load(picked.descriptor);
  }
}
async function resolveImage(reference, options) {
  if (reference.kind === "registry") return resolveRegistry(reference, options);
  if (reference.kind === "oci") return resolveLayout(reference, options.platform);
  return resolveArchive(reference, options.platform);
}
function registryCredentials(name, options) {
  const env = options.env ?? process.env;
  if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) return { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD };
  return readDockerCredentials(name, options.dockerConfig ?? env.DOCKER_CONFIG);
}
async function resolveRegistry(reference, options) {
  const key = `${reference.registry}/${reference.repository}`;
  const reader = (options.pool ?? new RegistryPool()).reader(key, options.credentials ? await options.credentials(key) : registryCredentials(key, options));
  const start = reader.bytesRead;
  const where = reference.text;
  const top = await reader.manifest(reference.digest ?? reference.tag);
  if (!top) throw new ConfigurationError(`${where}: no such image in the registry`);
  const { manifest, indexDigest, available } = await descend(
    { ...top, mediaType: mediaTypeOf(top.body, top.mediaType) },
    async (descriptor) => {
      const child = await reader.manifest(descriptor.digest);
      if (!child) throw new ConfigurationError(`${where}: the index names ${descriptor.digest}, which the registry does not have`);
      return { ...child, mediaType: mediaTypeOf(child.body, descriptor.mediaType ?? child.mediaType) };
    },
    options.platform,
    where
  );
  const configDescriptor = manifest.body.config;
  const config = parseJson2(await reader.blob(configDescriptor.digest, MAX_JSON_BYTES), `${where}: config`);
  const { descriptors, diffIds } = layersOf(manifest.body, config, where);
  const registryReader = reader;
  return {
    reference: reference.text,
    digest: manifest.digest,
    ...indexDigest ? { indexDigest } : {},
    platform: platformOf(config, options.platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((descriptor, index) => ({
      index,
      digest: descriptor.digest,
      diffId: diffIds[index],
      ...descriptor.mediaType ? { mediaType: descriptor.mediaType } : {},
      ...typeof descriptor.size === "number" ? { size: descriptor.size } : {},
      ...foreignOf(descriptor),
      open: async () => {
        const { stream, count } = await registryReader.blobStream(descriptor.digest);
        return { stream, count };
      }
    })),
    bytesRead: () => registryReader.bytesRead - start,
    close: async () => void 0
  };
}
function platformOf(config, asked) {
  if (!config.os || !config.architecture) return asked;
  return { os: config.os, architecture: config.architecture, ...config.variant ? { variant: config.variant } : {} };
}
var FileCounter = class {
  bytes = 0;
  read(file, limit, what) {
    let stat;
    try {
      stat = source_default.statSync(file);
    } catch {
      throw new ConfigurationError(`${what}: missing`, { file });
    }
    if (stat.size > limit) throw new ConfigurationError(`${what} is ${stat.size} bytes, more than the ${limit} chaingate reads`, { file });
    const bytes = source_default.readFileSync(file);
    this.bytes += bytes.length;
    return bytes;
  }
  async *stream(file, start, end) {
    for await (const chunk of source_default.createReadStream(file, { start, end, highWaterMark: 64 * 1024 })) {
      this.bytes += chunk.length;
      yield chunk;
    }
  }
  /** A layer blob (or part of a file), read in 1 MB chunks, counted by whoever reads it. */
  layer(file, start, end) {
    return {
      stream: source_default.createReadStream(file, { ...start !== void 0 ? { start } : {}, ...end !== void 0 ? { end } : {}, highWaterMark: 1024 * 1024 }),
      count: (bytes) => {
        this.bytes += bytes;
      }
    };
  }
};
async function resolveLayout(reference, platform) {
  const dir = reference.dir;
  const where = reference.text;
  const files = new FileCounter();
  if (!source_default.existsSync(path3.join(dir, "oci-layout"))) throw new ConfigurationError(`not an OCI image layout (no oci-layout file)`, { file: dir });
  const blobPath = (digest) => {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
    if (!match) throw new ConfigurationError(`${where}: unsupported digest ${JSON.stringify(digest)}`);
    return path3.join(dir, "blobs", match[1], match[2]);
  };
  const indexFile = path3.join(dir, "index.json");
  return resolveLayoutStore(
    {
      index: async () => files.read(indexFile, MAX_JSON_BYTES, "index.json"),
      blob: async (digest, what) => {
        const bytes = files.read(blobPath(digest), MAX_JSON_BYTES, what);
        if (digest.startsWith("sha256:") && sha256(bytes) !== digest)
          throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file: blobPath(digest) });
        return bytes;
      },
      layer: (digest) => files.layer(blobPath(digest)),
      indexFile,
      files,
      close: async () => void 0
    },
    where,
    reference.tag,
    platform
  );
}
async function resolveLayoutStore(store, where, wantedTag, platform) {
  const { files, indexFile } = store;
  const top = parseJson2(await store.index(), `${where}: index.json`);
  const entries = (top.manifests ?? []).filter((entry) => typeof entry?.digest === "string");
  const refName = (entry) => entry.annotations?.["org.opencontainers.image.ref.name"];
  const tagOf = (entry) => refName(entry) ?? entry.annotations?.["io.containerd.image.name"];
  let candidates = entries;
  if (wantedTag) {
    const tag = wantedTag;
    candidates = entries.filter((entry) => refName(entry) === tag);
    if (candidates.length === 0)
      candidates = entries.filter((entry) => {
        const name = tagOf(entry);
        return name !== void 0 && (name === tag || name.endsWith(`:${tag}`) || name.endsWith(`/${tag}`));
      });
  }
  const tags = [...new Set(entries.map(tagOf).filter((name) => name !== void 0))];
  if (candidates.length === 0)
    throw new ConfigurationError(
      wantedTag ? `${where}: no image tagged ${JSON.stringify(wantedTag)} in index.json (it has ${tags.length > 0 ? tags.join(", ") : "no tagged image"})` : `${where}: index.json lists no image`,
      { file: indexFile }
    );
  if (!wantedTag && tags.length > 1)
    throw new ConfigurationError(`${where}: index.json holds several images (${tags.join(", ")}); name one with oci:DIR:TAG`, { file: indexFile });
  const load = async (entry) => {
    const body2 = parseJson2(await store.blob(entry.digest, `${where}: manifest`), `${where}: manifest ${entry.digest}`);
    return { digest: entry.digest, mediaType: mediaTypeOf(body2, entry.mediaType), body: body2 };
  };
  const first = candidates.length === 1 ? await load(candidates[0]) : { digest: "", mediaType: INDEX_TYPES.values().next().value, body: { manifests: candidates } };
  const { manifest, indexDigest, available } = await descend(first, load, platform, where);
  const body = manifest.body;
  const descriptor = { digest: manifest.digest };
  const configDescriptor = body.config;
  const config = parseJson2(await store.blob(configDescriptor.digest, `${where}: config`), `${where}: config`);
  const { descriptors, diffIds } = layersOf(body, config, where);
  return {
    reference: where,
    digest: descriptor.digest,
    ...indexDigest ? { indexDigest } : {},
    platform: platformOf(config, platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((layer, index) => ({
      index,
      digest: layer.digest,
      diffId: diffIds[index],
      ...layer.mediaType ? { mediaType: layer.mediaType } : {},
      ...typeof layer.size === "number" ? { size: layer.size } : {},
      ...foreignOf(layer),
      open: async () => store.layer(layer.digest)
    })),
    bytesRead: () => files.bytes,
    close: () => store.close()
  };
}
async function indexTarball(file, files) {
  const entries = /* @__PURE__ */ new Map();
  const extract = import_tar_stream2.default.extract();
  const done = new Promise((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      if (header.type === "file" || header.type === "contiguous-file")
        entries.set(path3.posix.normalize(header.name).replace(/^\.\//, ""), { offset: stream.offset + 512, size: header.size });
      stream.on("end", () => next());
      stream.resume();
    });
    extract.on("finish", () => resolve());
    extract.on("error", reject);
  });
  const input = source_default.createReadStream(file, { highWaterMark: 1024 * 1024 });
  input.on("data", (chunk) => {
    files.bytes += chunk.length;
  });
  input.on("error", (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    await done;
  } catch (error) {
    throw new ConfigurationError(`not a readable tar archive: ${error.message}`, { file });
  }
  return entries;
}
function comparableName(name) {
  const parsed = parseImageRef(name);
  return parsed.ok ? parsed.ref.canonical : name;
}
async function resolveArchive(reference, platform) {
  const files = new FileCounter();
  if (!source_default.existsSync(reference.file)) throw new ConfigurationError("no such file", { file: reference.file });
  const unpacked = await decompressedArchive(reference.file, files);
  const file = unpacked?.file ?? reference.file;
  try {
    return await readArchive(reference, file, files, platform, unpacked?.cleanup);
  } catch (error) {
    unpacked?.cleanup();
    if (error instanceof ConfigurationError && unpacked && error.file === file) throw new ConfigurationError(error.message, { file: reference.file });
    throw error;
  }
}
async function decompressedArchive(file, files) {
  const head = Buffer.alloc(4);
  const fd = source_default.openSync(file, "r");
  try {
    source_default.readSync(fd, head, 0, 4, 0);
  } finally {
    source_default.closeSync(fd);
  }
  const gzip = head[0] === 31 && head[1] === 139;
  const zstd = head.readUInt32LE(0) === 4247762216;
  if (!gzip && !zstd) return void 0;
  const dir = source_default.mkdtempSync(path3.join(os.tmpdir(), "chaingate-archive-"));
  const cleanup = () => source_default.rmSync(dir, { recursive: true, force: true });
  const target = path3.join(dir, "archive.tar");
  try {
    await pipeline2(Readable.from(files.stream(file)), gzip ? zlib4.createGunzip() : zlib4.createZstdDecompress(), source_default.createWriteStream(target, { mode: 384 }));
  } catch (error) {
    cleanup();
    throw new ConfigurationError(`not a readable ${gzip ? "gzip" : "zstd"}-compressed archive: ${error.message}`, { file });
  }
  return { file: target, cleanup };
}
async function readArchive(reference, file, files, platform, cleanup) {
  const where = reference.text;
  const entries = await indexTarball(file, files);
  const readEntry = async (name, what) => {
    const entry = entries.get(name);
    if (!entry) throw new ConfigurationError(`${what}: ${name} is not in the archive`, { file });
    if (entry.size > MAX_JSON_BYTES) throw new ConfigurationError(`${what}: ${name} is larger than ${MAX_JSON_BYTES} bytes`, { file });
    const chunks = [];
    if (entry.size > 0) for await (const chunk of files.stream(file, entry.offset, entry.offset + entry.size - 1)) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  if (!entries.has("manifest.json")) {
    if (!entries.has("index.json") || !entries.has("oci-layout"))
      throw new ConfigurationError(`${where}: no manifest.json in the archive (not a docker save archive)`, { file });
    const blobEntry = (digest) => {
      const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
      const entry = match ? entries.get(`blobs/${match[1]}/${match[2]}`) : void 0;
      if (!entry) throw new ConfigurationError(`${where}: blob ${digest} is not in the archive`, { file });
      return entry;
    };
    return resolveLayoutStore(
      {
        index: () => readEntry("index.json", "index.json"),
        blob: async (digest, what) => {
          blobEntry(digest);
          const bytes = await readEntry(`blobs/${digest.replace(":", "/")}`, what);
          if (digest.startsWith("sha256:") && sha256(bytes) !== digest)
            throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file });
          return bytes;
        },
        layer: (digest) => {
          const entry = blobEntry(digest);
          return entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) };
        },
        indexFile: file,
        files,
        close: async () => cleanup?.()
      },
      where,
      reference.name?.startsWith("@") ? void 0 : reference.name,
      platform
    );
  }
  let manifestJson;
  try {
    manifestJson = JSON.parse((await readEntry("manifest.json", "docker-archive")).toString("utf8"));
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${where}: manifest.json is not JSON`, { file });
  }
  if (!Array.isArray(manifestJson) || manifestJson.length === 0) throw new ConfigurationError(`${where}: manifest.json lists no image`, { file });
  const images = manifestJson;
  const tagsOf = (candidate) => Array.isArray(candidate?.RepoTags) ? candidate.RepoTags : [];
  const listed = () => images.map((candidate, index) => `@${index}${tagsOf(candidate).length > 0 ? ` (${tagsOf(candidate).join(", ")})` : ""}`).join(", ");
  let image = images[0];
  if (reference.name) {
    const at = /^@(\d+)$/.exec(reference.name);
    const wanted = at ? void 0 : comparableName(reference.name);
    const named = at ? images[Number(at[1])] : images.find((candidate) => tagsOf(candidate).some((tag) => comparableName(tag) === wanted));
    if (!named) throw new ConfigurationError(`${where}: no image ${JSON.stringify(reference.name)} in the archive (it has ${listed()})`, { file });
    image = named;
  } else if (images.length > 1) {
    throw new ConfigurationError(`${where}: the archive holds ${images.length} images (${listed()}); name one (docker-archive:FILE:NAME:TAG or :@N)`, { file });
  }
  if (!image.Config || !Array.isArray(image.Layers)) throw new ConfigurationError(`${where}: manifest.json entry has no Config or Layers`, { file });
  const configBytes = await readEntry(image.Config, "docker-archive config");
  const configDigest = sha256(configBytes);
  const expected = /([0-9a-f]{64})(?:\.json)?$/.exec(image.Config)?.[1];
  if (expected && `sha256:${expected}` !== configDigest) throw new ConfigurationError(`${where}: config ${image.Config} has digest ${configDigest}`, { file });
  const config = parseJson2(configBytes, `${where}: config`);
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== image.Layers.length)
    throw new ConfigurationError(`${where}: manifest.json lists ${image.Layers.length} layers but the config ${diffIds.length} diff_ids`, { file });
  const layers = image.Layers.map((name, index) => {
    const normalized = path3.posix.normalize(name).replace(/^\.\//, "");
    const entry = entries.get(normalized);
    if (!entry) throw new ConfigurationError(`${where}: layer ${name} is not in the archive`, { file });
    const blobDigest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(normalized)?.[1];
    return {
      index,
      ...blobDigest ? { digest: `sha256:${blobDigest}` } : {},
      diffId: diffIds[index],
      size: entry.size,
      open: async () => entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) }
    };
  });
  return {
    reference: where,
    digest: configDigest,
    platform: platformOf(config, platform),
    available: [],
    config,
    configDigest,
    layers,
    bytesRead: () => files.bytes,
    close: async () => cleanup?.()
  };
}

// src/images/index.ts
var CUT = /* @__PURE__ */ new Set(["ECONNRESET", "ETIMEDOUT", "EPIPE", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE"]);
async function catalogImage(referenceText, options = {}) {
  const reference = parseImageReference(referenceText);
  const platform = options.platform ?? DEFAULT_PLATFORM;
  const languages = options.languages ?? true;
  const image = await resolveImage(reference, {
    platform,
    ...options.env ? { env: options.env } : {},
    ...options.dockerConfig ? { dockerConfig: options.dockerConfig } : {},
    ...options.pool ? { pool: options.pool } : {},
    ...options.credentials ? { credentials: options.credentials } : {}
  });
  const tempDir = images_default.mkdtempSync(path4.join(os2.tmpdir(), "chaingate-image-"));
  const cache = options.layerCache ?? /* @__PURE__ */ new Map();
  const releaseTune = holdImageStreamingTune();
  try {
    const selection = catalogSelection({ languages, tempDir });
    const view = new MergedView();
    let stoppedEarly = false;
    const scanOf = (index) => {
      const layer = image.layers[index];
      if (layer.foreign) return Promise.resolve({ entries: /* @__PURE__ */ new Map(), whiteouts: /* @__PURE__ */ new Set(), opaque: /* @__PURE__ */ new Set(), bytes: 0, noted: /* @__PURE__ */ new Set() });
      const key = `${layer.digest ?? layer.diffId}|${layer.diffId}|${languages ? "all" : "os"}`;
      let scan = cache.get(key);
      if (!scan) {
        scan = scanLayer(layer, selection).catch((error) => {
          if (!CUT.has(String(error?.code))) throw error;
          return scanLayer(layer, selection);
        });
        cache.set(key, scan);
        scan.catch(() => cache.delete(key));
      }
      return scan;
    };
    for (let index = image.layers.length - 1; index >= 0; index -= 1) {
      if (!languages && osSettled(view)) {
        stoppedEarly = true;
        break;
      }
      view.add(await scanOf(index));
    }
    let merged = view;
    const aliases = databaseAliases(view);
    if (aliases.size > 0) {
      const aliased = aliasedSelection(selection, aliases);
      const real = [...aliases.keys()];
      merged = new MergedView();
      for (let index = image.layers.length - 1; index >= 0; index -= 1) {
        const first = await scanOf(index);
        const again = [...first.noted].some((noted) => real.includes(path4.posix.dirname(noted)));
        merged.add(again ? await scanLayer(image.layers[index], aliased) : first);
      }
    }
    const assembled = assembleCatalog(merged);
    collectFully();
    for (const layer of image.layers) {
      if (!layer.foreign) continue;
      assembled.inventory.problems.push({
        path: `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`,
        format: "image",
        message: `a foreign (non-distributable) layer, not fetched${layer.foreign.length > 0 ? ` (its publisher serves it from ${layer.foreign.join(", ")})` : ""}: the packages it holds are unknown`
      });
    }
    const sizes = image.layers.map((layer) => layer.size);
    return {
      reference: image.reference,
      digest: image.digest,
      ...image.indexDigest ? { indexDigest: image.indexDigest } : {},
      platform: formatPlatform(image.platform),
      available: image.available,
      ...image.config.created ? { created: image.config.created } : {},
      ...assembled.distro ? { distro: assembled.distro } : {},
      ...assembled.ecosystem ? { ecosystem: assembled.ecosystem } : {},
      inventory: assembled.inventory,
      layers: { total: image.layers.length, read: view.layersRead, stoppedEarly },
      bytesRead: image.bytesRead(),
      ...sizes.every((size) => size !== void 0) ? { imageBytes: sizes.reduce((sum, size) => sum + size, 0) } : {},
      ownedLanguagePackages: assembled.ownedLanguagePackages
    };
  } finally {
    releaseTune();
    await image.close();
    images_default.rmSync(tempDir, { recursive: true, force: true });
  }
}

export {
  catalogImage
};
