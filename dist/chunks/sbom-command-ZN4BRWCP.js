import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  holdImageStreamingTune
} from "./chunk-FZO2DREV.js";
import {
  Workspace,
  parseRepository,
  writeInBatches
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  EXIT_PASS,
  TOOL,
  textField,
  textLine
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/cli/sbom-command.ts
var fs = process.getBuiltinModule("node:fs");
var sbom_command_default = fs;

// src/cli/sbom-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var SBOM_USAGE = `usage: chaingate sbom [path] [--format cyclonedx|spdx] [--output file] [--repo owner/name] [--commit sha]
       chaingate sbom --image REF [--platform os/arch[/variant]] [--os-only] [--format \u2026] [--output file]
  Writes the dependency inventory of PATH (a directory: every lockfile in it; or one lockfile) as an SBOM,
  offline: CycloneDX 1.6 JSON (default) or SPDX 2.3 JSON, to --output or stdout. Every package has a purl;
  dev-only packages are included and marked (CycloneDX scope optional + property chaingate:scope=dev).
  The project is named by --repo (or GITHUB_REPOSITORY) at --commit (or GITHUB_SHA), else by the directory.
  The output is reproducible: its time is SOURCE_DATE_EPOCH when set (else none in CycloneDX, the Unix
  epoch in SPDX, which requires one), its serial number / namespace derived from its content.
  Exit 0 when written (lockfiles that could not be read are reported on stderr and in the SBOM), 2 on bad input.
  --image REF reads a container image without a daemon instead: REGISTRY/REPO[:TAG|@DIGEST] (credentials from
  REGISTRY_USERNAME/REGISTRY_PASSWORD or the Docker config), oci:DIR[:TAG] or docker-archive:FILE; the index
  entry for --platform (default linux/amd64). OS packages (dpkg, apk, rpm) as pkg:deb|apk|rpm purls with arch,
  distro and upstream (source package); npm, Python, Go and Java packages unless an OS package owns them;
  the distro (os-release ID, VERSION_ID) in the metadata. --os-only skips language packages and stops
  reading layers (newest first) once the distro and package database are settled.`;
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
      image: { type: "string" },
      platform: { type: "string" },
      "os-only": { type: "boolean", default: false },
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
  if (commit !== void 0 && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit))
    throw new ConfigurationError(`--commit must be a full hexadecimal commit id, got ${JSON.stringify(commit)}`);
  const timestamp = (await import("./entries-HRWCGR2U.js")).timestampFromEnv(io.env);
  if (values.image === void 0 && (values.platform !== void 0 || values["os-only"]))
    throw new ConfigurationError("--platform and --os-only go with --image");
  if (values.image !== void 0) {
    if (positionals.length > 0) throw new ConfigurationError("sbom takes a path or --image, not both");
    const { sbom: sbom2, plan: plan2, summary: summary2 } = await (async () => {
      const image = await imageSbom(values.image, values.platform, values["os-only"] ?? false, io);
      const sbom3 = await import("./sbom-6QXLRHD5.js");
      const plan3 = sbom3.sbomPlan(image.inventory, format, { subject: image.subject, ...timestamp ? { timestamp } : {}, tool: TOOL });
      return { sbom: sbom3, plan: plan3, summary: { packages: image.inventory.packages.length, files: image.inventory.files.length } };
    })();
    emitSbom(sbom2, plan2, summary2, values.output, format, io);
    return EXIT_PASS;
  }
  const target = path.resolve(io.cwd, positionals[0] ?? ".");
  const sbom = await import("./sbom-6QXLRHD5.js");
  const { plan, summary } = await (async () => {
    const { inventory, name } = await inventoryOf(target, positionals[0] ?? ".");
    for (const problem of inventory.problems)
      io.stderr(
        `${textLine(textField(`chaingate sbom: ${problem.path}${problem.line ? `:${problem.line}` : ""}${problem.column ? `:${problem.column}` : ""}: ${problem.message}`))}
`
      );
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
  emitSbom(sbom, plan, summary, values.output, format, io);
  return EXIT_PASS;
}
function emitSbom(sbom, plan, summary, output, format, io) {
  if (!output) {
    writeInBatches(sbom.sbomPieces(plan), io.stdout);
    return;
  }
  const destination = path.resolve(io.cwd, output);
  try {
    sbom_command_default.mkdirSync(path.dirname(destination), { recursive: true });
    sbom.writeSbomFile(destination, plan);
  } catch (error) {
    throw new ConfigurationError(`cannot write ${output}: ${error.code ?? error.message}`);
  }
  io.stderr(
    `chaingate sbom: wrote ${summary.packages} package${summary.packages === 1 ? "" : "s"} from ${summary.files} file${summary.files === 1 ? "" : "s"} to ${output} (${format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"})
`
  );
}
async function imageSbom(reference, platformText, osOnly, io) {
  holdImageStreamingTune();
  const { imageSbom: make, imageSbomSummary } = await import("./image-sbom-OBPQSDYT.js");
  const image = await make(reference, { ...platformText !== void 0 ? { platform: platformText } : {}, osOnly, env: io.env, cwd: io.cwd });
  for (const problem of image.inventory.problems)
    io.stderr(`${textLine(textField(`chaingate sbom: ${reference}: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`))}
`);
  io.stderr(`${textLine(textField(`chaingate sbom: ${imageSbomSummary(reference, image.catalog)}`))}
`);
  return { inventory: image.inventory, subject: image.subject };
}
async function inventoryOf(target, shown) {
  let stat;
  try {
    stat = sbom_command_default.statSync(target);
  } catch {
    throw new ConfigurationError("no such file or directory", { file: shown });
  }
  if (stat.isDirectory()) {
    const { collectInventory } = await import("./collect-AVZ37XE3.js");
    const workspace2 = new Workspace(target);
    const inventory2 = await collectInventory(workspace2);
    await (await import("./installed-EMSMVTWB.js")).addInstalledLicenses(workspace2, inventory2);
    return { inventory: inventory2, name: path.basename(workspace2.root) };
  }
  const { readersFor, readInventoryFile } = await import("./collect-AVZ37XE3.js");
  const basename = path.basename(target);
  const readers = readersFor(basename);
  if (readers.length === 0)
    throw new ConfigurationError(`not a lockfile or manifest chaingate reads (a directory inventories every one in it)`, { file: shown });
  const workspace = new Workspace(path.dirname(target));
  const inventory = { packages: [], edges: [], files: [], problems: [] };
  for (const reader of readers) {
    const outcome = await readInventoryFile(workspace, { path: basename, reader });
    inventory.packages.push(...outcome.packages);
    inventory.edges.push(...outcome.edges);
    inventory.problems.push(...outcome.problems);
    inventory.files.push({
      path: basename,
      format: reader.format,
      ecosystem: reader.ecosystem,
      packages: outcome.packages.length,
      ...outcome.declaredOnly ? { declaredOnly: true } : {}
    });
  }
  if (inventory.packages.length === 0 && inventory.problems.length > 0) {
    const [first] = inventory.problems;
    throw new ConfigurationError(first.message, { file: shown, ...first.line ? { line: first.line } : {} });
  }
  await (await import("./installed-EMSMVTWB.js")).addInstalledLicenses(workspace, inventory);
  return { inventory, name: path.basename(workspace.root) };
}
export {
  SBOM_USAGE,
  sbomCommand
};
