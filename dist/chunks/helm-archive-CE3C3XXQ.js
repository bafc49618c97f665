import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_tar_stream
} from "./chunk-VLIHJN4G.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/images/sources/helm-archive.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import path from "node:path";
import { Readable } from "node:stream";
import zlib from "node:zlib";
var MAX_ARCHIVE_BYTES = 8 * 1024 * 1024;
var MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var MAX_ENTRIES = 2e4;
var MAX_NESTING = 3;
var WANTED = /(?:^|\/)(?:Chart\.yaml|requirements\.yaml|values\.ya?ml|templates\/.+\.(?:ya?ml|tpl))$|(?:^|\/)charts\/[^/]+\.tgz$/;
async function readChartArchive(bytes, at, nesting = 0) {
  if (bytes.length > MAX_ARCHIVE_BYTES) return { ok: false, reason: `the archive is larger than the ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB chaingate reads` };
  let tarBytes;
  try {
    tarBytes = zlib.gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    return { ok: false, reason: `not a gzip'd chart archive: ${error.message}` };
  }
  const files = /* @__PURE__ */ new Map();
  const nested = [];
  let entries = 0;
  const extract = import_tar_stream.default.extract();
  const done = new Promise((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      entries += 1;
      const name = path.posix.normalize(header.name).replace(/^\.\//, "");
      const wanted = entries <= MAX_ENTRIES && (header.type === "file" || header.type === "contiguous-file") && (header.size ?? 0) <= MAX_FILE_BYTES && !name.startsWith("../") && !path.posix.isAbsolute(name) && WANTED.test(name);
      if (!wanted) {
        stream.on("end", () => next());
        stream.resume();
        return;
      }
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        const data = Buffer.concat(chunks);
        if (name.endsWith(".tgz")) nested.push({ name, data });
        else files.set(`${at}/${name}`, data.toString("utf8"));
        next();
      });
    });
    extract.on("finish", () => resolve());
    extract.on("error", reject);
  });
  Readable.from([tarBytes]).pipe(extract);
  try {
    await done;
  } catch (error) {
    return { ok: false, reason: `not a readable chart archive: ${error.message}` };
  }
  if (entries > MAX_ENTRIES) return { ok: false, reason: `the archive has more than ${MAX_ENTRIES} entries` };
  for (const inner of nested) {
    if (nesting >= MAX_NESTING) break;
    const read = await readChartArchive(inner.data, `${at}/${inner.name}`, nesting + 1);
    if (read.ok) for (const [file, text] of read.files) files.set(file, text);
  }
  return { ok: true, files };
}
export {
  MAX_ARCHIVE_BYTES,
  readChartArchive
};
