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

export {
  ConfigurationError,
  OutputError,
  writeError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  errorMessage
};
