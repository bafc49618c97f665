import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import {
  parseFormat,
  render
} from "./chunk-TLSPI24M.js";
import {
  DEFAULT_API_URL,
  FAIL_ON,
  MAX_SARIF_RESULTS,
  apiLimitsFromEnv,
  check,
  jsonChunks,
  readEventPayload,
  realPathInside,
  sarifCapNotice,
  sarifResultCount,
  textLines,
  useSynchronousStdio,
  withLineBreaks,
  writeInBatches,
  writeReportFile
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED,
  textField
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/cli/check-command.ts
import path from "node:path";
var { parseArgs } = process.getBuiltinModule("node:util");
var CHECK_USAGE = `usage: chaingate check [path] [--repo owner/name] [--policy file] [--format text|json|sarif|markdown]
                      [--output file] [--fail-on critical|high|medium|low|none] [--on-unknown warn|fail]
                      [--offline] [--verbose] [--sbom file]... [--sbom-only] [--advisories github|osv|DIR]
                      [--osv-url URL] [--image REF]... [--platform os/arch[/variant]] [--vex-out file]
  The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN), never from the command line; without one the
  run is offline and API checks are reported as unknown. GITHUB_API_URL selects GHES / GHE.com.
  A second token for admin-only settings is read from CHAINGATE_ADMIN_TOKEN. CHAINGATE_API_TIMEOUT and
  CHAINGATE_API_BUDGET (seconds; default 30 per request, 300 for the run) and CHAINGATE_API_RETRIES
  (default 3) bound the time spent on the GitHub API.
  --sbom FILE (repeatable) adds the packages of a CycloneDX or SPDX JSON SBOM (Syft's, GitHub's export,
  chaingate's) to the inventory the dependency rules check, beside the lockfiles of PATH; --sbom-only
  checks the SBOMs instead of the lockfiles.
  --advisories picks where known vulnerabilities come from: github (GitHub's advisory database, the
  default when a token is given; GITHUB_API_URL like the rest), osv (the OSV API at --osv-url, default
  https://api.osv.dev; records cached in $XDG_CACHE_HOME/chaingate/osv) or DIR, a local OSV snapshot laid
  out as osv.dev publishes it (DIR/<Ecosystem>/all.zip). Without a source and without a token the
  vulnerability checks are unknown.
  --image REF (repeatable) names an image the build pushes (REGISTRY/REPO[:TAG|@DIGEST], oci:DIR[:TAG] or
  docker-archive:FILE): its packages (OS packages by source package, in the distro's OSV ecosystem, and
  language packages) are checked for known vulnerabilities through the run's advisory source, reported by
  vulnerable-dependencies and malicious-package like the lockfiles' (purl, advisories, fixedVersions); a
  registry reference is also judged with the images the repository's Dockerfiles, manifests and workflows
  name. --platform picks the image of a multi-platform index (default linux/amd64). Registries are read
  (credentials from REGISTRY_USERNAME/REGISTRY_PASSWORD or the Docker config, $DOCKER_CONFIG) for --image
  and when a rule's options ask (base-image-policy max-age-days, vulnerabilities), never with --offline.
  --vex-out writes the waivers in force on vulnerability findings (policy waivers by advisory or purl, and
  VEX not_affected/fixed statements applied) as one OpenVEX document; none in force: no file is written.
  --sign signs the verdict summary after a passing check (signing options as for 'chaingate sign':
  --subject-path/--subject name what the verdict covers, else the repository at GITHUB_SHA).`;
async function checkCommand(argv, io) {
  if (io.synchronousStdio) useSynchronousStdio();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      repo: { type: "string" },
      policy: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      "on-unknown": { type: "string" },
      offline: { type: "boolean", default: false },
      verbose: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h", default: false },
      sign: { type: "boolean", default: false },
      advisories: { type: "string" },
      "osv-url": { type: "string" },
      "vex-out": { type: "string" },
      sbom: { type: "string", multiple: true },
      "sbom-only": { type: "boolean", default: false },
      image: { type: "string", multiple: true },
      platform: { type: "string" },
      ...SIGNING_OPTIONS
    }
  });
  if (values.help) {
    io.stdout(`${CHECK_USAGE}
`);
    return EXIT_PASS;
  }
  if (positionals.length > 1) throw new ConfigurationError(`check takes one path, got ${positionals.length}`);
  const format = parseFormat(values.format);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new ConfigurationError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(failOn)}`);
  }
  const onUnknown = values["on-unknown"];
  if (onUnknown !== void 0 && onUnknown !== "warn" && onUnknown !== "fail")
    throw new ConfigurationError(`--on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`);
  const target = positionals[0] ?? ".";
  if (values.platform !== void 0) {
    if (!values.image?.length) throw new ConfigurationError("--platform goes with --image");
    (await import("./reference-W3JFTF2P.js")).parsePlatform(values.platform);
  }
  const token = values.offline ? void 0 : io.env.GITHUB_TOKEN || io.env.GH_TOKEN || void 0;
  const elevatedToken = values.offline ? void 0 : io.env.CHAINGATE_ADMIN_TOKEN || void 0;
  const outcome = await check({
    path: path.resolve(io.cwd, target),
    displayPath: target,
    ...values.policy ? { policyPath: path.resolve(io.cwd, values.policy) } : {},
    ...values.repo ? { repository: values.repo } : io.env.GITHUB_REPOSITORY ? { repository: io.env.GITHUB_REPOSITORY } : {},
    ...io.env.GITHUB_REF ? { ref: io.env.GITHUB_REF } : {},
    ...io.env.GITHUB_SHA ? { sha: io.env.GITHUB_SHA } : {},
    ...token ? { token } : {},
    ...elevatedToken ? { elevatedToken } : {},
    apiUrl: io.env.GITHUB_API_URL || DEFAULT_API_URL,
    api: apiLimitsFromEnv(io.env),
    ...failOn ? { failOn } : {},
    ...onUnknown ? { onUnknown } : {},
    event: readEventPayload(io.env),
    ...advisoryInputs(values.advisories, values["osv-url"], values.offline === true, io),
    // Files the user names on the command line are theirs to choose, inside the workspace or not.
    ...values.sbom?.length ? { sbomPaths: values.sbom.map((file) => path.resolve(io.cwd, file)), sbomOutsideWorkspace: true } : {},
    ...values["sbom-only"] ? { sbomOnly: true } : {},
    ...values.image?.length ? { images: values.image.map((reference) => imageArgument(reference, io.cwd)) } : {},
    ...values.platform !== void 0 ? { imagePlatform: values.platform } : {},
    offline: values.offline === true,
    ...io.env.REGISTRY_USERNAME && io.env.REGISTRY_PASSWORD ? { registryCredentials: { username: io.env.REGISTRY_USERNAME, password: io.env.REGISTRY_PASSWORD } } : {},
    ...io.env.DOCKER_CONFIG ? { dockerConfigDir: io.env.DOCKER_CONFIG } : {},
    log: {
      debug: () => {
      },
      info: () => {
      },
      warn: (message) => io.stderr(`warning: ${textField(message)}
`),
      error: (message) => io.stderr(`error: ${textField(message)}
`)
    }
  });
  const textOf = (file) => outcome.workspace.cachedText(file);
  const pieces = async (which) => which === "json" ? jsonChunks(outcome.report) : which === "text" ? withLineBreaks(textLines(outcome.report, { verbose: values.verbose })) : [await render(outcome.report, which, outcome.rules, textOf, values.verbose)];
  if (values.output) {
    const destination = realPathInside(outcome.workspace.root, path.resolve(io.cwd, values.output), { name: `--output ${values.output}`, allowOutside: true });
    writeReportFile(destination, await pieces(format), values.output);
    writeInBatches(await pieces("text"), io.stdout);
  } else {
    writeInBatches(await pieces(format), io.stdout);
  }
  if (values["vex-out"] !== void 0) {
    const destination = realPathInside(outcome.workspace.root, path.resolve(io.cwd, values["vex-out"]), {
      name: `--vex-out ${values["vex-out"]}`,
      allowOutside: true
    });
    const document = (await import("./vex-apply-SFBDF7LU.js")).effectiveVex(outcome.report, (/* @__PURE__ */ new Date()).toISOString());
    if (document) writeReportFile(destination, [`${JSON.stringify(document, null, 2)}
`], values["vex-out"]);
    else io.stderr(`chaingate: no waiver in force on a vulnerability finding: no VEX document written to ${textField(values["vex-out"])}
`);
  }
  const sarifTotal = sarifResultCount(outcome.report);
  if (format === "sarif" && sarifTotal > MAX_SARIF_RESULTS) io.stderr(`warning: ${sarifCapNotice(sarifTotal)}
`);
  if (values.sign) {
    if (outcome.report.verdict === "pass") await (await import("./sign-command-D6HJE5WO.js")).signVerdict(values, outcome.report, outcome.workspace.root, io);
    else io.stderr("chaingate: not signing: the verdict is fail\n");
  }
  return outcome.report.verdict === "pass" ? EXIT_PASS : EXIT_POLICY_VIOLATED;
}
function advisoryInputs(advisories, osvUrl, offline, io) {
  if (advisories === "") throw new ConfigurationError("--advisories needs github, osv or a directory");
  if (offline && (advisories === "github" || advisories === "osv" || osvUrl !== void 0))
    throw new ConfigurationError("--offline asks no online service: use --advisories DIR (a local OSV snapshot)");
  const cacheHome = io.env.XDG_CACHE_HOME || (io.env.HOME ? path.join(io.env.HOME, ".cache") : void 0);
  return {
    ...advisories !== void 0 ? { advisories: advisories === "github" || advisories === "osv" ? advisories : path.resolve(io.cwd, advisories) } : {},
    ...osvUrl !== void 0 ? { osvUrl } : {},
    ...cacheHome ? { osvCacheDir: path.join(cacheHome, "chaingate", "osv") } : {}
  };
}
function imageArgument(reference, cwd) {
  if (reference.startsWith("oci:") && !reference.startsWith("oci:/")) return `oci:${path.resolve(cwd, reference.slice(4))}`;
  if (reference.startsWith("docker-archive:") && !reference.startsWith("docker-archive:/"))
    return `docker-archive:${path.resolve(cwd, reference.slice("docker-archive:".length))}`;
  return reference;
}
export {
  CHECK_USAGE,
  checkCommand
};
