import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  holdImageStreamingTune
} from "./chunk-FZO2DREV.js";
import {
  readRpmBerkeleyDb,
  readRpmNdb,
  readRpmSqlite,
  sourceRpmName
} from "./chunk-QSVJMMHB.js";
import {
  DEFAULT_PLATFORM,
  formatPlatform,
  parseImageReference,
  platformMatches
} from "./chunk-TK3XCZRT.js";
import {
  RegistryPool,
  readDockerCredentials
} from "./chunk-C57MYWBV.js";
import {
  classifyLicense
} from "./chunk-6JOHTDBO.js";
import {
  normalizeLicense
} from "./chunk-U5FF4OCZ.js";
import {
  metadataLicense,
  parseMetadata
} from "./chunk-ASTGQ7E2.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  ubuntuEcosystem
} from "./chunk-UQPVNOZB.js";
import {
  parseImageRef
} from "./chunk-UWVTSOSV.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-RQ4SWRSA.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline3(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform2 {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline3(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline3(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline3,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      encodeSize(Math.floor(opts.mtime.getTime() / 1e3) || 0, buf, 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = num < 0 ? 255 : 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num < 0 || num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -(sum + 1);
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
        this.on("error", noop);
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._updating = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = validatePax(headers.decodePax(buf));
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? validatePax(headers.decodePax(buf)) : Object.assign({}, this._paxGlobal, validatePax(headers.decodePax(buf)));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        if (this._updating) return;
        this._updating = true;
        const done = this._consume();
        this._updating = false;
        if (done) this._continueWrite(null);
      }
      _consume() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return false;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return false;
        }
        return true;
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function validatePax(pax) {
      if (hasNull(pax.path) || hasNull(pax.linkpath)) throw new Error("Invalid tar header: pax path contains a null byte.");
      return pax;
    }
    function hasNull(str) {
      return typeof str === "string" && str.indexOf("\0") !== -1;
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid && !this._isLinkname) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// fs-without-es-facade:src/images/index.ts
var fs = process.getBuiltinModule("node:fs");
var images_default = fs;

// src/images/index.ts
import os2 from "node:os";
import path4 from "node:path";

// fs-without-es-facade:src/images/catalog/index.ts
var fs2 = process.getBuiltinModule("node:fs");
var catalog_default = fs2;

// src/images/catalog/index.ts
import path from "node:path";

// src/images/catalog/apk.ts
var ApkParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "ApkParseError";
  }
  line;
};
function parseApkInstalled(text, keep = () => true) {
  const packages = [];
  let current;
  let dir = "";
  const finish = () => {
    if (!current) return;
    if (!current.name) throw new ApkParseError("record without a P: (package name) line", current.line);
    if (!current.version) throw new ApkParseError(`package ${current.name} has no V: (version) line`, current.line);
    packages.push(current);
    current = void 0;
    dir = "";
  };
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].replace(/\r$/, "");
    if (line === "") {
      finish();
      continue;
    }
    if (line.length < 2 || line[1] !== ":") throw new ApkParseError(`not a "X:value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1);
    current ??= { line: index + 1, files: [] };
    const value = line.slice(2);
    switch (line[0]) {
      case "P":
        current.name = value;
        break;
      case "V":
        current.version = value;
        break;
      case "A":
        current.arch = value;
        break;
      case "o":
        current.origin = value;
        break;
      case "L":
        current.license = value;
        break;
      case "F":
        dir = value;
        break;
      case "R": {
        const file = dir ? `${dir}/${value}` : value;
        if (keep(file)) current.files.push(file);
        break;
      }
      default:
        break;
    }
  }
  finish();
  return packages;
}

// src/images/catalog/dpkg.ts
var DpkgParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "DpkgParseError";
  }
  line;
};
function parseControlStanzas(text) {
  const stanzas = [];
  let current;
  let lastKey;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].replace(/\r$/, "");
    if (line.trim() === "") {
      current = void 0;
      lastKey = void 0;
      continue;
    }
    if (line.startsWith(" ") || line.startsWith("	")) {
      if (!current || !lastKey) throw new DpkgParseError("continuation line without a field", index + 1);
      current.fields.set(lastKey, `${current.fields.get(lastKey)}
${line.slice(1)}`);
      continue;
    }
    if (line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) throw new DpkgParseError(`not a "Field: value" line: ${JSON.stringify(line.slice(0, 80))}`, index + 1);
    const key = line.slice(0, colon).toLowerCase();
    if (!current) {
      current = { fields: /* @__PURE__ */ new Map(), line: index + 1 };
      stanzas.push(current);
    }
    if (current.fields.has(key)) throw new DpkgParseError(`duplicate field ${line.slice(0, colon)} in one stanza`, index + 1);
    current.fields.set(key, line.slice(colon + 1).trim());
    lastKey = key;
  }
  return stanzas;
}
var NOT_ON_DISK = /* @__PURE__ */ new Set(["not-installed", "config-files"]);
function parseDpkgStatus(text) {
  const packages = [];
  for (const { fields, line } of parseControlStanzas(text)) {
    const name = fields.get("package");
    const version = fields.get("version");
    if (!name) throw new DpkgParseError("stanza without a Package field", line);
    const status = fields.get("status");
    if (status !== void 0 && NOT_ON_DISK.has(status.split(/\s+/)[2] ?? "")) continue;
    if (!version) throw new DpkgParseError(`package ${name} has no Version`, line);
    const pkg = { name, version, line };
    const arch = fields.get("architecture");
    if (arch) pkg.arch = arch;
    const source = fields.get("source");
    if (source) {
      const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(source);
      if (match) {
        pkg.source = match[1];
        if (match[2]) pkg.sourceVersion = match[2];
      }
    }
    packages.push(pkg);
  }
  return packages;
}

// src/images/catalog/dpkg-copyright.ts
var UNNAMED = "unnamed license text";
var DEBIAN_GNU = /^((?:A|L)?GPL|GFDL)-(\d)(?:\.(\d))?(\+)?$/i;
function debianToSpdx(name) {
  const parts = name.split(/\s+(or|and)\s+/i);
  const out = [];
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (index % 2 === 1) {
      out.push(part.toUpperCase());
      continue;
    }
    const gnu = DEBIAN_GNU.exec(part);
    const id = gnu ? `${gnu[1].toUpperCase()}-${gnu[2]}.${gnu[3] ?? "0"}-${gnu[4] ? "or-later" : "only"}` : normalizeLicense(part);
    if (id === void 0 || /\s/.test(id)) return void 0;
    out.push(id);
  }
  return normalizeLicense(out.join(" "));
}
function debianCopyrightLicense(text) {
  let stanzas;
  try {
    stanzas = parseControlStanzas(text);
  } catch {
    return void 0;
  }
  const header = stanzas[0]?.fields;
  if (!header || !/copyright-format|dep-?5/i.test(header.get("format") ?? "")) return void 0;
  const names = [];
  for (const [index, { fields }] of stanzas.entries()) {
    if (index > 0 && !fields.has("files")) continue;
    const license = fields.get("license");
    if (license === void 0) continue;
    const name = license.split("\n")[0].trim() || UNNAMED;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0) return void 0;
  const spdx = names.map(debianToSpdx);
  if (spdx.every((id) => id !== void 0)) {
    const distinct = [...new Set(spdx.flatMap((id) => / OR /.test(id) ? [id] : id.split(" AND ")))];
    return normalizeLicense(distinct.map((id) => distinct.length > 1 && / OR /.test(id) ? `(${id})` : id).join(" AND "));
  }
  return names.join(" AND ");
}

// fs-without-es-facade:src/images/catalog/language.ts
var fs3 = process.getBuiltinModule("node:fs");
var language_default = fs3;

// src/images/catalog/language.ts
function parseNpmPackageJson(text) {
  const json = JSON.parse(text);
  if (typeof json.name !== "string" || typeof json.version !== "string" || !json.name || !json.version) return [];
  return [{ ecosystem: "npm", name: json.name, version: json.version, ...typeof json.license === "string" ? { license: json.license } : {} }];
}
function parsePythonMetadata(text) {
  const headers = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    const match = /^([A-Za-z-]+):\s?(.*)$/.exec(line);
    if (match && !(match[1].toLowerCase() in headers)) headers[match[1].toLowerCase()] = match[2].trim();
  }
  if (!headers.name || !headers.version) return [];
  const license = metadataLicense(parseMetadata(text), (value) => classifyLicense(value).kind === "valid");
  const name = headers.name.toLowerCase().replace(/[-_.]+/g, "-");
  return [{ ecosystem: "PyPI", name, version: headers.version, ...license ? { license } : {} }];
}
var GO_MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var GO_MAX_INFO = 4 * 1024 * 1024;
function readUvarint(data, at) {
  let value = 0;
  let shift = 0;
  for (let index = at; index < data.length && index < at + 10; index += 1) {
    const byte = data[index];
    value += (byte & 127) * 2 ** shift;
    if (byte < 128) return { value, next: index + 1 };
    shift += 7;
  }
  return void 0;
}
function decodeGoBuildInfo(blob) {
  if (blob.length < 32) return void 0;
  const flags = blob[15];
  if ((flags & 2) === 0) return null;
  const version = readUvarint(blob, 32);
  if (!version) return blob.length > 42 ? null : void 0;
  if (version.value > 1024) return null;
  if (version.next + version.value > blob.length) return void 0;
  const goVersion = blob.toString("utf8", version.next, version.next + version.value);
  const info = readUvarint(blob, version.next + version.value);
  if (!info) return void 0;
  if (info.value > GO_MAX_INFO) return null;
  if (info.next + info.value > blob.length) return void 0;
  let bytes = blob.subarray(info.next, info.next + info.value);
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 10) bytes = bytes.subarray(16, bytes.length - 16);
  const modinfo = bytes.toString("utf8");
  if (!goVersion.startsWith("go") && !goVersion.startsWith("devel")) return null;
  return { goVersion, modinfo };
}
function parseGoModinfo(modinfo, goVersion) {
  const packages = [];
  const toolchain = /^go(\d[^\s]*)/.exec(goVersion)?.[1];
  if (toolchain) packages.push({ ecosystem: "Go", name: "stdlib", version: toolchain, detail: "toolchain" });
  let last;
  const settings = /* @__PURE__ */ new Map();
  for (const line of modinfo.split("\n")) {
    const [kind, modulePath, version] = line.split("	");
    if (kind === "build" && modulePath) {
      const equals = modulePath.indexOf("=");
      if (equals > 0) settings.set(modulePath.slice(0, equals), modulePath.slice(equals + 1));
    } else if ((kind === "mod" || kind === "dep") && modulePath && version) {
      last = { ecosystem: "Go", name: modulePath, version, ...kind === "mod" ? { detail: "main module" } : {} };
      packages.push(last);
    } else if (kind === "=>" && modulePath && last) {
      const replaced = last;
      const index = packages.indexOf(replaced);
      const local = version === void 0 || version === "" || version === "(devel)" || /^(?:\.{1,2}\/|\/)/.test(modulePath);
      packages[index] = local ? { ...replaced, version: "(devel)" } : { ...replaced, name: modulePath, version, replaces: `${replaced.name}@${replaced.version}` };
      last = void 0;
    }
  }
  const main = packages.find((pkg) => pkg.detail === "main module");
  if (main?.version === "(devel)") {
    const version = mainVersionFromSettings(settings, main.name);
    if (version) main.version = version;
  }
  return packages.filter((pkg) => pkg.version !== "(devel)");
}
var SEMVER = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/;
function mainVersionFromSettings(settings, mainModule) {
  const ldflags = settings.get("-ldflags");
  if (ldflags) {
    let text = ldflags;
    if (text.startsWith('"')) {
      try {
        text = JSON.parse(text);
      } catch {
      }
    }
    const words = text.split(/\s+/);
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index];
      const assignment = word === "-X" || word === "--X" ? words[index + 1] : /^--?X=(.+)$/.exec(word)?.[1];
      const match = assignment ? /^([^=]*)\.(?:[vV]ersion|[gG]it[vV]ersion|[bB]uild[vV]ersion|[tT]ag)=['"]?([^'"]+)['"]?$/.exec(assignment) : null;
      const ours = match && (match[1] === "main" || match[1] === mainModule || match[1].startsWith(`${mainModule}/`));
      const version = ours ? SEMVER.exec(match[2])?.[1] : void 0;
      if (version) return `v${version}`;
    }
  }
  const revision = settings.get("vcs.revision");
  const time = settings.get("vcs.time");
  if (settings.get("vcs") === "git" && revision && /^[0-9a-f]{12,}$/.test(revision) && time) {
    const stamp = new Date(time);
    if (!Number.isNaN(stamp.getTime()))
      return `v0.0.0-${stamp.toISOString().replace(/[-:T]|\.\d+Z$/g, "").slice(0, 14)}-${revision.slice(0, 12)}`;
  }
  return void 0;
}
var GoBuildInfoScanner = class {
  offset = 0;
  tail = Buffer.alloc(0);
  collected;
  collectedLength = 0;
  notElf = false;
  result;
  write(chunk) {
    if (this.result || this.notElf) return;
    if (this.offset === 0 && this.tail.length === 0) {
      if (chunk.length >= 4 && !(chunk[0] === 127 && chunk[1] === 69 && chunk[2] === 76 && chunk[3] === 70)) {
        this.notElf = true;
        return;
      }
    }
    if (this.collected) {
      this.offset += chunk.length;
      this.collected.push(chunk);
      this.collectedLength += chunk.length;
      this.tryDecode();
      return;
    }
    const window = Buffer.concat([this.tail, chunk]);
    const windowStart = this.offset - this.tail.length;
    let from = 0;
    for (; ; ) {
      const found = window.indexOf(GO_MAGIC, from);
      if (found < 0) break;
      if ((windowStart + found) % 16 === 0) {
        this.collected = [window.subarray(found)];
        this.collectedLength = window.length - found;
        this.offset += chunk.length;
        this.tryDecode();
        return;
      }
      from = found + 1;
    }
    this.offset += chunk.length;
    this.tail = Buffer.from(window.subarray(Math.max(0, window.length - GO_MAGIC.length + 1)));
  }
  tryDecode() {
    const blob = Buffer.concat(this.collected);
    this.collected = [blob];
    const decoded = decodeGoBuildInfo(blob);
    if (decoded) {
      this.result = decoded;
      this.collected = void 0;
    } else if (decoded === null || this.collectedLength > GO_MAX_INFO + 64) {
      this.collected = void 0;
      this.tail = Buffer.alloc(0);
    }
  }
  packages() {
    return this.result ? parseGoModinfo(this.result.modinfo, this.result.goVersion) : [];
  }
};
function parseProperties(text) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (match) values[match[1]] = match[2];
  }
  return values;
}
var ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|kar|rar|nar)$/i;
var MAX_NESTED_ARCHIVE = 64 * 1024 * 1024;
var MAX_DEEP_ARCHIVE = 16 * 1024 * 1024;
var MAX_DEPTH = 3;
var MAX_PROPERTIES = 64 * 1024;
var MANIFEST = "META-INF/MANIFEST.MF";
function parseJarManifest(text) {
  const values = {};
  let last;
  for (const line of text.split(/\r?\n/)) {
    if (line === "") break;
    if (line.startsWith(" ") && last) {
      values[last] += line.slice(1);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    if (!(last in values)) values[last] = line.slice(colon + 1).trim();
  }
  return values;
}
var KNOWN_GROUPS = [
  [/^spring-boot(?:-|$)/, "org.springframework.boot"],
  [/^spring-security-/, "org.springframework.security"],
  [/^spring-data-/, "org.springframework.data"],
  [/^spring-(?:cloud)-/, "org.springframework.cloud"],
  [/^spring-(?:batch)-/, "org.springframework.batch"],
  [/^spring-(?:kafka|amqp|rabbit)(?:-|$)/, "org.springframework.kafka"],
  [
    /^spring-(?:core|beans|context|context-support|aop|aspects|expression|jcl|jdbc|jms|messaging|orm|oxm|r2dbc|test|tx|web|webflux|webmvc|websocket|instrument)$/,
    "org.springframework"
  ],
  [/^junit-jupiter(?:-|$)/, "org.junit.jupiter"],
  [/^junit-platform-/, "org.junit.platform"],
  [/^junit-vintage-/, "org.junit.vintage"],
  [/^micrometer-(?:observation|commons|core|registry-[a-z0-9-]+|jakarta9|jetty11|tracing(?:-[a-z0-9-]+)?)$/, "io.micrometer"],
  [/^reactor-(?:core|test|tools|extra)$/, "io.projectreactor"],
  [/^reactor-netty(?:-[a-z]+)?$/, "io.projectreactor.netty"],
  [/^kotlin-/, "org.jetbrains.kotlin"],
  [/^kotlinx-coroutines-/, "org.jetbrains.kotlinx"],
  [/^okhttp(?:-[a-z-]+)?$/, "com.squareup.okhttp3"],
  [/^okio(?:-jvm)?$/, "com.squareup.okio"],
  [/^mockito-/, "org.mockito"],
  [/^hibernate-(?:core|envers|spatial|community-dialects|jcache)$/, "org.hibernate.orm"],
  [/^opentest4j$/, "org.opentest4j"],
  [/^apiguardian-api$/, "org.apiguardian"],
  [/^objenesis$/, "org.objenesis"],
  [/^hamcrest(?:-[a-z]+)?$/, "org.hamcrest"],
  [/^asm(?:-[a-z]+)?$/, "org.ow2.asm"],
  [/^checker-qual$/, "org.checkerframework"]
];
function archiveFileName(fileName) {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1).replace(ARCHIVE, "");
  const match = /^(.+?)-(\d[^/]*)$/.exec(base);
  return match ? { artifact: match[1], version: match[2] } : { artifact: base };
}
var IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function manifestCoordinates(manifest, fileName) {
  const file = archiveFileName(fileName);
  const title = [manifest["Implementation-Title"], manifest["Bundle-SymbolicName"]?.split(";")[0]?.trim()].find(
    (value) => value !== void 0 && IDENTIFIER.test(value)
  );
  const artifact = file.version || !title ? file.artifact : title;
  const version = [manifest["Implementation-Version"], manifest["Bundle-Version"], file.version].find(
    (value) => value !== void 0 && /^\d/.test(value) && !/\s/.test(value)
  );
  if (!artifact || !IDENTIFIER.test(artifact) || !version) return void 0;
  const vendorId = manifest["Implementation-Vendor-Id"];
  const group = vendorId && IDENTIFIER.test(vendorId) && vendorId.includes(".") ? vendorId : KNOWN_GROUPS.find(([pattern]) => pattern.test(artifact))?.[1];
  return { name: group ? `${group}:${artifact}` : artifact, version };
}
var zipModule;
async function openZip(source) {
  const zipLibrary = await (zipModule ??= import("./yauzl-D62Y6YVY.js").then((module) => module.default ?? module));
  return new Promise((resolve, reject) => {
    const done = (error, zip) => error || !zip ? reject(error ?? new Error("not a zip archive")) : resolve(zip);
    if (typeof source === "string") zipLibrary.open(source, { lazyEntries: true, autoClose: false }, done);
    else zipLibrary.fromBuffer(source, { lazyEntries: true }, done);
  });
}
function readZipEntry(zip, entry, limit) {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > limit) {
      reject(new Error(`${entry.fileName} is larger than ${limit} bytes`));
      return;
    }
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`));
        return;
      }
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
      stream.on("error", reject);
    });
  });
}
async function readJavaArchive(source, fileName, depth = 0, skipped = []) {
  const zip = await openZip(source);
  const own = [];
  const nested = [];
  let manifest;
  try {
    await new Promise((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry) => {
        const name = entry.fileName;
        const handle = async () => {
          if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(name)) {
            const properties = parseProperties((await readZipEntry(zip, entry, MAX_PROPERTIES)).toString("utf8"));
            if (properties.groupId && properties.artifactId && properties.version)
              own.push({ ecosystem: "Maven", name: `${properties.groupId}:${properties.artifactId}`, version: properties.version });
          } else if (name === MANIFEST) {
            manifest = parseJarManifest((await readZipEntry(zip, entry, MAX_PROPERTIES)).toString("utf8"));
          } else if (ARCHIVE.test(name)) {
            const limit = depth === 0 ? MAX_NESTED_ARCHIVE : MAX_DEEP_ARCHIVE;
            if (depth >= MAX_DEPTH) skipped.push(`${name}: archive nested more than ${MAX_DEPTH} levels deep, not read`);
            else if (entry.uncompressedSize > limit)
              skipped.push(`${name}: nested archive of ${entry.uncompressedSize} bytes, over the ${limit} chaingate reads, not read`);
            else
              for (const pkg of await readJavaArchive(await readZipEntry(zip, entry, limit), name, depth + 1, skipped))
                nested.push({ ...pkg, detail: pkg.detail ?? name });
          }
        };
        handle().then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  const file = archiveFileName(fileName);
  const named = own.some((pkg) => pkg.name.slice(pkg.name.indexOf(":") + 1) === file.artifact);
  if (!named && manifest && (own.length === 0 || file.version !== void 0)) {
    const coordinates = manifestCoordinates(manifest, fileName);
    if (coordinates && !own.some((pkg) => pkg.name.endsWith(`:${coordinates.name}`) && pkg.version === coordinates.version))
      own.unshift({ ecosystem: "Maven", ...coordinates });
  }
  return [...own, ...nested];
}
function isJavaArchive(entryPath) {
  return ARCHIVE.test(entryPath);
}
function removeQuietly(file) {
  try {
    language_default.rmSync(file, { force: true });
  } catch {
  }
}

// src/images/catalog/os-release.ts
function parseOsRelease(text, filePath) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\([$"\\`])/g, "$1");
    }
    values[match[1]] = value;
  }
  return {
    id: (values.ID ?? "linux").toLowerCase(),
    idLike: (values.ID_LIKE ?? "").split(/\s+/).filter(Boolean).map((like) => like.toLowerCase()),
    ...values.VERSION_ID || values.BUILD_ID ? { versionId: values.VERSION_ID || values.BUILD_ID } : {},
    ...values.VERSION_CODENAME ? { versionCodename: values.VERSION_CODENAME } : {},
    ...values.PRETTY_NAME ? { prettyName: values.PRETTY_NAME } : {},
    path: filePath
  };
}
function distroEcosystem(distro) {
  const version = distro.versionId;
  const major = version?.split(".")[0];
  switch (distro.id) {
    case "debian":
      return major && /^\d+$/.test(major) ? `Debian:${major}` : "Debian";
    case "ubuntu":
      return ubuntuEcosystem(version, distro.prettyName !== void 0 ? { prettyName: distro.prettyName } : {});
    case "alpine": {
      const release = /^(\d+\.\d+)(?:\.\d+)*$/.exec(version ?? "");
      return release ? `Alpine:v${release[1]}` : "Alpine";
    }
    case "wolfi":
      return "Wolfi";
    case "chainguard":
      return "Chainguard";
    case "rocky":
      return major ? `Rocky Linux:${major}` : "Rocky Linux";
    case "almalinux":
      return major ? `AlmaLinux:${major}` : "AlmaLinux";
    case "rhel":
      return "Red Hat";
    case "sles":
    case "sled":
    case "sle-micro":
      return productEcosystem("SUSE", distro.prettyName);
    case "photon":
      return version && /^\d+(?:\.\d+)?$/.test(version) ? `Photon OS:${version.includes(".") ? version : `${version}.0`}` : "Photon OS";
    case "mageia":
      return major ? `Mageia:${major}` : "Mageia";
    case "openeuler":
      return openEulerEcosystem(distro);
    case "fedora":
      return major ? `Fedora:${major}` : "Fedora";
    case "centos":
      return major ? `CentOS:${major}` : "CentOS";
    case "amzn":
      return major ? `Amazon Linux:${major}` : "Amazon Linux";
    case "mariner":
      return major ? `CBL-Mariner:${major}` : "CBL-Mariner";
    case "azurelinux":
      return major ? `Azure Linux:${major}` : "Azure Linux";
    default:
      if (distro.id.startsWith("opensuse")) return productEcosystem("openSUSE", distro.prettyName);
      if (distro.idLike.includes("debian")) return "Debian";
      if (distro.idLike.includes("alpine")) return "Alpine";
      return distro.id;
  }
}
function productEcosystem(vendor, prettyName) {
  const name = prettyName?.trim() ?? "";
  const product = name.startsWith(`${vendor} `) ? name.slice(vendor.length + 1).trim() : name;
  return product ? `${vendor}:${product}` : vendor;
}
function openEulerEcosystem(distro) {
  const pretty = /^openEuler\s+(\d{2}\.\d{2})(?:\s*\((LTS(?:[- ]SP\d+)?)\))?$/.exec(distro.prettyName?.trim() ?? "");
  if (pretty) return `openEuler:${pretty[1]}${pretty[2] ? `-${pretty[2].replace(" ", "-")}` : ""}`;
  return distro.versionId ? `openEuler:${distro.versionId}` : "openEuler";
}
function distroQualifier(distro) {
  return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id;
}

// src/images/catalog/index.ts
var OS_RELEASE_PATHS = ["etc/os-release", "usr/lib/os-release"];
var DPKG_STATUS = "var/lib/dpkg/status";
var APK_INSTALLED = "lib/apk/db/installed";
var DPKG_STATUS_D = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
var DPKG_LIST = /^var\/lib\/dpkg\/info\/[^/]+\.list$/;
var DPKG_COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
var DPKG_DOC_DIR = /^usr\/share\/doc\/[^/]+$/;
var RPM_DB = /^(?:var\/lib|usr\/lib\/sysimage|usr\/share)\/rpm\/(rpmdb\.sqlite|Packages\.db|Packages)$/;
var NPM_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/;
var NPM_APP_MANIFEST = /(?:^|\/)package\.json$/;
var PYTHON_METADATA = /(?:\.dist-info\/METADATA|\.egg-info\/PKG-INFO|\.egg-info|\.egg\/EGG-INFO\/PKG-INFO)$/;
function isLanguageFile(file) {
  const slash = file.lastIndexOf("/");
  const base = file.slice(slash + 1);
  if (base.endsWith(".jar") || base.endsWith(".war") || base.endsWith(".ear")) return true;
  if (base === "package.json" && file.includes("node_modules/")) return true;
  if (file.includes(".dist-info") && /\.dist-info(?:\/|$)/.test(file)) return true;
  if (file.includes(".egg-info") && /\.egg-info(?:\/|$)/.test(file)) return true;
  if (file.startsWith("bin/") || file.startsWith("sbin/") || file.includes("/bin/") || file.includes("/sbin/") || file.includes("/libexec/")) return true;
  const dir = file.slice(0, slash + 1);
  return base !== "" && !base.includes(".") && (dir.startsWith("lib/") || dir.includes("/lib/"));
}
var NOT_GO_BINARY = /\.(?:so(?:\.[0-9.]+)?|a|o|ko|debug|py|pyc|js|json|txt|md|html|css|xml|ya?ml|gz|xz|zst|bz2|zip|jar|png|svg|mo|h)$/i;
var MAX_TEXT = 64 * 1024 * 1024;
var MAX_SMALL = 1024 * 1024;
var ParseError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
    this.name = "ParseError";
  }
  line;
};
function bufferSink(limit, parse) {
  const chunks = [];
  let length = 0;
  return {
    write(chunk) {
      length += chunk.length;
      if (length > limit) throw new Error(`larger than the ${limit} bytes chaingate reads`);
      chunks.push(chunk);
    },
    async end() {
      return structuredClone(await parse(Buffer.concat(chunks).toString("utf8")));
    }
  };
}
function fileSink(tempDir, parse) {
  const file = path.join(tempDir, `f${Math.random().toString(36).slice(2)}`);
  const fd = catalog_default.openSync(file, "w", 384);
  let closed = false;
  const close = () => {
    if (!closed) catalog_default.closeSync(fd);
    closed = true;
  };
  return {
    write(chunk) {
      try {
        catalog_default.writeSync(fd, chunk);
      } catch (error) {
        close();
        removeQuietly(file);
        throw error;
      }
    },
    async end() {
      close();
      try {
        return await parse(file);
      } finally {
        removeQuietly(file);
      }
    }
  };
}
function lineOf(error) {
  return error.line;
}
function wrapLine(run) {
  try {
    return run();
  } catch (error) {
    throw new ParseError(error.message, lineOf(error));
  }
}
function linesSink(line, finish) {
  let rest;
  return {
    write(chunk) {
      const bytes = rest ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
        line(bytes, start, newline);
        start = newline + 1;
      }
      rest = start < bytes.length ? Buffer.from(bytes.subarray(start)) : void 0;
      if (rest && rest.length > MAX_SMALL) throw new Error(`a line longer than ${MAX_SMALL} bytes`);
    },
    async end() {
      if (rest) line(rest, 0, rest.length);
      return finish();
    }
  };
}
function ownedLinesSink(strip) {
  const paths = [];
  return linesSink(
    (bytes, start, end) => {
      const owned = strip(bytes.toString("utf8", start, end));
      if (owned && isLanguageFile(owned)) paths.push(bytes.toString("utf8", end - Buffer.byteLength(owned), end));
    },
    () => ({ kind: "owned", paths })
  );
}
function copyrightSink() {
  const kept = [];
  return linesSink(
    (bytes, start, end) => {
      const first = bytes[start];
      if (first === 32 || first === 9) {
        for (let index = start; index < end; index += 1) if (bytes[index] !== 32 && bytes[index] !== 9 && bytes[index] !== 13) return;
      }
      kept.push(bytes.toString("utf8", start, end));
    },
    () => {
      const license = debianCopyrightLicense(kept.join("\n"));
      return { kind: "dpkg-copyright", ...license ? { license } : {} };
    }
  );
}
var DATABASE_DIRS = ["etc", "usr/lib", "var/lib/dpkg", "var/lib/dpkg/status.d", "lib/apk/db", "var/lib/rpm", "usr/lib/sysimage/rpm", "usr/share/rpm"];
var DATABASE_DIR_PREFIXES = new Set(DATABASE_DIRS.flatMap((dir) => dir.split("/").map((_, index, parts) => parts.slice(0, index + 1).join("/"))));
var DATABASE_NAMES = /* @__PURE__ */ new Set(["os-release", "status", "installed", "rpmdb.sqlite", "Packages.db", "Packages"]);
function databaseAliases(view) {
  const aliases = /* @__PURE__ */ new Map();
  for (const dir of DATABASE_DIRS) {
    const real = path.posix.dirname(view.realPath(`${dir}/-`));
    if (real === dir || real === "." || aliases.has(real)) continue;
    for (const noted of view.noted) {
      if (noted.startsWith(`${real}/`) && !noted.slice(real.length + 1).includes("/") && !view.entries.has(noted)) {
        aliases.set(real, dir);
        break;
      }
    }
  }
  return aliases;
}
function aliasedSelection(selection, aliases) {
  return {
    wantsLink: (entryPath) => selection.wantsLink(entryPath),
    notes: (entryPath) => selection.notes?.(entryPath) ?? false,
    handlerFor(entry) {
      const handler = selection.handlerFor(entry);
      if (handler) return handler;
      const dir = aliases.get(path.posix.dirname(entry.path));
      return dir ? selection.handlerFor({ ...entry, path: `${dir}/${path.posix.basename(entry.path)}` }) : void 0;
    }
  };
}
function catalogSelection(options) {
  const wantedLinks = /* @__PURE__ */ new Set([...OS_RELEASE_PATHS, DPKG_STATUS, APK_INSTALLED, ...DATABASE_DIR_PREFIXES]);
  return {
    wantsLink: (entryPath) => wantedLinks.has(entryPath) || RPM_DB.test(entryPath) || DPKG_DOC_DIR.test(entryPath) || DPKG_COPYRIGHT.test(entryPath),
    notes: (entryPath) => DATABASE_NAMES.has(path.posix.basename(entryPath)) || path.posix.basename(path.posix.dirname(entryPath)) === "status.d",
    handlerFor(entry) {
      const entryPath = entry.path;
      if (OS_RELEASE_PATHS.includes(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "os-release", distro: parseOsRelease(text, entryPath) }));
      if (entryPath === DPKG_STATUS) return () => bufferSink(MAX_TEXT, (text) => ({ kind: "dpkg", packages: wrapLine(() => parseDpkgStatus(text)) }));
      if (DPKG_STATUS_D.test(entryPath)) {
        if (entryPath.endsWith(".md5sums")) return options.languages ? () => ownedLinesSink((line) => /^[0-9a-f]{32}\s+(.+)$/.exec(line)?.[1]) : void 0;
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "dpkg", packages: wrapLine(() => parseDpkgStatus(text)) }));
      }
      if (DPKG_COPYRIGHT.test(entryPath)) return copyrightSink;
      if (entryPath === APK_INSTALLED)
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: "apk", packages: wrapLine(() => parseApkInstalled(text, isLanguageFile)) }));
      const rpm = RPM_DB.exec(entryPath);
      if (rpm) {
        if (rpm[1] === "rpmdb.sqlite")
          return () => fileSink(options.tempDir, async (file) => ({ kind: "rpm", format: "rpmdb-sqlite", packages: await readRpmSqlite(file, isLanguageFile) }));
        if (rpm[1] === "Packages.db")
          return () => fileSink(options.tempDir, (file) => ({ kind: "rpm", format: "rpmdb-ndb", packages: readRpmNdb(file, isLanguageFile) }));
        return () => fileSink(options.tempDir, (file) => ({ kind: "rpm", format: "rpmdb-bdb", packages: readRpmBerkeleyDb(file, isLanguageFile) }));
      }
      if (!options.languages) return void 0;
      if (DPKG_LIST.test(entryPath)) return () => ownedLinesSink((line) => line.replace(/^\//, "") || void 0);
      if (NPM_MANIFEST.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "language", format: "image-npm", packages: parseNpmPackageJson(text) }));
      if (NPM_APP_MANIFEST.test(entryPath) && !entryPath.includes("node_modules/") && entry.size <= MAX_SMALL)
        return () => bufferSink(MAX_SMALL, (text) => {
          try {
            return { kind: "language", format: "image-npm-app", packages: parseNpmPackageJson(text) };
          } catch {
            return { kind: "none" };
          }
        });
      if (PYTHON_METADATA.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: "language", format: "image-python", packages: parsePythonMetadata(text) }));
      if (isJavaArchive(entryPath))
        return () => fileSink(options.tempDir, async (file) => {
          const skipped = [];
          return { kind: "language", format: "image-java", packages: await readJavaArchive(file, entryPath, 0, skipped), skipped };
        });
      if (entry.size >= 1024 && ((entry.mode & 73) !== 0 || !NOT_GO_BINARY.test(entryPath))) {
        return () => {
          const scanner = new GoBuildInfoScanner();
          return {
            write: (chunk) => scanner.write(chunk),
            end: async () => scanner.result ? { kind: "language", format: "image-go", packages: scanner.packages() } : { kind: "none" }
          };
        };
      }
      return void 0;
    }
  };
}
function osSettled(view) {
  const etc = view.resolve("etc/os-release");
  const distroSettled = etc !== void 0 && view.isSettled("etc/os-release") || view.isDecided("etc/os-release") && view.isSettled("usr/lib/os-release");
  if (!distroSettled) return false;
  for (const entryPath of [
    DPKG_STATUS,
    APK_INSTALLED,
    "var/lib/rpm/rpmdb.sqlite",
    "usr/lib/sysimage/rpm/rpmdb.sqlite",
    "var/lib/rpm/Packages.db",
    "usr/lib/sysimage/rpm/Packages.db",
    "var/lib/rpm/Packages"
  ]) {
    if (view.resolve(entryPath)) return true;
  }
  return false;
}
function canonical(entryPath) {
  return entryPath.replace(/^\/+/, "").replace(/^(bin|sbin|lib|lib32|lib64|libx32)\//, "usr/$1/");
}
var FAMILY = { dpkg: "Debian", apk: "Alpine", rpm: "Red Hat" };
function assembleCatalog(view) {
  const inventory = { packages: [], edges: [], files: [], problems: [] };
  const problems = inventory.problems;
  let distro;
  for (const candidate of OS_RELEASE_PATHS) {
    const found = view.resolve(candidate);
    if (found?.entry.type === "file" && found.entry.value.kind === "os-release") {
      distro = found.entry.value.distro;
      break;
    }
  }
  const ecosystem = distro ? distroEcosystem(distro) : void 0;
  const distroQualifierValue = distro ? distroQualifier(distro) : void 0;
  const owned = /* @__PURE__ */ new Set();
  const language = [];
  let missingDistroReported = false;
  const osEcosystem = (db, filePath) => {
    if (ecosystem) return ecosystem;
    if (!missingDistroReported)
      problems.push({ path: filePath, format: db, message: "no os-release in the image: the distribution (and so the advisories that apply) is unknown" });
    missingDistroReported = true;
    return FAMILY[db];
  };
  const entries = [...view.entries.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (const [entryPath, entry] of entries) {
    if (entry.type === "symlink") continue;
    const layer = entry.layer;
    if (entry.type === "error") {
      problems.push({ path: entryPath, ...entry.line ? { line: entry.line } : {}, format: "image", message: entry.message });
      continue;
    }
    const kept = entry.value;
    switch (kept.kind) {
      case "dpkg": {
        const eco = osEcosystem("dpkg", entryPath);
        for (const pkg of kept.packages) {
          const packageEco = distro?.id === "ubuntu" && eco.startsWith("Ubuntu:") && pkg.version.includes("+esm") ? ubuntuEcosystem(distro.versionId, { version: pkg.version, ...distro.prettyName !== void 0 ? { prettyName: distro.prettyName } : {} }) : eco;
          inventory.packages.push(
            osPackage(
              packageEco,
              pkg.name,
              pkg.version,
              { path: entryPath, line: pkg.line },
              layer,
              {
                ...pkg.arch ? { arch: pkg.arch } : {},
                ...distroQualifierValue ? { distro: distroQualifierValue } : {},
                ...pkg.source && pkg.source !== pkg.name ? { upstream: pkg.sourceVersion ? `${pkg.source}@${pkg.sourceVersion}` : pkg.source } : pkg.sourceVersion ? { upstream: `${pkg.name}@${pkg.sourceVersion}` } : {}
              },
              { name: pkg.source ?? pkg.name, ...pkg.sourceVersion && pkg.sourceVersion !== pkg.version ? { version: pkg.sourceVersion } : {} },
              pkg.arch,
              dpkgLicense(view, pkg.name)
            )
          );
        }
        inventory.files.push({
          path: entryPath,
          format: DPKG_STATUS_D.test(entryPath) ? "dpkg-status.d" : "dpkg-status",
          ecosystem: eco,
          packages: kept.packages.length
        });
        break;
      }
      case "apk": {
        const eco = osEcosystem("apk", entryPath);
        for (const pkg of kept.packages) {
          inventory.packages.push(
            osPackage(
              eco,
              pkg.name,
              pkg.version,
              { path: entryPath, line: pkg.line },
              layer,
              {
                ...pkg.arch ? { arch: pkg.arch } : {},
                ...distroQualifierValue ? { distro: distroQualifierValue } : {},
                ...pkg.origin && pkg.origin !== pkg.name ? { upstream: pkg.origin } : {}
              },
              { name: pkg.origin ?? pkg.name },
              pkg.arch,
              pkg.license
            )
          );
          for (const file of pkg.files) owned.add(canonical(file));
        }
        inventory.files.push({ path: entryPath, format: "apk-installed", ecosystem: eco, packages: kept.packages.length });
        break;
      }
      case "rpm": {
        const eco = osEcosystem("rpm", entryPath);
        let line = 0;
        for (const pkg of kept.packages) {
          line += 1;
          const version = `${pkg.epoch !== void 0 ? `${pkg.epoch}:` : ""}${pkg.version}-${pkg.release}`;
          const qualifiers = {
            ...pkg.arch ? { arch: pkg.arch } : {},
            ...pkg.epoch !== void 0 ? { epoch: String(pkg.epoch) } : {},
            ...distroQualifierValue ? { distro: distroQualifierValue } : {},
            ...pkg.sourceRpm ? { upstream: pkg.sourceRpm } : {}
          };
          const purl = purlFor(eco, pkg.name, `${pkg.version}-${pkg.release}`, qualifiers);
          inventory.packages.push({
            ...osPackage(
              eco,
              pkg.name,
              version,
              { path: entryPath, line },
              layer,
              {},
              pkg.sourceRpm ? { name: sourceRpmName(pkg.sourceRpm) } : { name: pkg.name },
              pkg.arch,
              pkg.license
            ),
            ...purl ? { purl } : {}
          });
          for (const file of pkg.files) owned.add(canonical(file));
        }
        inventory.files.push({ path: entryPath, format: kept.format, ecosystem: eco, packages: kept.packages.length });
        break;
      }
      case "owned":
        for (const file of kept.paths) owned.add(canonical(file));
        break;
      case "language":
        language.push({ path: entryPath, layer: entry.layer, format: kept.format, packages: kept.packages });
        for (const message of kept.skipped ?? []) problems.push({ path: entryPath, format: kept.format, message });
        break;
      default:
        break;
    }
  }
  let ownedLanguagePackages = 0;
  const npmDirs = /* @__PURE__ */ new Set();
  for (const found of language)
    if (found.format === "image-npm" && found.packages.length > 0) npmDirs.add(found.path.slice(0, found.path.indexOf("node_modules/")));
  for (const found of language) {
    if (found.format === "image-npm-app" && !npmDirs.has(found.path.slice(0, found.path.length - "package.json".length))) continue;
    const file = canonical(found.path);
    const dir = path.posix.dirname(file);
    if (owned.has(file) || /\.(dist|egg)-info$/.test(dir) && owned.has(dir)) {
      ownedLanguagePackages += found.packages.length;
      continue;
    }
    if (found.packages.length === 0) continue;
    for (const pkg of found.packages) {
      const purl = languagePurl(pkg);
      inventory.packages.push({
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...purl ? { purl } : {},
        scope: "runtime",
        direct: null,
        source: "registry",
        ...pkg.license ? { license: pkg.license } : {},
        ...pkg.replaces ? { replaces: pkg.replaces } : {},
        location: { path: found.path, line: 1 },
        layer: found.layer
      });
    }
    inventory.files.push({ path: found.path, format: found.format, ecosystem: found.packages[0].ecosystem, packages: found.packages.length });
  }
  return { inventory, ...distro ? { distro } : {}, ...ecosystem ? { ecosystem } : {}, ownedLanguagePackages };
}
function dpkgLicense(view, name) {
  const found = view.resolve(`usr/share/doc/${name}/copyright`);
  if (found?.entry.type !== "file") return void 0;
  const kept = found.entry.value;
  return kept.kind === "dpkg-copyright" ? kept.license : void 0;
}
function languagePurl(pkg) {
  if (pkg.ecosystem === "Maven" && !pkg.name.includes(":")) return void 0;
  try {
    return purlFor(pkg.ecosystem, pkg.name, pkg.version);
  } catch {
    return void 0;
  }
}
function osPackage(ecosystem, name, version, location, layer, qualifiers, sourcePackage, arch, license) {
  const purl = purlFor(ecosystem, name, version, qualifiers);
  return {
    ecosystem,
    name,
    version,
    ...purl ? { purl } : {},
    scope: "runtime",
    direct: null,
    source: "registry",
    ...license ? { license } : {},
    location,
    sourcePackage,
    ...arch ? { arch } : {},
    ...layer ? { layer } : {}
  };
}

// src/images/layers.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import crypto from "node:crypto";
import path2 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import v8 from "node:v8";
import vm from "node:vm";
import zlib from "node:zlib";
var LayerDigestError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LayerDigestError";
  }
};
function normalizeEntryPath(name) {
  const normalized = path2.posix.normalize(`/${name}`).slice(1);
  return normalized.endsWith("/") ? normalized.slice(0, -1) : normalized;
}
var collector;
var COLLECT_EVERY = 4 * 1024 * 1024;
var PROMOTED_LIMIT = 8 * 1024 * 1024;
var HELD_CHECKS = 3;
var sinceCollect = 0;
var heapAfterMajor = 0;
var heldChecks = 0;
function exposedCollector() {
  if (collector === void 0) {
    collector = globalThis.gc ?? null;
    if (!collector) {
      try {
        v8.setFlagsFromString("--expose-gc");
        collector = vm.runInNewContext("gc");
      } catch {
        collector = null;
      }
    }
  }
  return collector;
}
function collectGarbage() {
  const collect = exposedCollector();
  if (!collect) return;
  collect({ type: "minor" });
  const { arrayBuffers, heapUsed } = process.memoryUsage();
  heldChecks = arrayBuffers > PROMOTED_LIMIT ? heldChecks + 1 : 0;
  if (heldChecks >= HELD_CHECKS || heapUsed - heapAfterMajor > PROMOTED_LIMIT) {
    heldChecks = 0;
    collect({ type: "major" });
    heapAfterMajor = process.memoryUsage().heapUsed;
  }
}
function collectFully() {
  exposedCollector()?.({ type: "major" });
  heldChecks = 0;
  heapAfterMajor = process.memoryUsage().heapUsed;
}
var CHUNK = 256 * 1024;
function countForCollection(bytes) {
  sinceCollect += bytes;
  if (sinceCollect >= COLLECT_EVERY) {
    sinceCollect = 0;
    collectGarbage();
  }
}
var BlobTap = class extends Transform {
  constructor(count) {
    super();
    this.count = count;
  }
  count;
  hash = crypto.createHash("sha256");
  bytes = 0;
  parts = [];
  pending = 0;
  resolveHead;
  /** The first chunk passed on (at least CHUNK bytes unless the blob is smaller), to see the magic bytes. */
  head = new Promise((resolve) => this.resolveHead = resolve);
  _transform(chunk, _encoding, callback) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.count?.(chunk.length);
    countForCollection(chunk.length);
    this.parts.push(chunk);
    this.pending += chunk.length;
    if (this.pending >= CHUNK) this.release();
    callback();
  }
  _flush(callback) {
    if (this.pending > 0) this.release();
    this.resolveHead(Buffer.alloc(0));
    callback();
  }
  release() {
    const out = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.pending);
    this.parts = [];
    this.pending = 0;
    this.resolveHead(out);
    this.push(out);
  }
};
var HashTap = class extends Transform {
  hash = crypto.createHash("sha256");
  _transform(chunk, _encoding, callback) {
    process.nextTick(() => {
      if (this.destroyed) return;
      this.hash.update(chunk);
      countForCollection(chunk.length);
      callback(null, chunk);
    });
  }
};
function decompressorFor(head) {
  if (head[0] === 31 && head[1] === 139) return zlib.createGunzip({ chunkSize: CHUNK });
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return zlib.createZstdDecompress({ chunkSize: CHUNK });
  return void 0;
}
var OPAQUE = ".wh..wh..opq";
function brokenOff(where, reason) {
  const cause = reason;
  const broken = new Error(`${where}: reading the blob broke off (${typeof cause?.message === "string" ? cause.message : String(cause)})`, { cause });
  return Object.assign(broken, { code: cause?.code });
}
async function scanLayer(layer, selection, again = false) {
  const scan = { entries: /* @__PURE__ */ new Map(), whiteouts: /* @__PURE__ */ new Set(), opaque: /* @__PURE__ */ new Set(), bytes: 0, noted: /* @__PURE__ */ new Set() };
  const opened = await layer.open();
  const compressed = new BlobTap(opened.count);
  const uncompressed = new HashTap();
  const extract = import_tar_stream.default.extract();
  const links = [];
  extract.on("entry", (header, stream, next) => {
    const entryPath = normalizeEntryPath(header.name);
    const base = path2.posix.basename(entryPath);
    const dir = path2.posix.dirname(entryPath);
    const done = (error) => next(error);
    if (base.startsWith(".wh.")) {
      if (base === OPAQUE) scan.opaque.add(dir === "." ? "" : entryPath.slice(0, -OPAQUE.length - 1));
      else if (!base.startsWith(".wh..wh.") && base.length > 4) scan.whiteouts.add(dir === "." ? base.slice(4) : `${dir}/${base.slice(4)}`);
      stream.on("end", done).resume();
      return;
    }
    if (header.type === "symlink") {
      if (selection.wantsLink(entryPath)) scan.entries.set(entryPath, { type: "symlink", layer: layer.diffId, target: header.linkname });
      stream.on("end", done).resume();
      return;
    }
    if (header.type === "link") {
      if (selection.wantsLink(entryPath) || selection.handlerFor({ path: entryPath, size: 0, mode: header.mode ?? 0 }))
        links.push({ path: entryPath, target: normalizeEntryPath(header.linkname) });
      if (selection.notes?.(entryPath)) scan.noted.add(entryPath);
      stream.on("end", done).resume();
      return;
    }
    const info = { path: entryPath, size: header.size ?? 0, mode: header.mode ?? 0 };
    const regular = header.type === "file" || header.type === "contiguous-file";
    if (regular && selection.notes?.(entryPath)) scan.noted.add(entryPath);
    const handler = regular ? selection.handlerFor(info) : void 0;
    if (!handler) {
      stream.on("end", done).resume();
      return;
    }
    let sink;
    let failure;
    try {
      sink = handler(info);
    } catch (error) {
      scan.entries.set(entryPath, { type: "error", layer: layer.diffId, message: error instanceof Error ? error.message : String(error) });
      stream.on("end", done).resume();
      return;
    }
    stream.on("data", (chunk) => {
      if (failure !== void 0) return;
      try {
        sink.write(chunk);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    });
    stream.on("end", () => {
      const finish = failure !== void 0 ? Promise.reject(new Error(failure)) : sink.end();
      finish.then(
        (value) => {
          scan.entries.set(entryPath, { type: "file", layer: layer.diffId, value });
          done();
        },
        (error) => {
          const line = error?.line;
          scan.entries.set(entryPath, {
            type: "error",
            layer: layer.diffId,
            message: error instanceof Error ? error.message : String(error),
            ...typeof line === "number" ? { line } : {}
          });
          done();
        }
      );
    });
  });
  const download = pipeline(opened.stream, compressed);
  const where = `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`;
  const head = await Promise.race([compressed.head, download.then(() => compressed.head)]).catch((error) => {
    throw brokenOff(where, error);
  });
  const decompressor = decompressorFor(head);
  const stages = decompressor ? [decompressor, uncompressed] : [uncompressed];
  const [received, read] = await Promise.allSettled([download, pipeline(compressed, ...stages, extract)]);
  if (received.status === "rejected" && (read.status === "fulfilled" || read.reason?.code === "ERR_STREAM_PREMATURE_CLOSE"))
    throw brokenOff(where, received.reason);
  if (read.status === "rejected") {
    const reason = read.reason;
    if (reason && reason.code !== "ERR_STREAM_PREMATURE_CLOSE" && typeof reason.message === "string")
      throw new LayerDigestError(`${where}: cannot be read as a layer (${reason.message}): the blob is corrupt or not what its digest names`);
    throw read.reason;
  }
  scan.bytes = compressed.bytes;
  const blobDigest = `sha256:${compressed.hash.digest("hex")}`;
  const diffId = `sha256:${uncompressed.hash.digest("hex")}`;
  if (layer.digest?.startsWith("sha256:") && layer.digest !== blobDigest) throw new LayerDigestError(`${where}: the blob has digest ${blobDigest}`);
  if (layer.size !== void 0 && layer.digest && layer.size !== compressed.bytes)
    throw new LayerDigestError(`${where}: the blob has ${compressed.bytes} bytes, the manifest says ${layer.size}`);
  if (layer.diffId.startsWith("sha256:") && layer.diffId !== diffId)
    throw new LayerDigestError(`${where}: the uncompressed tar has digest ${diffId}, the config's diff_id is ${layer.diffId}`);
  const unread = links.filter((link) => !scan.entries.has(link.target) && !scan.entries.has(link.path));
  if (unread.length > 0 && !again) {
    const targets = /* @__PURE__ */ new Map();
    for (const link of unread) if (!targets.has(link.target)) targets.set(link.target, link.path);
    const onlyForLinks = /* @__PURE__ */ new Set();
    const again2 = await scanLayer(
      layer,
      {
        wantsLink: (entryPath) => selection.wantsLink(entryPath),
        notes: (entryPath) => selection.notes?.(entryPath) ?? false,
        handlerFor: (entry) => {
          const own = selection.handlerFor(entry);
          const as = targets.get(entry.path);
          if (own || !as) return own;
          onlyForLinks.add(entry.path);
          return selection.handlerFor({ ...entry, path: as });
        }
      },
      true
    );
    for (const target of onlyForLinks) again2.entries.delete(target);
    return again2;
  }
  for (const link of links) {
    const target = scan.entries.get(link.target);
    if (target) scan.entries.set(link.path, target);
  }
  return scan;
}
var MergedView = class {
  entries = /* @__PURE__ */ new Map();
  hidden = /* @__PURE__ */ new Set();
  opaque = /* @__PURE__ */ new Set();
  /** Noted files of the layers read (`Selection.notes`), not hidden by a layer above. */
  noted = /* @__PURE__ */ new Set();
  layersRead = 0;
  /**
   * The path with the recorded symlinks of its parent directories followed (`var/lib/dpkg` → `/usr/lib/dpkg`,
   * usr-merged `lib` → `usr/lib`); the last component is left as it is.
   */
  realPath(entryPath) {
    let parts = entryPath.split("/").filter(Boolean);
    let hops = 0;
    for (let index = 0; index < parts.length - 1; index += 1) {
      const prefix = parts.slice(0, index + 1).join("/");
      const entry = this.entries.get(prefix);
      if (entry?.type !== "symlink" || hops >= 16) continue;
      hops += 1;
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(prefix);
      const target = normalizeEntryPath(path2.posix.join(base, entry.target));
      parts = [...target.split("/").filter(Boolean), ...parts.slice(index + 1)];
      index = -1;
    }
    return parts.join("/");
  }
  /** Hidden by a whiteout or opaque directory of a layer above those read into the view so far. */
  isHidden(entryPath) {
    let current = entryPath;
    if (this.hidden.has(current)) return true;
    for (; ; ) {
      const slash = current.lastIndexOf("/");
      const parent = slash < 0 ? "" : current.slice(0, slash);
      if (this.opaque.has(parent)) return true;
      if (slash < 0) return false;
      if (this.hidden.has(parent)) return true;
      current = parent;
    }
  }
  /** Decided: a higher layer has it, or hides it. */
  isDecided(entryPath) {
    return this.entries.has(entryPath) || this.isHidden(entryPath);
  }
  /** Adds the next lower layer. */
  add(scan) {
    for (const entryPath of scan.noted) if (!this.isHidden(entryPath)) this.noted.add(entryPath);
    for (const [entryPath, entry] of scan.entries) {
      if (!this.entries.has(entryPath) && !this.isHidden(entryPath)) this.entries.set(entryPath, entry);
    }
    for (const entryPath of scan.whiteouts) this.hidden.add(entryPath);
    for (const dir of scan.opaque) this.opaque.add(dir);
    this.layersRead += 1;
  }
  /** The entry at a path, following recorded symlinks (at most 8). */
  resolve(entryPath) {
    let current = entryPath;
    for (let hops = 0; hops < 8; hops += 1) {
      let entry = this.entries.get(current);
      if (!entry) {
        current = this.realPath(current);
        entry = this.entries.get(current);
      }
      if (!entry) return void 0;
      if (entry.type !== "symlink") return { path: current, entry };
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(current);
      current = normalizeEntryPath(path2.posix.join(base, entry.target));
    }
    return void 0;
  }
  /** Whether a path is settled: decided, and when a symlink, its target too. */
  isSettled(entryPath) {
    let current = entryPath;
    for (let hops = 0; hops < 8; hops += 1) {
      if (!this.isDecided(current)) return false;
      const entry = this.entries.get(current);
      if (!entry || entry.type !== "symlink") return true;
      const base = entry.target.startsWith("/") ? "" : path2.posix.dirname(current);
      current = normalizeEntryPath(path2.posix.join(base, entry.target));
    }
    return true;
  }
};

// src/images/source.ts
import crypto2 from "node:crypto";

// fs-without-es-facade:src/images/source.ts
var fs4 = process.getBuiltinModule("node:fs");
var source_default = fs4;

// src/images/source.ts
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
import os from "node:os";
import path3 from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import zlib2 from "node:zlib";
var INDEX_TYPES = /* @__PURE__ */ new Set(["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set(["application/vnd.oci.image.manifest.v1+json", "application/vnd.docker.distribution.manifest.v2+json"]);
var MAX_JSON_BYTES = 4 * 1024 * 1024;
var SCHEMA1_TYPES = /* @__PURE__ */ new Set(["application/vnd.docker.distribution.manifest.v1+json", "application/vnd.docker.distribution.manifest.v1+prettyjws"]);
var IMAGE_CONFIG_TYPES = /* @__PURE__ */ new Set([
  "application/vnd.oci.image.config.v1+json",
  "application/vnd.docker.container.image.v1+json",
  "application/octet-stream",
  "application/json"
]);
var FOREIGN_LAYER = /^application\/vnd\.(?:docker\.image\.rootfs\.foreign\.diff\.tar|oci\.image\.layer\.nondistributable\.v1\.tar)/;
var LAYER_TYPE = /[./+-]tar(?:[.+](?:gzip|zstd))?$|^application\/octet-stream$/;
var MAX_INDEX_DEPTH = 4;
function sha256(data) {
  return `sha256:${crypto2.createHash("sha256").update(data).digest("hex")}`;
}
function parseJson(bytes, what) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw new ConfigurationError(`${what} is not a JSON object`);
}
function mediaTypeOf(body, fallback) {
  if (typeof body.mediaType === "string" && body.mediaType) return body.mediaType;
  if (Array.isArray(body.manifests)) return "application/vnd.oci.image.index.v1+json";
  if (body.config && typeof body.config === "object") return "application/vnd.oci.image.manifest.v1+json";
  return fallback?.split(";")[0].trim() || "application/vnd.oci.image.manifest.v1+json";
}
function pickPlatform(index, platform, where) {
  const entries = (index.manifests ?? []).filter((entry) => typeof entry?.digest === "string");
  const images = entries.filter(
    (entry) => (!entry.mediaType || MANIFEST_TYPES.has(entry.mediaType) || INDEX_TYPES.has(entry.mediaType)) && // buildx's attestation manifests (platform unknown/unknown) describe an image, they are not one.
    entry.annotations?.["vnd.docker.reference.type"] === void 0
  );
  const available = images.filter((entry) => entry.platform && entry.platform.os !== "unknown").map(
    (entry) => formatPlatform({
      os: entry.platform.os ?? "?",
      architecture: entry.platform.architecture ?? "?",
      ...entry.platform.variant ? { variant: entry.platform.variant } : {}
    })
  );
  const descriptor = images.find((entry) => platformMatches(entry.platform, platform)) ?? images.find((entry) => !entry.platform && entry.mediaType !== void 0 && INDEX_TYPES.has(entry.mediaType));
  if (!descriptor)
    throw new ConfigurationError(
      `${where}: no image for platform ${formatPlatform(platform)} in the index (it has ${available.length > 0 ? available.join(", ") : "none"}); choose one with --platform`
    );
  return { descriptor, available };
}
function checkManifest(body, mediaType, where) {
  if (body.schemaVersion === 1 || SCHEMA1_TYPES.has(mediaType))
    throw new ConfigurationError(
      `${where}: a Docker image manifest schema 1, which chaingate does not read (deprecated since 2017; push the image again with a current client, or copy it with skopeo, to get schema 2 or OCI)`
    );
  if (INDEX_TYPES.has(mediaType)) return;
  const config = body.config;
  if (!config || typeof config.digest !== "string") throw new ConfigurationError(`${where}: the manifest has no config (not an image)`);
  if (config.mediaType && !IMAGE_CONFIG_TYPES.has(config.mediaType))
    throw new ConfigurationError(`${where}: not a container image (config media type ${JSON.stringify(config.mediaType)})`);
}
function layersOf(manifest, config, where) {
  const descriptors = manifest.layers ?? [];
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (!Array.isArray(descriptors) || !Array.isArray(diffIds))
    throw new ConfigurationError(`${where}: the manifest's layers or the config's diff_ids are not lists`);
  if (descriptors.length !== diffIds.length)
    throw new ConfigurationError(`${where}: the manifest lists ${descriptors.length} layers but the config ${diffIds.length} diff_ids`);
  for (const descriptor of descriptors) {
    if (typeof descriptor?.digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(descriptor.digest))
      throw new ConfigurationError(`${where}: a layer has no sha256 digest`);
    if (descriptor.mediaType && !LAYER_TYPE.test(descriptor.mediaType) && !FOREIGN_LAYER.test(descriptor.mediaType))
      throw new ConfigurationError(`${where}: layer ${descriptor.digest} has media type ${JSON.stringify(descriptor.mediaType)}, which chaingate does not read`);
  }
  return { descriptors, diffIds };
}
function foreignOf(descriptor) {
  if (!descriptor.mediaType || !FOREIGN_LAYER.test(descriptor.mediaType)) return {};
  return { foreign: Array.isArray(descriptor.urls) ? descriptor.urls.filter((url) => typeof url === "string") : [] };
}
async function descend(top, load, platform, where) {
  let current = top;
  let indexDigest;
  let available = [];
  for (let depth = 0; ; depth += 1) {
    checkManifest(current.body, current.mediaType, where);
    if (!INDEX_TYPES.has(current.mediaType)) return { manifest: current, ...indexDigest ? { indexDigest } : {}, available };
    if (depth >= MAX_INDEX_DEPTH) throw new ConfigurationError(`${where}: indexes nested more than ${MAX_INDEX_DEPTH} deep`);
    if (!indexDigest && current.digest) indexDigest = current.digest;
    const picked = pickPlatform(current.body, platform, where);
    available = picked.available;
    current = await load(picked.descriptor);
  }
}
async function resolveImage(reference, options) {
  if (reference.kind === "registry") return resolveRegistry(reference, options);
  if (reference.kind === "oci") return resolveLayout(reference, options.platform);
  return resolveArchive(reference, options.platform);
}
function registryCredentials(name, options) {
  const env = options.env ?? process.env;
  if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) return { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD };
  return readDockerCredentials(name, options.dockerConfig ?? env.DOCKER_CONFIG);
}
async function resolveRegistry(reference, options) {
  const key = `${reference.registry}/${reference.repository}`;
  const reader = (options.pool ?? new RegistryPool()).reader(key, options.credentials ? await options.credentials(key) : registryCredentials(key, options));
  const start = reader.bytesRead;
  const where = reference.text;
  const top = await reader.manifest(reference.digest ?? reference.tag);
  if (!top) throw new ConfigurationError(`${where}: no such image in the registry`);
  const { manifest, indexDigest, available } = await descend(
    { ...top, mediaType: mediaTypeOf(top.body, top.mediaType) },
    async (descriptor) => {
      const child = await reader.manifest(descriptor.digest);
      if (!child) throw new ConfigurationError(`${where}: the index names ${descriptor.digest}, which the registry does not have`);
      return { ...child, mediaType: mediaTypeOf(child.body, descriptor.mediaType ?? child.mediaType) };
    },
    options.platform,
    where
  );
  const configDescriptor = manifest.body.config;
  const config = parseJson(await reader.blob(configDescriptor.digest, MAX_JSON_BYTES), `${where}: config`);
  const { descriptors, diffIds } = layersOf(manifest.body, config, where);
  const registryReader = reader;
  return {
    reference: reference.text,
    digest: manifest.digest,
    ...indexDigest ? { indexDigest } : {},
    platform: platformOf(config, options.platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((descriptor, index) => ({
      index,
      digest: descriptor.digest,
      diffId: diffIds[index],
      ...descriptor.mediaType ? { mediaType: descriptor.mediaType } : {},
      ...typeof descriptor.size === "number" ? { size: descriptor.size } : {},
      ...foreignOf(descriptor),
      open: async () => {
        const { stream, count } = await registryReader.blobStream(descriptor.digest);
        return { stream, count };
      }
    })),
    bytesRead: () => registryReader.bytesRead - start,
    close: async () => void 0
  };
}
function platformOf(config, asked) {
  if (!config.os || !config.architecture) return asked;
  return { os: config.os, architecture: config.architecture, ...config.variant ? { variant: config.variant } : {} };
}
var FileCounter = class {
  bytes = 0;
  read(file, limit, what) {
    let stat;
    try {
      stat = source_default.statSync(file);
    } catch {
      throw new ConfigurationError(`${what}: missing`, { file });
    }
    if (stat.size > limit) throw new ConfigurationError(`${what} is ${stat.size} bytes, more than the ${limit} chaingate reads`, { file });
    const bytes = source_default.readFileSync(file);
    this.bytes += bytes.length;
    return bytes;
  }
  async *stream(file, start, end) {
    for await (const chunk of source_default.createReadStream(file, { start, end, highWaterMark: 64 * 1024 })) {
      this.bytes += chunk.length;
      yield chunk;
    }
  }
  /** A layer blob (or part of a file), read in 1 MB chunks, counted by whoever reads it. */
  layer(file, start, end) {
    return {
      stream: source_default.createReadStream(file, { ...start !== void 0 ? { start } : {}, ...end !== void 0 ? { end } : {}, highWaterMark: 1024 * 1024 }),
      count: (bytes) => {
        this.bytes += bytes;
      }
    };
  }
};
async function resolveLayout(reference, platform) {
  const dir = reference.dir;
  const where = reference.text;
  const files = new FileCounter();
  if (!source_default.existsSync(path3.join(dir, "oci-layout"))) throw new ConfigurationError(`not an OCI image layout (no oci-layout file)`, { file: dir });
  const blobPath = (digest) => {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
    if (!match) throw new ConfigurationError(`${where}: unsupported digest ${JSON.stringify(digest)}`);
    return path3.join(dir, "blobs", match[1], match[2]);
  };
  const indexFile = path3.join(dir, "index.json");
  return resolveLayoutStore(
    {
      index: async () => files.read(indexFile, MAX_JSON_BYTES, "index.json"),
      blob: async (digest, what) => {
        const bytes = files.read(blobPath(digest), MAX_JSON_BYTES, what);
        if (digest.startsWith("sha256:") && sha256(bytes) !== digest)
          throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file: blobPath(digest) });
        return bytes;
      },
      layer: (digest) => files.layer(blobPath(digest)),
      indexFile,
      files,
      close: async () => void 0
    },
    where,
    reference.tag,
    platform
  );
}
async function resolveLayoutStore(store, where, wantedTag, platform) {
  const { files, indexFile } = store;
  const top = parseJson(await store.index(), `${where}: index.json`);
  const entries = (top.manifests ?? []).filter((entry) => typeof entry?.digest === "string");
  const refName = (entry) => entry.annotations?.["org.opencontainers.image.ref.name"];
  const tagOf = (entry) => refName(entry) ?? entry.annotations?.["io.containerd.image.name"];
  let candidates = entries;
  if (wantedTag) {
    const tag = wantedTag;
    candidates = entries.filter((entry) => refName(entry) === tag);
    if (candidates.length === 0)
      candidates = entries.filter((entry) => {
        const name = tagOf(entry);
        return name !== void 0 && (name === tag || name.endsWith(`:${tag}`) || name.endsWith(`/${tag}`));
      });
  }
  const tags = [...new Set(entries.map(tagOf).filter((name) => name !== void 0))];
  if (candidates.length === 0)
    throw new ConfigurationError(
      wantedTag ? `${where}: no image tagged ${JSON.stringify(wantedTag)} in index.json (it has ${tags.length > 0 ? tags.join(", ") : "no tagged image"})` : `${where}: index.json lists no image`,
      { file: indexFile }
    );
  if (!wantedTag && tags.length > 1)
    throw new ConfigurationError(`${where}: index.json holds several images (${tags.join(", ")}); name one with oci:DIR:TAG`, { file: indexFile });
  const load = async (entry) => {
    const body2 = parseJson(await store.blob(entry.digest, `${where}: manifest`), `${where}: manifest ${entry.digest}`);
    return { digest: entry.digest, mediaType: mediaTypeOf(body2, entry.mediaType), body: body2 };
  };
  const first = candidates.length === 1 ? await load(candidates[0]) : { digest: "", mediaType: INDEX_TYPES.values().next().value, body: { manifests: candidates } };
  const { manifest, indexDigest, available } = await descend(first, load, platform, where);
  const body = manifest.body;
  const descriptor = { digest: manifest.digest };
  const configDescriptor = body.config;
  const config = parseJson(await store.blob(configDescriptor.digest, `${where}: config`), `${where}: config`);
  const { descriptors, diffIds } = layersOf(body, config, where);
  return {
    reference: where,
    digest: descriptor.digest,
    ...indexDigest ? { indexDigest } : {},
    platform: platformOf(config, platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((layer, index) => ({
      index,
      digest: layer.digest,
      diffId: diffIds[index],
      ...layer.mediaType ? { mediaType: layer.mediaType } : {},
      ...typeof layer.size === "number" ? { size: layer.size } : {},
      ...foreignOf(layer),
      open: async () => store.layer(layer.digest)
    })),
    bytesRead: () => files.bytes,
    close: () => store.close()
  };
}
async function indexTarball(file, files) {
  const entries = /* @__PURE__ */ new Map();
  const extract = import_tar_stream2.default.extract();
  const done = new Promise((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      if (header.type === "file" || header.type === "contiguous-file")
        entries.set(path3.posix.normalize(header.name).replace(/^\.\//, ""), { offset: stream.offset + 512, size: header.size });
      stream.on("end", () => next());
      stream.resume();
    });
    extract.on("finish", () => resolve());
    extract.on("error", reject);
  });
  const input = source_default.createReadStream(file, { highWaterMark: 1024 * 1024 });
  input.on("data", (chunk) => {
    files.bytes += chunk.length;
  });
  input.on("error", (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    await done;
  } catch (error) {
    throw new ConfigurationError(`not a readable tar archive: ${error.message}`, { file });
  }
  return entries;
}
function comparableName(name) {
  const parsed = parseImageRef(name);
  return parsed.ok ? parsed.ref.canonical : name;
}
async function resolveArchive(reference, platform) {
  const files = new FileCounter();
  if (!source_default.existsSync(reference.file)) throw new ConfigurationError("no such file", { file: reference.file });
  const unpacked = await decompressedArchive(reference.file, files);
  const file = unpacked?.file ?? reference.file;
  try {
    return await readArchive(reference, file, files, platform, unpacked?.cleanup);
  } catch (error) {
    unpacked?.cleanup();
    if (error instanceof ConfigurationError && unpacked && error.file === file) throw new ConfigurationError(error.message, { file: reference.file });
    throw error;
  }
}
async function decompressedArchive(file, files) {
  const head = Buffer.alloc(4);
  const fd = source_default.openSync(file, "r");
  try {
    source_default.readSync(fd, head, 0, 4, 0);
  } finally {
    source_default.closeSync(fd);
  }
  const gzip = head[0] === 31 && head[1] === 139;
  const zstd = head.readUInt32LE(0) === 4247762216;
  if (!gzip && !zstd) return void 0;
  const dir = source_default.mkdtempSync(path3.join(os.tmpdir(), "chaingate-archive-"));
  const cleanup = () => source_default.rmSync(dir, { recursive: true, force: true });
  const target = path3.join(dir, "archive.tar");
  try {
    await pipeline2(Readable.from(files.stream(file)), gzip ? zlib2.createGunzip() : zlib2.createZstdDecompress(), source_default.createWriteStream(target, { mode: 384 }));
  } catch (error) {
    cleanup();
    throw new ConfigurationError(`not a readable ${gzip ? "gzip" : "zstd"}-compressed archive: ${error.message}`, { file });
  }
  return { file: target, cleanup };
}
async function readArchive(reference, file, files, platform, cleanup) {
  const where = reference.text;
  const entries = await indexTarball(file, files);
  const readEntry = async (name, what) => {
    const entry = entries.get(name);
    if (!entry) throw new ConfigurationError(`${what}: ${name} is not in the archive`, { file });
    if (entry.size > MAX_JSON_BYTES) throw new ConfigurationError(`${what}: ${name} is larger than ${MAX_JSON_BYTES} bytes`, { file });
    const chunks = [];
    if (entry.size > 0) for await (const chunk of files.stream(file, entry.offset, entry.offset + entry.size - 1)) chunks.push(chunk);
    return Buffer.concat(chunks);
  };
  if (!entries.has("manifest.json")) {
    if (!entries.has("index.json") || !entries.has("oci-layout"))
      throw new ConfigurationError(`${where}: no manifest.json in the archive (not a docker save archive)`, { file });
    const blobEntry = (digest) => {
      const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest);
      const entry = match ? entries.get(`blobs/${match[1]}/${match[2]}`) : void 0;
      if (!entry) throw new ConfigurationError(`${where}: blob ${digest} is not in the archive`, { file });
      return entry;
    };
    return resolveLayoutStore(
      {
        index: () => readEntry("index.json", "index.json"),
        blob: async (digest, what) => {
          blobEntry(digest);
          const bytes = await readEntry(`blobs/${digest.replace(":", "/")}`, what);
          if (digest.startsWith("sha256:") && sha256(bytes) !== digest)
            throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file });
          return bytes;
        },
        layer: (digest) => {
          const entry = blobEntry(digest);
          return entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) };
        },
        indexFile: file,
        files,
        close: async () => cleanup?.()
      },
      where,
      reference.name?.startsWith("@") ? void 0 : reference.name,
      platform
    );
  }
  let manifestJson;
  try {
    manifestJson = JSON.parse((await readEntry("manifest.json", "docker-archive")).toString("utf8"));
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${where}: manifest.json is not JSON`, { file });
  }
  if (!Array.isArray(manifestJson) || manifestJson.length === 0) throw new ConfigurationError(`${where}: manifest.json lists no image`, { file });
  const images = manifestJson;
  const tagsOf = (candidate) => Array.isArray(candidate?.RepoTags) ? candidate.RepoTags : [];
  const listed = () => images.map((candidate, index) => `@${index}${tagsOf(candidate).length > 0 ? ` (${tagsOf(candidate).join(", ")})` : ""}`).join(", ");
  let image = images[0];
  if (reference.name) {
    const at = /^@(\d+)$/.exec(reference.name);
    const wanted = at ? void 0 : comparableName(reference.name);
    const named = at ? images[Number(at[1])] : images.find((candidate) => tagsOf(candidate).some((tag) => comparableName(tag) === wanted));
    if (!named) throw new ConfigurationError(`${where}: no image ${JSON.stringify(reference.name)} in the archive (it has ${listed()})`, { file });
    image = named;
  } else if (images.length > 1) {
    throw new ConfigurationError(`${where}: the archive holds ${images.length} images (${listed()}); name one (docker-archive:FILE:NAME:TAG or :@N)`, { file });
  }
  if (!image.Config || !Array.isArray(image.Layers)) throw new ConfigurationError(`${where}: manifest.json entry has no Config or Layers`, { file });
  const configBytes = await readEntry(image.Config, "docker-archive config");
  const configDigest = sha256(configBytes);
  const expected = /([0-9a-f]{64})(?:\.json)?$/.exec(image.Config)?.[1];
  if (expected && `sha256:${expected}` !== configDigest) throw new ConfigurationError(`${where}: config ${image.Config} has digest ${configDigest}`, { file });
  const config = parseJson(configBytes, `${where}: config`);
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== image.Layers.length)
    throw new ConfigurationError(`${where}: manifest.json lists ${image.Layers.length} layers but the config ${diffIds.length} diff_ids`, { file });
  const layers = image.Layers.map((name, index) => {
    const normalized = path3.posix.normalize(name).replace(/^\.\//, "");
    const entry = entries.get(normalized);
    if (!entry) throw new ConfigurationError(`${where}: layer ${name} is not in the archive`, { file });
    const blobDigest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(normalized)?.[1];
    return {
      index,
      ...blobDigest ? { digest: `sha256:${blobDigest}` } : {},
      diffId: diffIds[index],
      size: entry.size,
      open: async () => entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) }
    };
  });
  return {
    reference: where,
    digest: configDigest,
    platform: platformOf(config, platform),
    available: [],
    config,
    configDigest,
    layers,
    bytesRead: () => files.bytes,
    close: async () => cleanup?.()
  };
}

// src/images/index.ts
var CUT = /* @__PURE__ */ new Set(["ECONNRESET", "ETIMEDOUT", "EPIPE", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE"]);
async function catalogImage(referenceText, options = {}) {
  const reference = parseImageReference(referenceText);
  const platform = options.platform ?? DEFAULT_PLATFORM;
  const languages = options.languages ?? true;
  const image = await resolveImage(reference, {
    platform,
    ...options.env ? { env: options.env } : {},
    ...options.dockerConfig ? { dockerConfig: options.dockerConfig } : {},
    ...options.pool ? { pool: options.pool } : {},
    ...options.credentials ? { credentials: options.credentials } : {}
  });
  const tempDir = images_default.mkdtempSync(path4.join(os2.tmpdir(), "chaingate-image-"));
  const cache = options.layerCache ?? /* @__PURE__ */ new Map();
  const releaseTune = holdImageStreamingTune();
  try {
    const selection = catalogSelection({ languages, tempDir });
    const view = new MergedView();
    let stoppedEarly = false;
    const scanOf = (index) => {
      const layer = image.layers[index];
      if (layer.foreign) return Promise.resolve({ entries: /* @__PURE__ */ new Map(), whiteouts: /* @__PURE__ */ new Set(), opaque: /* @__PURE__ */ new Set(), bytes: 0, noted: /* @__PURE__ */ new Set() });
      const key = `${layer.digest ?? layer.diffId}|${layer.diffId}|${languages ? "all" : "os"}`;
      let scan = cache.get(key);
      if (!scan) {
        scan = scanLayer(layer, selection).catch((error) => {
          if (!CUT.has(String(error?.code))) throw error;
          return scanLayer(layer, selection);
        });
        cache.set(key, scan);
        scan.catch(() => cache.delete(key));
      }
      return scan;
    };
    for (let index = image.layers.length - 1; index >= 0; index -= 1) {
      if (!languages && osSettled(view)) {
        stoppedEarly = true;
        break;
      }
      view.add(await scanOf(index));
    }
    let merged = view;
    const aliases = databaseAliases(view);
    if (aliases.size > 0) {
      const aliased = aliasedSelection(selection, aliases);
      const real = [...aliases.keys()];
      merged = new MergedView();
      for (let index = image.layers.length - 1; index >= 0; index -= 1) {
        const first = await scanOf(index);
        const again = [...first.noted].some((noted) => real.includes(path4.posix.dirname(noted)));
        merged.add(again ? await scanLayer(image.layers[index], aliased) : first);
      }
    }
    const assembled = assembleCatalog(merged);
    collectFully();
    for (const layer of image.layers) {
      if (!layer.foreign) continue;
      assembled.inventory.problems.push({
        path: `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`,
        format: "image",
        message: `a foreign (non-distributable) layer, not fetched${layer.foreign.length > 0 ? ` (its publisher serves it from ${layer.foreign.join(", ")})` : ""}: the packages it holds are unknown`
      });
    }
    const sizes = image.layers.map((layer) => layer.size);
    return {
      reference: image.reference,
      digest: image.digest,
      ...image.indexDigest ? { indexDigest: image.indexDigest } : {},
      platform: formatPlatform(image.platform),
      available: image.available,
      ...image.config.created ? { created: image.config.created } : {},
      ...assembled.distro ? { distro: assembled.distro } : {},
      ...assembled.ecosystem ? { ecosystem: assembled.ecosystem } : {},
      inventory: assembled.inventory,
      layers: { total: image.layers.length, read: view.layersRead, stoppedEarly },
      bytesRead: image.bytesRead(),
      ...sizes.every((size) => size !== void 0) ? { imageBytes: sizes.reduce((sum, size) => sum + size, 0) } : {},
      ownedLanguagePackages: assembled.ownedLanguagePackages
    };
  } finally {
    releaseTune();
    await image.close();
    images_default.rmSync(tempDir, { recursive: true, force: true });
  }
}

export {
  catalogImage
};
