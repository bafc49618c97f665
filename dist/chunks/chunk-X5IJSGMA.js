import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
var EXIT_PASS = 0;
var EXIT_POLICY_VIOLATED = 1;
var EXIT_CONFIGURATION_ERROR = 2;
var EXIT_INTERNAL_ERROR = 3;
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  __require,
  __commonJS,
  __toESM,
  ConfigurationError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  errorMessage
};
