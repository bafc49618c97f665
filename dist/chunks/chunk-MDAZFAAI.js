import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/model/errors.ts
var ConfigurationError = class extends Error {
  file;
  line;
  column;
  constructor(message, where = {}) {
    super(message);
    this.name = "ConfigurationError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
  /** `file:line:col: message`, the way compilers print it. */
  oneLine() {
    const place = [this.file, this.line, this.line !== void 0 ? this.column : void 0].filter((part) => part !== void 0).join(":");
    return place ? `${place}: ${this.message}` : this.message;
  }
};
var OutputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "OutputError";
  }
};
var MACHINE_WRITE_ERRORS = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EIO: "input/output error",
  EFBIG: "file too large"
};
function writeError(shown, error) {
  const code = error?.code;
  if (code && code in MACHINE_WRITE_ERRORS) return new OutputError(`cannot write ${shown}: ${MACHINE_WRITE_ERRORS[code]} (${code})`);
  if (code === "ELOOP") return new ConfigurationError(`cannot write ${shown}: it is a symbolic link (chaingate does not write through one)`);
  return new ConfigurationError(`cannot write ${shown}: ${code ?? errorMessage(error)}`);
}
var EXIT_PASS = 0;
var EXIT_POLICY_VIOLATED = 1;
var EXIT_CONFIGURATION_ERROR = 2;
var EXIT_INTERNAL_ERROR = 3;
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/report/escape.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function visible(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function textField(text, options = {}) {
  const escaped = text.replace(UNPRINTABLE, (char) => options.lineBreaks && char === "\n" ? char : visible(char));
  return escaped.replace(/##\[/g, "##\\[");
}
function textLine(line) {
  return /^\s*::/.test(line) ? line.replace(/::/, "\\::") : line;
}
var MARKDOWN_SPECIAL = /[&<>`*_[\]|~#\\$]/g;
function mdText(text) {
  return text.replace(/\r\n?/g, "\n").replace(MARKDOWN_SPECIAL, (char) => `&#${char.charCodeAt(0)};`).replace(UNPRINTABLE, (char) => char === "\n" ? "<br>" : visible(char));
}
function mdCode(text, options = {}) {
  const body = options.multiline ? mdText(text).replace(/(^|<br>)( +)/g, (_, start, spaces) => `${start}${"&#160;".repeat(spaces.length)}`) : mdText(text.replace(/[\r\n]/g, visible));
  return `<code>${body}</code>`;
}
function sarifText(text) {
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, (char) => `\\${char}`);
}
function sarifUri(relativePath) {
  return relativePath.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function jsonText(json) {
  return json.replace(/##\[/g, "##\\u005b");
}

// src/version.ts
var TOOL = { name: "chaingate", version: "0.1.0" };

export {
  ConfigurationError,
  OutputError,
  writeError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  errorMessage,
  textField,
  textLine,
  mdText,
  mdCode,
  sarifText,
  sarifUri,
  jsonText,
  TOOL
};
