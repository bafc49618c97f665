import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-YFIMJD32.js";
import {
  ConfigurationError,
  writeError
} from "./chunk-TITGSPWO.js";

// src/report/stream.ts
import fs from "node:fs";
import path from "node:path";
function writeInBatches(pieces, write, batchChars = 65536) {
  let batch = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= batchChars) {
      write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) write(batch.join(""));
}
function* withLineBreaks(lines) {
  for (const line of lines) yield `${line}
`;
}
var WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
function writeFileInPieces(file, pieces) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, WRITE_FLAGS, 420);
  try {
    writeInBatches(pieces, (text) => {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    });
  } finally {
    fs.closeSync(fd);
  }
}
function writeReportFile(file, pieces, shown) {
  try {
    writeFileInPieces(file, pieces);
  } catch (error) {
    throw writeError(shown, error);
  }
}

// src/workspace/real-path.ts
import fs2 from "node:fs";
import path2 from "node:path";
function realPathInside(root, absolute, options) {
  const realRoot = realOrSelf(root);
  const lexicallyInside = isInside(root, absolute) || isInside(realRoot, absolute);
  if (!lexicallyInside && !options.allowOutside) throw new ConfigurationError(`${options.name} points outside the workspace`);
  const real = realPathForWrite(absolute, options.name);
  if (lexicallyInside && !isInside(realRoot, real)) throw new ConfigurationError(`${options.name} leads outside the workspace through a symbolic link`);
  return real;
}
function realOrSelf(file) {
  try {
    return fs2.realpathSync.native(file);
  } catch {
    return path2.resolve(file);
  }
}
function realPathForWrite(absolute, name) {
  const missing = [];
  for (let current = path2.resolve(absolute); ; current = path2.dirname(current)) {
    let stat;
    try {
      stat = fs2.lstatSync(current);
    } catch {
      stat = void 0;
    }
    if (stat) {
      let real;
      try {
        real = fs2.realpathSync.native(current);
      } catch {
        throw new ConfigurationError(`${name} goes through a symbolic link that points nowhere (${current})`);
      }
      return path2.join(real, ...missing.reverse());
    }
    if (path2.dirname(current) === current) return path2.resolve(absolute);
    missing.push(path2.basename(current));
  }
}

export {
  writeInBatches,
  withLineBreaks,
  WRITE_FLAGS,
  writeReportFile,
  realPathInside
};
