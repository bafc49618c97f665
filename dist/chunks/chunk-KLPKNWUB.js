import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-YFIMJD32.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";

// src/workspace/real-path.ts
import fs from "node:fs";
import path from "node:path";
function realPathInside(root, absolute, options) {
  const realRoot = realOrSelf(root);
  const lexicallyInside = isInside(root, absolute) || isInside(realRoot, absolute);
  if (!lexicallyInside && !options.allowOutside) throw new ConfigurationError(`${options.name} points outside the workspace`);
  const real = realPathForWrite(absolute, options.name);
  if (lexicallyInside && !isInside(realRoot, real)) throw new ConfigurationError(`${options.name} leads outside the workspace through a symbolic link`);
  return real;
}
function realOrSelf(file) {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}
function realPathForWrite(absolute, name) {
  const missing = [];
  for (let current = path.resolve(absolute); ; current = path.dirname(current)) {
    let stat;
    try {
      stat = fs.lstatSync(current);
    } catch {
      stat = void 0;
    }
    if (stat) {
      let real;
      try {
        real = fs.realpathSync.native(current);
      } catch {
        throw new ConfigurationError(`${name} goes through a symbolic link that points nowhere (${current})`);
      }
      return path.join(real, ...missing.reverse());
    }
    if (path.dirname(current) === current) return path.resolve(absolute);
    missing.push(path.basename(current));
  }
}

export {
  realPathInside
};
