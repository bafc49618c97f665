import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-DZFGR2TT.js";
import {
  errorPosition
} from "./chunk-VZNYH5DF.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/workspace/yaml-diagnostics.ts
var import_yaml = __toESM(require_dist(), 1);
function explainYamlFailure(text, failure) {
  if (/duplicate key|alias|YAML documents/.test(failure.message)) return failure;
  const lineCounter = new import_yaml.LineCounter();
  let error;
  try {
    error = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false }).errors[0];
  } catch {
    return failure;
  }
  if (!error) return failure;
  const position = errorPosition(text, lineCounter.linePos(Math.min(error.pos[0], text.length)));
  const message = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
  return { ...failure, message, line: position.line, column: position.col };
}

export {
  explainYamlFailure
};
