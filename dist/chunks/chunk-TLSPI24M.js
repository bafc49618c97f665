import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  toJson,
  toText
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  jsonText
} from "./chunk-MDAZFAAI.js";

// src/report/render.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
function parseFormat(text) {
  if (FORMATS.includes(text)) return text;
  throw new ConfigurationError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(text)}`);
}
async function render(report, format, rules, textOf, verbose = false) {
  switch (format) {
    case "json":
      return toJson(report);
    case "sarif":
      return `${jsonText(JSON.stringify((await import("./sarif-NJO2IEQX.js")).toSarif(report, rules, textOf ? { textOf } : {}), null, 2))}
`;
    case "markdown":
      return (await import("./markdown-HGWAOSBK.js")).toMarkdown(report);
    case "text":
      return toText(report, { verbose });
  }
}

export {
  parseFormat,
  render
};
