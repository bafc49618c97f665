import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  writeInBatches
} from "./chunk-QQJFTEFK.js";
import {
  parseRepository
} from "./chunk-2CVEVWSS.js";
import "./chunk-HFVMFTLZ.js";
import "./chunk-BEDXXN4L.js";
import "./chunk-ACDQCWL6.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-CJ4HWCUZ.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-6KJXVOBW.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-FN35NV3Z.js";
import {
  Workspace
} from "./chunk-YFIMJD32.js";
import "./chunk-BU7UVT4M.js";
import "./chunk-AK2BESPT.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-VYSQICBI.js";
import {
  TOOL
} from "./chunk-544V3MJZ.js";
import "./chunk-URKBGMY5.js";
import "./chunk-RGBP3YEL.js";
import "./chunk-ZTWN4AYJ.js";
import "./chunk-BQPOASSU.js";
import {
  ConfigurationError,
  EXIT_PASS
} from "./chunk-TITGSPWO.js";
import "./chunk-B6QCTGGL.js";
import "./chunk-22SJEIBE.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";

// src/cli/sbom-command.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var SBOM_USAGE = `usage: chaingate sbom [path] [--format cyclonedx|spdx] [--output file] [--repo owner/name] [--commit sha]
  Writes the dependency inventory of PATH (a directory: every lockfile in it; or one lockfile) as an SBOM,
  offline: CycloneDX 1.6 JSON (default) or SPDX 2.3 JSON, to --output or stdout. Every package has a purl;
  dev-only packages are included and marked (CycloneDX scope optional + property chaingate:scope=dev).
  The project is named by --repo (or GITHUB_REPOSITORY) at --commit (or GITHUB_SHA), else by the directory.
  The output is reproducible: its time is SOURCE_DATE_EPOCH when set (else none in CycloneDX, the Unix
  epoch in SPDX, which requires one), its serial number / namespace derived from its content.
  Exit 0 when written (lockfiles that could not be read are reported on stderr and in the SBOM), 2 on bad input.`;
async function sbomCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f", default: "cyclonedx" },
      output: { type: "string", short: "o" },
      repo: { type: "string" },
      commit: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(`${SBOM_USAGE}
`);
    return EXIT_PASS;
  }
  if (positionals.length > 1) throw new ConfigurationError(`sbom takes one path, got ${positionals.length}`);
  const format = values.format;
  if (format !== "cyclonedx" && format !== "spdx") throw new ConfigurationError(`--format must be cyclonedx or spdx, got ${JSON.stringify(format)}`);
  const repository = values.repo ?? (io.env.GITHUB_REPOSITORY || void 0);
  if (repository !== void 0) parseRepository(repository);
  const commit = values.commit ?? (io.env.GITHUB_SHA || void 0);
  if (commit !== void 0 && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) throw new ConfigurationError(`--commit must be a full hexadecimal commit id, got ${JSON.stringify(commit)}`);
  const sbom = await import("./sbom-YWJKI72L.js");
  const timestamp = sbom.timestampFromEnv(io.env);
  const target = path.resolve(io.cwd, positionals[0] ?? ".");
  const { plan, summary } = await (async () => {
    const { inventory, name } = await inventoryOf(target, positionals[0] ?? ".");
    for (const problem of inventory.problems) io.stderr(`chaingate sbom: ${problem.path}${problem.line ? `:${problem.line}` : ""}${problem.column ? `:${problem.column}` : ""}: ${problem.message}
`);
    const plan2 = sbom.sbomPlan(inventory, format, {
      subject: {
        name: repository ?? name,
        ...repository ? { repository } : {},
        ...io.env.GITHUB_SERVER_URL ? { serverUrl: io.env.GITHUB_SERVER_URL } : {},
        ...commit ? { commit } : {},
        ...io.env.GITHUB_REF && repository && !values.repo ? { ref: io.env.GITHUB_REF } : {}
      },
      ...timestamp ? { timestamp } : {},
      tool: TOOL
    });
    return { plan: plan2, summary: { packages: inventory.packages.length, files: inventory.files.length } };
  })();
  if (values.output) {
    const destination = path.resolve(io.cwd, values.output);
    try {
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      sbom.writeSbomFile(destination, plan);
    } catch (error) {
      throw new ConfigurationError(`cannot write ${values.output}: ${error.code ?? error.message}`);
    }
    io.stderr(`chaingate sbom: wrote ${summary.packages} package${summary.packages === 1 ? "" : "s"} from ${summary.files} file${summary.files === 1 ? "" : "s"} to ${values.output} (${format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"})
`);
  } else {
    writeInBatches(sbom.sbomPieces(plan), io.stdout);
  }
  return EXIT_PASS;
}
async function inventoryOf(target, shown) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new ConfigurationError("no such file or directory", { file: shown });
  }
  if (stat.isDirectory()) {
    const { collectInventory } = await import("./collect-DN2VKULH.js");
    const workspace2 = new Workspace(target);
    return { inventory: await collectInventory(workspace2), name: path.basename(workspace2.root) };
  }
  const { readersFor } = await import("./readers-QS2X6U4G.js");
  const { readInventoryFile } = await import("./collect-DN2VKULH.js");
  const basename = path.basename(target);
  const readers = readersFor(basename);
  if (readers.length === 0) throw new ConfigurationError(`not a lockfile or manifest chaingate reads (a directory inventories every one in it)`, { file: shown });
  const workspace = new Workspace(path.dirname(target));
  const inventory = { packages: [], edges: [], files: [], problems: [] };
  for (const reader of readers) {
    const outcome = await readInventoryFile(workspace, { path: basename, reader });
    inventory.packages.push(...outcome.packages);
    inventory.edges.push(...outcome.edges);
    inventory.problems.push(...outcome.problems);
    inventory.files.push({ path: basename, format: reader.format, ecosystem: reader.ecosystem, packages: outcome.packages.length, ...outcome.declaredOnly ? { declaredOnly: true } : {} });
  }
  if (inventory.packages.length === 0 && inventory.problems.length > 0) {
    const [first] = inventory.problems;
    throw new ConfigurationError(first.message, { file: shown, ...first.line ? { line: first.line } : {} });
  }
  return { inventory, name: path.basename(workspace.root) };
}
export {
  SBOM_USAGE,
  sbomCommand
};
