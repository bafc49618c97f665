import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
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

export {
  writeInBatches,
  withLineBreaks,
  WRITE_FLAGS,
  writeReportFile
};
