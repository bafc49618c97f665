import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-CFOVC3TA.js";

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
function writeFileInPieces(file, pieces) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, "w");
  try {
    writeInBatches(pieces, (text) => {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    });
  } finally {
    fs.closeSync(fd);
  }
}

// src/event-payload.ts
import fs2 from "node:fs";
function readEventPayload(env) {
  const name = env.GITHUB_EVENT_NAME;
  const file = env.GITHUB_EVENT_PATH;
  if (!name) return null;
  if (!file || !fs2.existsSync(file)) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(fs2.readFileSync(file, "utf8")) };
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${error.message}`, { file });
  }
}

export {
  writeInBatches,
  withLineBreaks,
  writeFileInPieces,
  readEventPayload
};
