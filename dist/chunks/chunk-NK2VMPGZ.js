import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-CFOVC3TA.js";

// src/policy/locate.ts
import fs from "node:fs";
import path from "node:path";
var DEFAULT_POLICY_PATHS = [".github/chaingate.yml", ".github/chaingate.yaml"];
function findPolicy(workspaceRoot, explicit) {
  if (explicit) {
    const absolute = path.resolve(workspaceRoot, explicit);
    const relative = path.relative(workspaceRoot, absolute);
    const displayPath = relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join("/");
    if (!fs.existsSync(absolute)) throw new ConfigurationError("policy file not found", { file: displayPath });
    return { absolutePath: absolute, displayPath };
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path.join(workspaceRoot, candidate);
    if (fs.existsSync(absolute)) return { absolutePath: absolute, displayPath: candidate };
  }
  return { absolutePath: null, displayPath: "embedded default" };
}

export {
  DEFAULT_POLICY_PATHS,
  findPolicy
};
