import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  CONTENT_ID_PLACEHOLDER,
  contentUuid,
  uuidOfDigest
} from "./chunk-ODU4NK5P.js";
import {
  writeInBatches
} from "./chunk-VZNYH5DF.js";

// src/inventory/sbom/pieces.ts
import crypto from "node:crypto";

// fs-without-es-facade:src/inventory/sbom/pieces.ts
var fs = process.getBuiltinModule("node:fs");
var pieces_default = fs;

// src/inventory/sbom/pieces.ts
var LazyArray = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
function* planPieces(plan) {
  const fields = plan.fields.filter(([, value]) => value !== void 0);
  let head = "{\n";
  for (const [index, [key, value]] of fields.entries()) {
    const comma = index < fields.length - 1 ? "," : "";
    if (!(value instanceof LazyArray)) {
      head += `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), "  ")}${comma}
`;
      continue;
    }
    let previous;
    for (const item of value.items()) {
      const text = JSON.stringify(item, null, 2);
      if (previous === void 0) {
        head += `  ${JSON.stringify(key)}: [
`;
        yield head;
        head = "";
      } else {
        yield `    ${indent(previous, "    ")},
`;
      }
      previous = text;
    }
    if (previous === void 0) head += `  ${JSON.stringify(key)}: []${comma}
`;
    else head += `    ${indent(previous, "    ")}
  ]${comma}
`;
  }
  yield `${head}}
`;
}
function indent(json, prefix) {
  return json.includes("\n") ? json.replaceAll("\n", `
${prefix}`) : json;
}
function wholeText(plan) {
  const document = {};
  for (const [key, value] of plan.fields) document[key] = value instanceof LazyArray ? [...value.items()] : value;
  const text = `${JSON.stringify(document, null, 2)}
`;
  return text.replace(CONTENT_ID_PLACEHOLDER, plan.contentId(contentUuid(text)));
}
function sbomText(plan) {
  const hash = crypto.createHash("sha256");
  const pieces = [];
  for (const piece of planPieces(plan)) {
    hash.update(piece);
    pieces.push(piece);
  }
  pieces[0] = withId(pieces[0], plan, uuidOfDigest(hash.digest()));
  return pieces.join("");
}
function* sbomPieces(plan) {
  const hash = crypto.createHash("sha256");
  writeInBatches(planPieces(plan), (text) => void hash.update(text));
  const uuid = uuidOfDigest(hash.digest());
  let first = true;
  for (const piece of planPieces(plan)) {
    yield first ? withId(piece, plan, uuid) : piece;
    first = false;
  }
}
function writeSbomFile(file, plan) {
  const fd = pieces_default.openSync(file, "w", 420);
  try {
    const write = (text, position2) => {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length; )
        offset += pieces_default.writeSync(fd, bytes, offset, bytes.length - offset, position2 === null ? null : position2 + offset);
      return bytes.length;
    };
    if (!pieces_default.fstatSync(fd).isFile()) {
      writeInBatches(sbomPieces(plan), (text) => void write(text, null));
      return;
    }
    const pieces = planPieces(plan);
    const head = pieces.next().value ?? "";
    const hash = crypto.createHash("sha256").update(head);
    let position = Buffer.byteLength(withId(head, plan, "00000000-0000-0000-0000-000000000000"));
    writeInBatches({ [Symbol.iterator]: () => pieces }, (text) => {
      hash.update(text);
      position += write(text, position);
    });
    write(withId(head, plan, uuidOfDigest(hash.digest())), 0);
  } finally {
    pieces_default.closeSync(fd);
  }
}
function withId(head, plan, uuid) {
  const at = head.indexOf(CONTENT_ID_PLACEHOLDER);
  if (at < 0) throw new Error("SBOM plan: the content id must come before the first streamed array");
  return `${head.slice(0, at)}${plan.contentId(uuid)}${head.slice(at + CONTENT_ID_PLACEHOLDER.length)}`;
}

export {
  LazyArray,
  planPieces,
  wholeText,
  sbomText,
  sbomPieces,
  writeSbomFile
};
