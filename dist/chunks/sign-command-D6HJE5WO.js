import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import {
  buildContext,
  resolveServices,
  verdictContext
} from "./chunk-DP5BYC5Z.js";
import {
  DEFAULT_API_URL,
  RequestCounter,
  Workspace
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  EXIT_PASS,
  TOOL
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/cli/sign-command.ts
var fs = process.getBuiltinModule("node:fs");
var sign_command_default = fs;

// src/cli/sign-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var SIGN_USAGE = `usage: chaingate sign [--subject-path GLOB]... [--subject-checksums FILE]... [--subject NAME@sha256:HEX]...
                     [--predicate provenance|verdict|sbom] [--sbom FILE] [--sbom-format cyclonedx|spdx] [--report FILE]
                     [--image REF [--platform os/arch[/variant]]]
                     [--fulcio-url URL] [--rekor-url URL] [--tsa-url URL] [--instance public-good|github]
                     [--key FILE] [--bundle-out FILE] [--attestations-api] [--push-to-registry]
                     [--workspace DIR]
  Signs one statement for all subjects into one Sigstore bundle (v0.3, DSSE).
  Keyless (default): the OIDC token comes from SIGSTORE_ID_TOKEN or the GitHub Actions token endpoint
  (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN; the job needs 'permissions: id-token: write'); the URLs are service
  base URLs (default: Sigstore public-good, or GitHub's Fulcio + TSA with --instance github).
  Key-based: --key FILE or CHAINGATE_SIGNING_KEY (PEM; passphrase in CHAINGATE_SIGNING_KEY_PASSWORD).
  Provenance uses the GITHUB_* variables of the workflow run; --predicate verdict signs a check report
  (--report FILE, the JSON of 'chaingate check --format json'); --predicate sbom signs --sbom FILE, or
  without one the SBOM chaingate makes of the workspace (as 'chaingate sbom' does; --sbom-format, default
  cyclonedx: predicate https://cyclonedx.org/bom; spdx: https://spdx.dev/Document/v2.3).
  --predicate sbom --image REGISTRY/REPO[:TAG|@DIGEST] signs the SBOM of a container image \u2014 --sbom FILE, or
  without one the SBOM 'chaingate sbom --image' makes (the --platform entry of an index, default
  linux/amd64) \u2014 with the image as subject (the digest REF pins, else the index's or manifest's digest the
  tag names now) and attaches the bundle to the image in its registry as an OCI referrer, where
  'chaingate verify --image REF@DIGEST --predicate-type sbom', cosign and admission controllers find it
  (credentials from REGISTRY_USERNAME/REGISTRY_PASSWORD or the Docker config).
  --attestations-api stores the bundle with GitHub (GITHUB_TOKEN, 'attestations: write');
  --push-to-registry attaches it to each --subject image (credentials from $DOCKER_CONFIG or ~/.docker).`;
async function signCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      ...SIGNING_OPTIONS,
      predicate: { type: "string", default: "provenance" },
      sbom: { type: "string" },
      "sbom-format": { type: "string" },
      report: { type: "string" },
      image: { type: "string" },
      platform: { type: "string" },
      workspace: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(`${SIGN_USAGE}
`);
    return EXIT_PASS;
  }
  if (positionals.length > 0) throw new ConfigurationError(`sign takes no positional arguments, got ${JSON.stringify(positionals[0])}`);
  const predicate = values.predicate;
  if (predicate !== "provenance" && predicate !== "verdict" && predicate !== "sbom")
    throw new ConfigurationError(`--predicate must be provenance, verdict or sbom, got ${JSON.stringify(predicate)}`);
  const sbomFormat = values["sbom-format"];
  if (sbomFormat !== void 0 && sbomFormat !== "cyclonedx" && sbomFormat !== "spdx")
    throw new ConfigurationError(`--sbom-format must be cyclonedx or spdx, got ${JSON.stringify(sbomFormat)}`);
  if (sbomFormat !== void 0 && (predicate !== "sbom" || values.sbom))
    throw new ConfigurationError("--sbom-format is for --predicate sbom without --sbom (the SBOM chaingate makes)");
  if (values.image !== void 0 && predicate !== "sbom")
    throw new ConfigurationError("--image names the image whose SBOM is signed: it goes with --predicate sbom");
  if (values.platform !== void 0 && (values.image === void 0 || values.sbom))
    throw new ConfigurationError("--platform goes with --image (the image chaingate catalogs)");
  const workspace = new Workspace(path.resolve(io.cwd, values.workspace ?? io.env.GITHUB_WORKSPACE ?? "."));
  const report = values.report ? parseReport(readText(path.resolve(io.cwd, values.report), "--report"), values.report) : void 0;
  const generate = predicate === "sbom" && !values.sbom ? {
    sbomFormat: sbomFormat ?? "cyclonedx",
    sbomTimestamp: (await import("./entries-HRWCGR2U.js")).timestampFromEnv(io.env)
  } : void 0;
  const sbomImage = values.image !== void 0 ? { reference: values.image, ...values.platform !== void 0 ? { platform: values.platform } : {}, env: io.env, cwd: io.cwd } : void 0;
  await performSign(values, io, {
    workspace,
    predicate,
    ...values.sbom ? { sbomPath: values.sbom } : {},
    ...generate ?? {},
    ...report ? { report } : {},
    ...sbomImage ? { sbomImage } : {}
  });
  return EXIT_PASS;
}
async function signVerdict(values, report, workspaceRoot, io) {
  if (report.verdict !== "pass") throw new ConfigurationError("internal: signVerdict called for a failing verdict");
  await performSign(values, { ...io, stdout: io.stderr }, { workspace: new Workspace(workspaceRoot), predicate: "verdict", report });
}
async function performSign(values, io, what) {
  const attest = await import("./attest-AVPTSVD5.js");
  const { ciIdentityProvider } = await import("./identity-token-PWTM2QTY.js");
  const { validateServiceUrl } = await import("./sign-IEHRPWOO.js");
  const services = resolveServices(values, validateServiceUrl);
  const keyText = values.key ? readText(path.resolve(io.cwd, values.key), "--key") : io.env.CHAINGATE_SIGNING_KEY;
  const method = keyText ? { kind: "key", signer: attest.pemKeySigner(keyText, io.env.CHAINGATE_SIGNING_KEY_PASSWORD || void 0), ...services.witnessesForKey } : { kind: "keyless", identityProvider: ciIdentityProvider(io.env), fulcioUrl: services.fulcioUrl, ...services.witnesses };
  let attestationsApi;
  if (values["attestations-api"]) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) throw new ConfigurationError("--attestations-api needs GITHUB_TOKEN (with attestations: write)");
    if (!io.env.GITHUB_REPOSITORY) throw new ConfigurationError("--attestations-api needs GITHUB_REPOSITORY (owner/name)");
    attestationsApi = {
      client: (await import("./client-WRR4B572.js")).createGitHubClient({
        token,
        apiUrl: io.env.GITHUB_API_URL || DEFAULT_API_URL,
        counter: new RequestCounter(),
        userAgent: `${TOOL.name}/${TOOL.version}`
      }),
      repository: io.env.GITHUB_REPOSITORY
    };
  }
  const outcome = await attest.sign({
    workspace: what.workspace,
    subjectPaths: values["subject-path"] ?? [],
    subjectChecksums: values["subject-checksums"] ?? [],
    images: values.subject ?? [],
    predicate: what.predicate,
    ...what.sbomPath ? { sbomPath: what.sbomPath } : {},
    ...what.sbomFormat ? { sbomFormat: what.sbomFormat } : {},
    ...what.sbomTimestamp ? { sbomTimestamp: what.sbomTimestamp } : {},
    ...what.sbomImage ? { sbomImage: what.sbomImage } : {},
    ...what.report ? { report: what.report, verdict: verdictContext(what.report, io.env, what.workspace.root) } : {},
    build: buildContext(io.env),
    method,
    ...values["bundle-out"] ? { bundleOut: path.resolve(io.cwd, values["bundle-out"]) } : {},
    ...attestationsApi ? { attestationsApi } : {},
    pushToRegistry: values["push-to-registry"] ?? false,
    ...io.env.DOCKER_CONFIG ? { dockerConfigDir: io.env.DOCKER_CONFIG } : {}
  });
  if (outcome.image) {
    for (const problem of outcome.image.problems) io.stderr(`chaingate sign: ${outcome.image.reference}: ${problem}
`);
    io.stdout(`SBOM of ${outcome.image.reference} (${outcome.image.platform}): ${outcome.image.packages} packages
`);
  }
  io.stdout(
    `signed ${outcome.subjects.length} subject${outcome.subjects.length === 1 ? "" : "s"} (${outcome.statement.predicateType}) into ${path.relative(io.cwd, outcome.bundlePath) || outcome.bundlePath}
`
  );
  if (outcome.logIndex !== void 0) io.stdout(`transparency log index: ${outcome.logIndex}
`);
  if (outcome.attestationId !== void 0) io.stdout(`GitHub attestation id: ${outcome.attestationId}
`);
  for (const pushed of outcome.pushed) io.stdout(`attached to ${pushed.image} as ${pushed.referrer}
`);
}
function readText(file, option) {
  try {
    return sign_command_default.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${option} ${file}: ${error.code ?? error.message}`);
  }
}
function parseReport(text, shown) {
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`not a JSON report: ${error.message}`, { file: shown });
  }
  if (report?.version !== 1 || report.verdict !== "pass" && report.verdict !== "fail" || !Array.isArray(report.findings))
    throw new ConfigurationError("not a chaingate JSON report (version 1)", { file: shown });
  if (report.verdict !== "pass")
    throw new ConfigurationError(`the report's verdict is ${report.verdict}: chaingate signs only a passing verdict`, { file: shown });
  return report;
}
export {
  SIGNING_OPTIONS,
  SIGN_USAGE,
  signCommand,
  signVerdict
};
