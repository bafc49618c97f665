import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-YFIMJD32.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";

// src/policy/locate.ts
import fs from "node:fs";
import path from "node:path";
var DEFAULT_POLICY_PATHS = [".github/chaingate.yml", ".github/chaingate.yaml"];
function findPolicy(workspaceRoot, explicit) {
  if (explicit) {
    const absolute = path.resolve(workspaceRoot, explicit);
    const relative = path.relative(workspaceRoot, absolute);
    const inside = !(relative.startsWith("..") || path.isAbsolute(relative));
    const displayPath = inside ? relative.split(path.sep).join("/") : absolute;
    if (!fs.existsSync(absolute)) throw new ConfigurationError(lstatOrNull(absolute)?.isSymbolicLink() ? "policy file is a symbolic link that points nowhere" : "policy file not found", { file: displayPath });
    if (inside) refuseOutside(workspaceRoot, absolute, displayPath);
    return { absolutePath: absolute, displayPath };
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path.join(workspaceRoot, candidate);
    if (fs.existsSync(absolute)) {
      refuseOutside(workspaceRoot, absolute, candidate);
      return { absolutePath: absolute, displayPath: candidate };
    }
    if (lstatOrNull(absolute)?.isSymbolicLink()) throw new ConfigurationError("policy file is a symbolic link that points nowhere", { file: candidate });
  }
  return { absolutePath: null, displayPath: "embedded default" };
}
function lstatOrNull(file) {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}
function refuseOutside(workspaceRoot, absolute, displayPath) {
  const realRoot = fs.realpathSync.native(workspaceRoot);
  const real = fs.realpathSync.native(absolute);
  if (!isInside(realRoot, real)) {
    throw new ConfigurationError("policy file leads outside the workspace through a symbolic link; chaingate does not read it (a policy outside the workspace must be named explicitly, and only on the command line)", { file: displayPath });
  }
}

export {
  DEFAULT_POLICY_PATHS,
  findPolicy
};
