import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// fs-without-es-facade:src/images/catalog/rpm.ts
var fs = process.getBuiltinModule("node:fs");
var rpm_default = fs;

// src/images/catalog/rpm.ts
var keepAll = () => true;
var TAG = {
  name: 1e3,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
  dirIndexes: 1116,
  baseNames: 1117,
  dirNames: 1118
};
var TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 };
function parseRpmHeader(blob, keep = keepAll) {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  if (data.length < 8) throw new Error("rpm header blob shorter than 8 bytes");
  const indexCount = data.readUInt32BE(0);
  const dataLength = data.readUInt32BE(4);
  const storeStart = 8 + indexCount * 16;
  if (indexCount > 1e5 || storeStart + dataLength > data.length)
    throw new Error(`rpm header blob of ${data.length} bytes cannot hold ${indexCount} entries and ${dataLength} data bytes`);
  const entries = /* @__PURE__ */ new Map();
  for (let index = 0; index < indexCount; index += 1) {
    const at = 8 + index * 16;
    const tag = data.readInt32BE(at);
    if (!entries.has(tag)) entries.set(tag, { type: data.readUInt32BE(at + 4), offset: data.readInt32BE(at + 8), count: data.readUInt32BE(at + 12) });
  }
  const store = data.subarray(storeStart, storeStart + dataLength);
  const strings = (tag) => {
    const entry = entries.get(tag);
    if (!entry) return void 0;
    if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString)
      throw new Error(`rpm header tag ${tag} has type ${entry.type}, not a string`);
    if (entry.offset < 0 || entry.offset > store.length) throw new Error(`rpm header tag ${tag} points outside the data`);
    const values = [];
    let at = entry.offset;
    const count = entry.type === TYPE.string ? 1 : entry.count;
    for (let index = 0; index < count; index += 1) {
      const end = store.indexOf(0, at);
      if (end < 0) throw new Error(`rpm header tag ${tag}: unterminated string`);
      values.push(store.toString("utf8", at, end));
      at = end + 1;
    }
    return values;
  };
  const ints = (tag) => {
    const entry = entries.get(tag);
    if (!entry) return void 0;
    if (entry.type !== TYPE.int32) throw new Error(`rpm header tag ${tag} has type ${entry.type}, not int32`);
    if (entry.offset < 0 || entry.offset + entry.count * 4 > store.length) throw new Error(`rpm header tag ${tag} points outside the data`);
    return Array.from({ length: entry.count }, (_, index) => store.readInt32BE(entry.offset + index * 4));
  };
  const name = strings(TAG.name)?.[0];
  const version = strings(TAG.version)?.[0];
  const release = strings(TAG.release)?.[0];
  if (!name || version === void 0 || release === void 0) throw new Error("rpm header without name, version or release");
  const pkg = { name, version, release, files: [] };
  const epoch = ints(TAG.epoch)?.[0];
  if (epoch !== void 0) pkg.epoch = epoch;
  const arch = strings(TAG.arch)?.[0];
  if (arch) pkg.arch = arch;
  const sourceRpm = strings(TAG.sourceRpm)?.[0];
  if (sourceRpm) pkg.sourceRpm = sourceRpm;
  const license = strings(TAG.license)?.[0];
  if (license) pkg.license = license;
  const baseNames = strings(TAG.baseNames);
  const dirNames = strings(TAG.dirNames);
  const dirIndexes = ints(TAG.dirIndexes);
  if (baseNames && dirNames && dirIndexes) {
    for (let index = 0; index < baseNames.length; index += 1) {
      const dir = dirNames[dirIndexes[index] ?? -1];
      if (dir === void 0) continue;
      const file = `${dir}${baseNames[index]}`;
      if (keep(file)) pkg.files.push(file);
    }
  }
  return pkg;
}
function sourceRpmName(sourceRpm) {
  const match = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(sourceRpm);
  return match ? match[1] : sourceRpm;
}
async function readRpmSqlite(file, keep = keepAll) {
  const { DatabaseSync } = await import("node:sqlite");
  const database = new DatabaseSync(file, { readOnly: true });
  try {
    const packages = [];
    for (const row of database.prepare("SELECT hnum, blob FROM Packages").iterate()) {
      try {
        packages.push(parseRpmHeader(row.blob, keep));
      } catch (error) {
        throw new Error(`package record ${row.hnum}: ${error.message}`, { cause: error });
      }
    }
    return packages;
  } finally {
    database.close();
  }
}
var NDB_HEADER_MAGIC = 1349349458;
var NDB_SLOT_MAGIC = 1953459283;
var NDB_BLOB_MAGIC = 1398959170;
function readRpmNdb(file, keep = keepAll) {
  const fd = rpm_default.openSync(file, "r");
  try {
    const header = Buffer.alloc(32);
    if (rpm_default.readSync(fd, header, 0, 32, 0) !== 32) throw new Error("NDB file shorter than its header");
    if (header.readUInt32LE(0) !== NDB_HEADER_MAGIC) throw new Error("not an rpm NDB database (no RpmP magic)");
    if (header.readUInt32LE(4) !== 0) throw new Error(`NDB version ${header.readUInt32LE(4)} is not supported`);
    const slotPages = header.readUInt32LE(12);
    if (slotPages === 0 || slotPages > 2048) throw new Error(`NDB slot page count ${slotPages} is out of range`);
    const slots = Buffer.alloc(slotPages * 4096 - 32);
    if (rpm_default.readSync(fd, slots, 0, slots.length, 32) !== slots.length) throw new Error("NDB file shorter than its slot pages");
    const packages = [];
    const blobHeader = Buffer.alloc(16);
    for (let at = 0; at < slots.length; at += 16) {
      if (slots.readUInt32LE(at) !== NDB_SLOT_MAGIC) throw new Error(`NDB slot ${at / 16} has a bad magic`);
      const pkgIndex = slots.readUInt32LE(at + 4);
      if (pkgIndex === 0) continue;
      const offset = slots.readUInt32LE(at + 8) * 16;
      if (rpm_default.readSync(fd, blobHeader, 0, 16, offset) !== 16 || blobHeader.readUInt32LE(0) !== NDB_BLOB_MAGIC)
        throw new Error(`NDB package ${pkgIndex}: no blob at offset ${offset}`);
      if (blobHeader.readUInt32LE(4) !== pkgIndex) throw new Error(`NDB package ${pkgIndex}: the blob belongs to package ${blobHeader.readUInt32LE(4)}`);
      const length = blobHeader.readUInt32LE(12);
      if (length > 64 * 1024 * 1024) throw new Error(`NDB package ${pkgIndex}: blob of ${length} bytes`);
      const blob = Buffer.alloc(length);
      if (rpm_default.readSync(fd, blob, 0, length, offset + 16) !== length) throw new Error(`NDB package ${pkgIndex}: truncated blob`);
      try {
        packages.push(parseRpmHeader(blob, keep));
      } catch (error) {
        throw new Error(`NDB package ${pkgIndex}: ${error.message}`, { cause: error });
      }
    }
    return packages;
  } finally {
    rpm_default.closeSync(fd);
  }
}
var BDB_HASH_MAGIC = 398689;
var PAGE = { hashUnsorted: 2, overflow: 7, hashMeta: 8, hash: 13 };
var ITEM = { keyData: 1, offPage: 3 };
var PAGE_HEADER = 26;
function readRpmBerkeleyDb(file, keep = keepAll) {
  const fd = rpm_default.openSync(file, "r");
  try {
    return readBerkeleyPages(fd, rpm_default.fstatSync(fd).size, keep);
  } finally {
    rpm_default.closeSync(fd);
  }
}
function readBerkeleyPages(fd, fileSize, keep) {
  const meta = Buffer.alloc(512);
  if (rpm_default.readSync(fd, meta, 0, 512, 0) !== 512) throw new Error("not a Berkeley DB database (shorter than a page)");
  const little = meta.readUInt32LE(12) === BDB_HASH_MAGIC;
  if (!little && meta.readUInt32BE(12) !== BDB_HASH_MAGIC) {
    if (meta.readUInt32LE(12) === 340322 || meta.readUInt32BE(12) === 340322)
      throw new Error("a Berkeley DB btree database, not the hash database rpm writes");
    throw new Error("not a Berkeley DB hash database (no 0x061561 magic)");
  }
  const u32 = (buffer, at) => little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at);
  const u16 = (buffer, at) => little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at);
  const version = u32(meta, 16);
  if (version < 8 || version > 10) throw new Error(`Berkeley DB hash format version ${version} is not read (8 to 10 are)`);
  const pageSize = u32(meta, 20);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & pageSize - 1) !== 0) throw new Error(`Berkeley DB page size ${pageSize} is not valid`);
  if (meta[24] !== 0) throw new Error("the Berkeley DB database is encrypted");
  if (meta[25] !== PAGE.hashMeta) throw new Error(`Berkeley DB page 0 has type ${meta[25]}, not hash metadata`);
  const pages = Math.min(u32(meta, 32) + 1, Math.floor(fileSize / pageSize));
  const read = (buffer, page) => {
    if (rpm_default.readSync(fd, buffer, 0, pageSize, page * pageSize) !== pageSize) throw new Error(`Berkeley DB page ${page} is truncated`);
    return buffer;
  };
  const overflowPage = Buffer.alloc(pageSize);
  const overflow = (first, length, where) => {
    if (length > 64 * 1024 * 1024) throw new Error(`${where}: value of ${length} bytes`);
    const out = Buffer.alloc(length);
    let filled = 0;
    let page = first;
    for (let hops = 0; filled < length; hops += 1) {
      if (page === 0 || page >= pages || hops > pages) throw new Error(`${where}: overflow chain broken at page ${page}`);
      read(overflowPage, page);
      if (overflowPage[25] !== PAGE.overflow) throw new Error(`${where}: page ${page} is not an overflow page`);
      const used = u16(overflowPage, 22);
      if (used > pageSize - PAGE_HEADER || filled + used > length) throw new Error(`${where}: overflow page ${page} holds ${used} bytes`);
      overflowPage.copy(out, filled, PAGE_HEADER, PAGE_HEADER + used);
      filled += used;
      page = u32(overflowPage, 16);
    }
    return out;
  };
  const packages = [];
  const data = Buffer.alloc(pageSize);
  for (let page = 1; page < pages; page += 1) {
    read(data, page);
    const type = data[25];
    if (type !== PAGE.hash && type !== PAGE.hashUnsorted) continue;
    const entries = u16(data, 20);
    if (PAGE_HEADER + entries * 2 > pageSize) throw new Error(`Berkeley DB page ${page}: ${entries} entries do not fit`);
    const bytes = (index, where) => {
      const at = u16(data, PAGE_HEADER + index * 2);
      const end = index === 0 ? pageSize : u16(data, PAGE_HEADER + (index - 1) * 2);
      if (at < PAGE_HEADER + entries * 2 || at >= end || end > pageSize) throw new Error(`Berkeley DB page ${page}: item ${index} is out of the page`);
      if (data[at] === ITEM.keyData) return Buffer.from(data.subarray(at + 1, end));
      if (data[at] === ITEM.offPage) return overflow(u32(data, at + 4), u32(data, at + 8), where);
      throw new Error(`${where}: item type ${data[at]} (duplicates) is not one rpm writes`);
    };
    for (let index = 0; index + 1 < entries; index += 2) {
      const key = bytes(index, `Berkeley DB page ${page}`);
      if (key.length !== 4) throw new Error(`Berkeley DB page ${page}: a key of ${key.length} bytes, not an rpm header number`);
      const number = little ? key.readUInt32LE(0) : key.readUInt32BE(0);
      if (number === 0) continue;
      const where = `package record ${number}`;
      try {
        packages.push(parseRpmHeader(bytes(index + 1, where), keep));
      } catch (error) {
        throw new Error(`${where}: ${error.message}`, { cause: error });
      }
    }
  }
  return packages;
}

export {
  sourceRpmName,
  readRpmSqlite,
  readRpmNdb,
  readRpmBerkeleyDb
};
