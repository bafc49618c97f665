import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// lazy-crypto-for-actions-core:lazy-crypto-for-actions-core
function randomUUID() {
  return process.getBuiltinModule("node:crypto").randomUUID();
}

// fs-without-es-facade:node_modules/@actions/core/lib/file-command.js
var fs = process.getBuiltinModule("node:fs");
var { appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync, copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod, lchmodSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync, writev, writevSync, Dirent, Stats, _toUnixTimestamp, Dir, opendir, opendirSync, constants } = fs;
var promises = new Proxy({}, { get: (_, name) => (...args) => fs.promises[name](...args) });

// node_modules/@actions/core/lib/file-command.js
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";

// fs-without-es-facade:node_modules/@actions/core/lib/summary.js
var fs2 = process.getBuiltinModule("node:fs");
var { appendFile: appendFile2, appendFileSync: appendFileSync2, access: access2, accessSync: accessSync2, chown: chown2, chownSync: chownSync2, chmod: chmod2, chmodSync: chmodSync2, close: close2, closeSync: closeSync2, copyFile: copyFile2, copyFileSync: copyFileSync2, cp: cp2, cpSync: cpSync2, createReadStream: createReadStream2, createWriteStream: createWriteStream2, exists: exists2, existsSync: existsSync2, fchown: fchown2, fchownSync: fchownSync2, fchmod: fchmod2, fchmodSync: fchmodSync2, fdatasync: fdatasync2, fdatasyncSync: fdatasyncSync2, fstat: fstat2, fstatSync: fstatSync2, fsync: fsync2, fsyncSync: fsyncSync2, ftruncate: ftruncate2, ftruncateSync: ftruncateSync2, futimes: futimes2, futimesSync: futimesSync2, glob: glob2, globSync: globSync2, lchown: lchown2, lchownSync: lchownSync2, lchmod: lchmod2, lchmodSync: lchmodSync2, link: link2, linkSync: linkSync2, lstat: lstat2, lstatSync: lstatSync2, lutimes: lutimes2, lutimesSync: lutimesSync2, mkdir: mkdir2, mkdirSync: mkdirSync2, mkdtemp: mkdtemp2, mkdtempSync: mkdtempSync2, mkdtempDisposableSync: mkdtempDisposableSync2, open: open2, openSync: openSync2, openAsBlob: openAsBlob2, readdir: readdir2, readdirSync: readdirSync2, read: read2, readSync: readSync2, readv: readv2, readvSync: readvSync2, readFile: readFile2, readFileSync: readFileSync2, readlink: readlink2, readlinkSync: readlinkSync2, realpath: realpath2, realpathSync: realpathSync2, rename: rename2, renameSync: renameSync2, rm: rm2, rmSync: rmSync2, rmdir: rmdir2, rmdirSync: rmdirSync2, stat: stat2, statfs: statfs2, statSync: statSync2, statfsSync: statfsSync2, symlink: symlink2, symlinkSync: symlinkSync2, truncate: truncate2, truncateSync: truncateSync2, unwatchFile: unwatchFile2, unlink: unlink2, unlinkSync: unlinkSync2, utimes: utimes2, utimesSync: utimesSync2, watch: watch2, watchFile: watchFile2, writeFile: writeFile2, writeFileSync: writeFileSync2, write: write2, writeSync: writeSync2, writev: writev2, writevSync: writevSync2, Dirent: Dirent2, Stats: Stats2, _toUnixTimestamp: _toUnixTimestamp2, Dir: Dir2, opendir: opendir2, opendirSync: opendirSync2, constants: constants2 } = fs2;
var promises2 = new Proxy({}, { get: (_, name) => (...args) => fs2.promises[name](...args) });

// node_modules/@actions/core/lib/summary.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access: access3, appendFile: appendFile3, writeFile: writeFile3 } = promises2;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access3(pathFromEnv, constants2.R_OK | constants2.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile3 : appendFile3;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// fs-without-es-facade:node_modules/@actions/io/lib/io-util.js
var fs3 = process.getBuiltinModule("node:fs");
var { appendFile: appendFile4, appendFileSync: appendFileSync3, access: access4, accessSync: accessSync3, chown: chown3, chownSync: chownSync3, chmod: chmod3, chmodSync: chmodSync3, close: close3, closeSync: closeSync3, copyFile: copyFile3, copyFileSync: copyFileSync3, cp: cp3, cpSync: cpSync3, createReadStream: createReadStream3, createWriteStream: createWriteStream3, exists: exists3, existsSync: existsSync3, fchown: fchown3, fchownSync: fchownSync3, fchmod: fchmod3, fchmodSync: fchmodSync3, fdatasync: fdatasync3, fdatasyncSync: fdatasyncSync3, fstat: fstat3, fstatSync: fstatSync3, fsync: fsync3, fsyncSync: fsyncSync3, ftruncate: ftruncate3, ftruncateSync: ftruncateSync3, futimes: futimes3, futimesSync: futimesSync3, glob: glob3, globSync: globSync3, lchown: lchown3, lchownSync: lchownSync3, lchmod: lchmod3, lchmodSync: lchmodSync3, link: link3, linkSync: linkSync3, lstat: lstat3, lstatSync: lstatSync3, lutimes: lutimes3, lutimesSync: lutimesSync3, mkdir: mkdir3, mkdirSync: mkdirSync3, mkdtemp: mkdtemp3, mkdtempSync: mkdtempSync3, mkdtempDisposableSync: mkdtempDisposableSync3, open: open3, openSync: openSync3, openAsBlob: openAsBlob3, readdir: readdir3, readdirSync: readdirSync3, read: read3, readSync: readSync3, readv: readv3, readvSync: readvSync3, readFile: readFile3, readFileSync: readFileSync3, readlink: readlink3, readlinkSync: readlinkSync3, realpath: realpath3, realpathSync: realpathSync3, rename: rename3, renameSync: renameSync3, rm: rm3, rmSync: rmSync3, rmdir: rmdir3, rmdirSync: rmdirSync3, stat: stat3, statfs: statfs3, statSync: statSync3, statfsSync: statfsSync3, symlink: symlink3, symlinkSync: symlinkSync3, truncate: truncate3, truncateSync: truncateSync3, unwatchFile: unwatchFile3, unlink: unlink3, unlinkSync: unlinkSync3, utimes: utimes3, utimesSync: utimesSync3, watch: watch3, watchFile: watchFile3, writeFile: writeFile4, writeFileSync: writeFileSync3, write: write3, writeSync: writeSync3, writev: writev3, writevSync: writevSync3, Dirent: Dirent3, Stats: Stats3, _toUnixTimestamp: _toUnixTimestamp3, Dir: Dir3, opendir: opendir3, opendirSync: opendirSync3, constants: constants3 } = fs3;
var promises3 = new Proxy({}, { get: (_, name) => (...args) => fs3.promises[name](...args) });

// node_modules/@actions/io/lib/io-util.js
var { chmod: chmod4, copyFile: copyFile4, lstat: lstat4, mkdir: mkdir4, open: open4, readdir: readdir4, rename: rename4, rm: rm4, rmdir: rmdir4, stat: stat4, symlink: symlink4, unlink: unlink4 } = promises3;
var IS_WINDOWS = process.platform === "win32";
var READONLY = constants3.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

export {
  summary,
  getInput,
  getMultilineInput,
  setOutput,
  setFailed,
  debug,
  error,
  warning,
  notice,
  info,
  startGroup,
  endGroup
};
