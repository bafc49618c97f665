import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  parseRepository
} from "./chunk-UIZNR73R.js";
import "./chunk-A2M5NZEM.js";
import "./chunk-Y26RO5EI.js";
import "./chunk-LI37T3YG.js";
import {
  writeInBatches
} from "./chunk-QQJFTEFK.js";
import "./chunk-5T3GRDV6.js";
import "./chunk-XMTR73JG.js";
import "./chunk-XXKC4A6T.js";
import "./chunk-QSSCXVGI.js";
import "./chunk-F27Y37HZ.js";
import "./chunk-YYJCTWKB.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-ZJPNE7T7.js";
import "./chunk-FN35NV3Z.js";
import {
  Workspace
} from "./chunk-YFIMJD32.js";
import "./chunk-WIB2GAQN.js";
import "./chunk-AK2BESPT.js";
import "./chunk-OKBJ5XFU.js";
import "./chunk-MUVCMQHT.js";
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
import "./chunk-EDAGE3KJ.js";
import "./chunk-S4MNMSRP.js";
import "./chunk-FXYFADYA.js";
import "./chunk-36AHBP4L.js";
import "./chunk-EAJM4H4W.js";
import "./chunk-RQ4SWRSA.js";

// src/cli/sbom-command.ts
import fs from "node:fs";
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
  if (commit !== void 0 && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) throw new ConfigurationError(`--commit must be a full hexadecimal commit id, got ${JSON.stringify(commit)}`);
  const sbom = await import("./sbom-TU5PKPK6.js");
  const timestamp = sbom.timestampFromEnv(io.env);
  if (values.image === void 0 && (values.platform !== void 0 || values["os-only"])) throw new ConfigurationError("--platform and --os-only go with --image");
  if (values.image !== void 0) {
    if (positionals.length > 0) throw new ConfigurationError("sbom takes a path or --image, not both");
    const { plan: plan2, summary: summary2 } = await (async () => {
      const image = await imageSbom(values.image, values.platform, values["os-only"] ?? false, io);
      const plan3 = sbom.sbomPlan(image.inventory, format, { subject: image.subject, ...timestamp ? { timestamp } : {}, tool: TOOL });
      return { plan: plan3, summary: { packages: image.inventory.packages.length, files: image.inventory.files.length } };
    })();
    emitSbom(sbom, plan2, summary2, values.output, format, io);
    return EXIT_PASS;
  }
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
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    sbom.writeSbomFile(destination, plan);
  } catch (error) {
    throw new ConfigurationError(`cannot write ${output}: ${error.code ?? error.message}`);
  }
  io.stderr(`chaingate sbom: wrote ${summary.packages} package${summary.packages === 1 ? "" : "s"} from ${summary.files} file${summary.files === 1 ? "" : "s"} to ${output} (${format === "spdx" ? "SPDX 2.3" : "CycloneDX 1.6"})
`);
}
async function imageSbom(reference, platformText, osOnly, io) {
  const images = await import("./images-U756ZKKL.js");
  const parsed = images.parseImageReference(reference);
  const platform = platformText !== void 0 ? images.parsePlatform(platformText) : void 0;
  let catalog;
  try {
    catalog = await images.catalogImage(reference, { ...platform ? { platform } : {}, languages: !osOnly, env: io.env });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${reference}: ${error.message}${error.cause ? ` (${String(error.cause?.message ?? "")})` : ""}`);
  }
  for (const problem of catalog.inventory.problems) io.stderr(`chaingate sbom: ${reference}: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}
`);
  const distro = catalog.distro ? `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ""}` : "unknown distro";
  io.stderr(
    `chaingate sbom: ${reference} (${catalog.platform}, ${distro}): ${catalog.inventory.packages.length} packages; ${catalog.layers.read}/${catalog.layers.total} layers read${catalog.layers.stoppedEarly ? " (stopped early)" : ""}, ${catalog.bytesRead} bytes read${catalog.imageBytes !== void 0 ? ` of ${catalog.imageBytes} in layers` : ""}${catalog.ownedLanguagePackages ? `; ${catalog.ownedLanguagePackages} language packages owned by OS packages not repeated` : ""}
`
  );
  const name = parsed.kind === "registry" ? `${parsed.registry}/${parsed.repository}` : parsed.kind === "oci" ? path.basename(path.resolve(io.cwd, parsed.dir)) : path.basename(parsed.file);
  return {
    inventory: catalog.inventory,
    subject: {
      name,
      image: {
        reference,
        digest: catalog.digest,
        platform: catalog.platform,
        ...parsed.kind === "registry" ? { repository: `${parsed.registry}/${parsed.repository}` } : {},
        ...catalog.distro ? { distro: { id: catalog.distro.id, ...catalog.distro.versionId ? { versionId: catalog.distro.versionId } : {}, ...catalog.distro.prettyName ? { prettyName: catalog.distro.prettyName } : {} } } : {}
      }
    }
  };
}
async function inventoryOf(target, shown) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new ConfigurationError("no such file or directory", { file: shown });
  }
  if (stat.isDirectory()) {
    const { collectInventory } = await import("./collect-WCXJO2FV.js");
    const workspace2 = new Workspace(target);
    return { inventory: await collectInventory(workspace2), name: path.basename(workspace2.root) };
  }
  const { readersFor } = await import("./readers-R63VNJBO.js");
  const { readInventoryFile } = await import("./collect-WCXJO2FV.js");
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
