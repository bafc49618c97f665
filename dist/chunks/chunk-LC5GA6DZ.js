import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";

// src/policy/locate.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/workspace/workspace.ts
import fs from "node:fs";
import path from "node:path";

// src/runtime/young-generation.ts
var CAP_BYTES = 4 * 1024 * 1024;
var FIRST = 64;
var EVERY = 8;
var capped = false;
var calls = 0;
function capYoungGeneration(large = false) {
  if (capped) return;
  ++calls;
  if (!large && (calls < FIRST || calls % EVERY !== 0)) return;
  const v8 = process.getBuiltinModule("node:v8");
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (!young || young.space_size < CAP_BYTES) return;
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  capped = true;
}

// src/workspace/workspace.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var MAX_LINK_DEPTH = 8;
var Workspace = class _Workspace {
  root;
  fileList = null;
  skippedLinks = [];
  texts = /* @__PURE__ */ new Map();
  /** Values derived from files and shared by every view (e.g. parsed action metadata used by many groups). */
  derived = /* @__PURE__ */ new Map();
  /** Shared with views (an object, so a view's increments reach it). */
  counters = { filesRead: 0 };
  /** Files of the workspace read so far. */
  get filesRead() {
    return this.counters.filesRead;
  }
  /** Paths the policy's `ignore-paths` excludes from file-based rules (set once the policy is loaded). */
  isIgnored = () => false;
  constructor(root) {
    const absolute = path.resolve(root);
    let real;
    try {
      real = fs.realpathSync.native(absolute);
    } catch {
      throw new ConfigurationError(`workspace ${root} does not exist`);
    }
    if (!fs.statSync(real).isDirectory()) throw new ConfigurationError(`workspace ${root} is not a directory`);
    this.root = real;
  }
  /**
   * The absolute path of `relative`, or a ConfigurationError when it would leave the workspace
   * (`..`, absolute paths, symlinks pointing outside).
   */
  resolve(relative) {
    if (relative.includes("\0")) throw new ConfigurationError(`path ${JSON.stringify(relative)} contains a NUL byte`);
    const normalised = relative.replace(/\\/g, "/");
    if (path.posix.isAbsolute(normalised) || path.win32.isAbsolute(relative)) {
      const absolute = path.resolve(relative);
      if (!isInside(this.root, absolute)) throw new ConfigurationError(`path ${relative} is outside the workspace`);
      return this.checkReal(absolute, relative);
    }
    const joined = path.resolve(this.root, normalised);
    if (!isInside(this.root, joined)) throw new ConfigurationError(`path ${relative} is outside the workspace`);
    return this.checkReal(joined, relative);
  }
  checkReal(absolute, shown) {
    let real;
    try {
      real = fs.realpathSync.native(absolute);
    } catch {
      return absolute;
    }
    if (!isInside(this.root, real)) throw new ConfigurationError(`path ${shown} resolves outside the workspace`);
    return real;
  }
  /** Workspace-relative POSIX path of an absolute path inside the root. */
  relative(absolute) {
    return path.relative(this.root, absolute).split(path.sep).join("/");
  }
  exists(relative) {
    try {
      return fs.existsSync(this.resolve(relative));
    } catch {
      return false;
    }
  }
  /**
   * All regular files (relative POSIX paths). In a git work tree, the files git sees: tracked ones and
   * untracked ones it does not ignore (what a checkout in CI holds); elsewhere, or for a directory git
   * ignores as a whole, a walk that skips .git and node_modules. A symbolic link is followed when its real
   * target is inside the workspace (a linked file is listed under the link's path; a linked directory's files
   * under the link's path too); otherwise it is skipped and recorded in `skipped()`.
   */
  files() {
    if (this.fileList) return this.fileList;
    const links = [];
    const found = this.gitFiles(links) ?? this.walkFiles(this.root, "", links);
    this.followLinks(links, found, 0);
    found.sort();
    this.fileList = [...new Set(found)];
    return this.fileList;
  }
  /** Symbolic links `files()` did not follow (outside the workspace, pointing nowhere, cycles), in path order. */
  skipped() {
    _Workspace.prototype.files.call(this);
    return this.skippedLinks;
  }
  /** null when the root is not inside a git work tree or git is not installed. Symbolic links go to `links`. */
  gitFiles(links) {
    if (!this.insideGitWorkTree()) return null;
    const { spawnSync } = process.getBuiltinModule("node:child_process");
    const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], { cwd: this.root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (listed.status !== 0 || listed.error) return null;
    if (listed.stdout === "") return null;
    return [...new Set(listed.stdout.split("\0"))].filter((relative) => {
      if (relative === "") return false;
      try {
        const stat = fs.lstatSync(path.join(this.root, relative));
        if (stat.isSymbolicLink()) links.push(relative);
        return stat.isFile();
      } catch {
        return false;
      }
    });
  }
  /** A `.git` directory or file (worktrees, submodules) in the root or one of its parents. */
  insideGitWorkTree() {
    for (let directory = this.root; ; directory = path.dirname(directory)) {
      if (fs.existsSync(path.join(directory, ".git"))) return true;
      if (path.dirname(directory) === directory) return false;
    }
  }
  /** Regular files under `start`, listed as `prefix` + their path below it; symbolic links go to `links`. */
  walkFiles(start, prefix, links) {
    const found = [];
    const walk = (directory, prefix2) => {
      let entries;
      try {
        entries = fs.readdirSync(directory, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path.join(directory, entry.name), `${prefix2}${entry.name}/`);
        } else if (entry.isFile()) {
          found.push(`${prefix2}${entry.name}`);
        } else if (entry.isSymbolicLink()) {
          links.push(`${prefix2}${entry.name}`);
        }
      }
    };
    walk(start, prefix);
    return found;
  }
  /**
   * Follows each link (a workspace-relative path) whose real target is inside the workspace: a file is
   * added under the link's path, a directory is walked under it (its own links followed in turn, up to
   * MAX_LINK_DEPTH). Anything else is recorded as skipped.
   */
  followLinks(links, found, depth) {
    for (const link of links) {
      const absolute = path.join(this.root, link);
      let target = "?";
      try {
        target = fs.readlinkSync(absolute);
      } catch {
      }
      let real;
      try {
        real = fs.realpathSync.native(absolute);
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, which does not exist`, directory: null });
        continue;
      }
      let stat;
      try {
        stat = fs.statSync(real);
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, which cannot be read`, directory: null });
        continue;
      }
      if (!isInside(this.root, real)) {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, outside the repository`, directory: stat.isDirectory() });
        continue;
      }
      if (stat.isFile()) {
        found.push(link);
      } else if (stat.isDirectory()) {
        if (isInside(real, realOf(path.dirname(absolute))) || depth >= MAX_LINK_DEPTH) {
          this.skippedLinks.push({ path: link, reason: `symbolic link to ${target}, a directory that contains the link (a cycle)`, directory: true });
          continue;
        }
        const nested = [];
        found.push(...this.walkFiles(real, `${link}/`, nested));
        this.followLinks(nested, found, depth + 1);
      }
    }
    this.skippedLinks.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  /** A view of this workspace listing only `files` (reads, caches and counters are shared with it). */
  withFiles(files) {
    const view = Object.create(this);
    view.files = () => files;
    return view;
  }
  /** Files directly in a directory (relative path), sorted; [] when it does not exist. */
  filesIn(directory) {
    let absolute;
    try {
      absolute = this.resolve(directory);
    } catch {
      return [];
    }
    let entries;
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch {
      return [];
    }
    const prefix = directory.replace(/\/+$/, "");
    return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => prefix ? `${prefix}/${entry.name}` : entry.name).sort();
  }
  /**
   * Sub-directories directly in a directory (names, sorted); [] when it does not exist. For installed
   * metadata git does not list (`.venv/lib/python3.12/site-packages/*.dist-info`); symlinks are not followed.
   */
  directoriesIn(directory) {
    let absolute;
    try {
      absolute = this.resolve(directory);
    } catch {
      return [];
    }
    try {
      return fs.readdirSync(absolute, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    } catch {
      return [];
    }
  }
  /**
   * Reads a text file once (cached), refusing files larger than `maxBytes`. `cache: false` for many small
   * files read once (installed packages' metadata): not kept in memory, not offered to waivers.
   */
  readText(relative, maxBytes = 1024 * 1024, options = {}) {
    const cached = this.texts.get(relative);
    if (cached !== void 0) return { ok: true, text: cached };
    let absolute;
    try {
      absolute = this.resolve(relative);
    } catch (error) {
      return { ok: false, reason: error.message };
    }
    try {
      const stat = fs.statSync(absolute);
      if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
      if (stat.size > maxBytes) {
        return { ok: false, reason: `file is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} chaingate reads` };
      }
      const text = fs.readFileSync(absolute, "utf8");
      capYoungGeneration();
      this.counters.filesRead += 1;
      if (options.cache !== false) this.texts.set(relative, text);
      return { ok: true, text };
    } catch (error) {
      const code = error.code;
      return { ok: false, reason: code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : error.message };
    }
  }
  /** `make()` once per key for this workspace and all its views. */
  memo(key, make) {
    if (!this.derived.has(key)) this.derived.set(key, make());
    return this.derived.get(key);
  }
  /** Text already read with readText (for inline ignore comments). */
  cachedText(relative) {
    return this.texts.get(relative);
  }
};
function realOf(file) {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return file;
  }
}
function isInside(root, candidate) {
  const relative = path.relative(root, candidate);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

// src/policy/locate.ts
var DEFAULT_POLICY_PATHS = [".github/chaingate.yml", ".github/chaingate.yaml"];
function findPolicy(workspaceRoot, explicit) {
  if (explicit) {
    const absolute = path2.resolve(workspaceRoot, explicit);
    const relative = path2.relative(workspaceRoot, absolute);
    const inside = !(relative.startsWith("..") || path2.isAbsolute(relative));
    const displayPath = inside ? relative.split(path2.sep).join("/") : absolute;
    if (!fs2.existsSync(absolute)) throw new ConfigurationError(lstatOrNull(absolute)?.isSymbolicLink() ? "policy file is a symbolic link that points nowhere" : "policy file not found", { file: displayPath });
    if (inside) refuseOutside(workspaceRoot, absolute, displayPath);
    return { absolutePath: absolute, displayPath };
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path2.join(workspaceRoot, candidate);
    if (fs2.existsSync(absolute)) {
      refuseOutside(workspaceRoot, absolute, candidate);
      return { absolutePath: absolute, displayPath: candidate };
    }
    if (lstatOrNull(absolute)?.isSymbolicLink()) throw new ConfigurationError("policy file is a symbolic link that points nowhere", { file: candidate });
  }
  return { absolutePath: null, displayPath: "embedded default" };
}
function lstatOrNull(file) {
  try {
    return fs2.lstatSync(file);
  } catch {
    return null;
  }
}
function refuseOutside(workspaceRoot, absolute, displayPath) {
  const realRoot = fs2.realpathSync.native(workspaceRoot);
  const real = fs2.realpathSync.native(absolute);
  if (!isInside(realRoot, real)) {
    throw new ConfigurationError("policy file leads outside the workspace through a symbolic link; chaingate does not read it (a policy outside the workspace must be named explicitly, and only on the command line)", { file: displayPath });
  }
}

export {
  capYoungGeneration,
  Workspace,
  isInside,
  formatBytes,
  DEFAULT_POLICY_PATHS,
  findPolicy
};
