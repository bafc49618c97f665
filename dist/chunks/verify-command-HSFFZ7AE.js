import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  parseFormat,
  render
} from "./chunk-TLSPI24M.js";
import {
  PREDICATE_ALIASES,
  predicateRequirement
} from "./chunk-YCVEYXP2.js";
import {
  SEVERITY_WORDS,
  Workspace,
  realPathInside,
  writeReportFile
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/cli/verify-command.ts
var fs = process.getBuiltinModule("node:fs");
var verify_command_default = fs;

// src/cli/verify-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var VERIFY_USAGE = `usage: chaingate verify [--subject-path GLOB]... [--image REF]... [--manifests GLOB]... [--bundle FILE]
                       [--trusted-root FILE|public-good|github] [--tuf-root FILE] [--key FILE]
                       [--signer-repo OWNER/REPO] [--signer-workflow PATH@REF-GLOB]
                       [--issuer URL] [--runner-environment github-hosted|self-hosted|any]
                       [--predicate-type provenance|verdict|sbom|any|URI]
                       [--notation-trust-policy FILE] [--notation-trust-store DIR] [--notation-time RFC3339]
                       [--subject NAME@sha256:HEX --notation-envelope FILE [--notation-envelope-type jws|cose]]
                       [--verify-policy FILE] [--require-sbom]
                       [--fail-on critical|high|moderate|low [--only-fixed] [--max-age-days N]]
                       [--advisories github|osv|DIR] [--osv-url URL]
                       [--format text|json|sarif|markdown] [--output FILE] [--workspace DIR] [--verbose]
  Files are verified against --bundle, or <file>.sigstore.json next to each. Images (name@sha256:hex; a
  tag is a finding) are verified against --bundle or the attestations attached in their registry
  (OCI referrers; credentials from $DOCKER_CONFIG or ~/.docker/config.json).
  Keyless bundles need an identity policy: --signer-repo and/or --signer-workflow (refs are globs,
  always matched whole: 'main' never matches 'main-evil'); --issuer defaults to
  https://token.actions.githubusercontent.com, --runner-environment to github-hosted.
  --trusted-root defaults to Sigstore public-good (TUF); 'github' needs --tuf-root (GitHub's root.json);
  a file may hold one trusted root or several as JSON Lines ('gh attestation trusted-root').
  --predicate-type defaults to SLSA provenance v1. --key verifies key-signed bundles with a PEM public key.
  Notation: --notation-trust-policy (Notation's trustpolicy.json) and --notation-trust-store (laid out as
  DIR/x509/{ca,signingAuthority,tsa}/<name>/*.pem|crt) verify the Notation signatures of images (OCI
  referrers); --subject with --notation-envelope verifies a signature at hand. --notation-time sets the
  verification time (default now). With both Sigstore and Notation configured, both are required unless
  --verify-policy says otherwise per image scope (sigstore, notation, 'sigstore and notation',
  'sigstore or notation'); it may also hold the Notation trust policy and trust store inline.
  Admission requirements for images (--image, --manifests), as an admission controller applies them:
  --require-sbom: a verified SBOM attestation (CycloneDX or SPDX, under the identity policy) is attached;
  --fail-on: no known vulnerability at or over that severity (with --only-fixed, --max-age-days, the
  repository policy's waivers and VEX documents, as vulnerable-dependencies), matched on the packages of
  the verified SBOM attestation when there is one, else on the image's layers; advisories from
  --advisories (or the repository policy's advisories:). --verify-policy sets them per image scope
  (sbom: true, vulnerabilities: {fail-on, only-fixed, max-age-days}); the options apply to images no
  scope matches. One finding per image and requirement (sbom-attestation, image-vulnerabilities); what
  could not be seen (registry, advisory data, packages not checkable) is unknown, never pass.`;
async function verifyCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      "subject-path": { type: "string", multiple: true },
      image: { type: "string", multiple: true },
      manifests: { type: "string", multiple: true },
      bundle: { type: "string" },
      "trusted-root": { type: "string" },
      "tuf-root": { type: "string" },
      key: { type: "string" },
      "signer-repo": { type: "string" },
      "signer-workflow": { type: "string" },
      issuer: { type: "string" },
      "runner-environment": { type: "string", default: "github-hosted" },
      "predicate-type": { type: "string", default: "provenance" },
      "notation-trust-policy": { type: "string" },
      "notation-trust-store": { type: "string" },
      "notation-envelope": { type: "string" },
      "notation-envelope-type": { type: "string" },
      "notation-time": { type: "string" },
      subject: { type: "string", multiple: true },
      "verify-policy": { type: "string" },
      "require-sbom": { type: "boolean", default: false },
      "fail-on": { type: "string" },
      "only-fixed": { type: "boolean", default: false },
      "max-age-days": { type: "string" },
      advisories: { type: "string" },
      "osv-url": { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      workspace: { type: "string" },
      verbose: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  if (values.help) {
    io.stdout(`${VERIFY_USAGE}
`);
    return EXIT_PASS;
  }
  if (positionals.length > 0) throw new ConfigurationError(`verify takes no positional arguments, got ${JSON.stringify(positionals[0])}`);
  const format = parseFormat(values.format);
  const runner = values["runner-environment"];
  if (runner !== "github-hosted" && runner !== "self-hosted" && runner !== "any")
    throw new ConfigurationError(`--runner-environment must be github-hosted, self-hosted or any, got ${JSON.stringify(runner)}`);
  const predicateOption = values["predicate-type"];
  const predicateType = predicateRequirement(predicateOption, "--predicate-type");
  const issuer = values.issuer ?? "https://token.actions.githubusercontent.com";
  try {
    new URL(issuer);
  } catch {
    throw new ConfigurationError(`--issuer must be a URL, got ${JSON.stringify(issuer)}`);
  }
  const failOn = values["fail-on"] === "medium" ? "moderate" : values["fail-on"];
  if (failOn !== void 0 && !SEVERITY_WORDS.includes(failOn))
    throw new ConfigurationError(`--fail-on must be one of ${SEVERITY_WORDS.join(", ")}, got ${JSON.stringify(failOn)}`);
  if (failOn === void 0 && (values["only-fixed"] || values["max-age-days"] !== void 0))
    throw new ConfigurationError("--only-fixed and --max-age-days go with --fail-on (the vulnerability requirement)");
  const maxAgeDays = values["max-age-days"] !== void 0 ? Number(values["max-age-days"]) : void 0;
  if (maxAgeDays !== void 0 && (!Number.isInteger(maxAgeDays) || maxAgeDays < 0))
    throw new ConfigurationError(`--max-age-days must be a whole number of days, got ${JSON.stringify(values["max-age-days"])}`);
  if (values.advisories === "") throw new ConfigurationError("--advisories needs github, osv or a directory");
  const vulnerabilities = failOn !== void 0 ? {
    "fail-on": failOn,
    "only-fixed": values["only-fixed"] ?? false,
    ...maxAgeDays !== void 0 ? { "max-age-days": maxAgeDays } : {}
  } : void 0;
  const verifyModule = await import("./verify-HFGKDXR3.js");
  const workspaceDir = path.resolve(io.cwd, values.workspace ?? ".");
  const workspace = new Workspace(workspaceDir);
  const publicKeyPem = values.key ? readText(path.resolve(io.cwd, values.key), "--key") : void 0;
  const repository = values["signer-repo"] ? verifyModule.parseRepositoryPolicy(values["signer-repo"]) : void 0;
  const workflow = values["signer-workflow"] ? verifyModule.parseWorkflowPolicy(values["signer-workflow"]) : void 0;
  const verifyPolicy = values["verify-policy"] ? verifyModule.readVerifyPolicy(path.resolve(io.cwd, values["verify-policy"]), values["verify-policy"]) : void 0;
  const notation = verifyModule.notationConfig(
    { trustPolicy: values["notation-trust-policy"], trustStore: values["notation-trust-store"], time: values["notation-time"] },
    verifyPolicy,
    io.cwd
  );
  const sigstoreAsked = Boolean(
    publicKeyPem || repository || workflow || values["trusted-root"] || values.bundle || (values["subject-path"] ?? []).length > 0 || values["require-sbom"]
  );
  if ((!notation || sigstoreAsked) && !publicKeyPem && !repository && !(workflow && !workflow.path.startsWith(".github/"))) {
    throw new ConfigurationError(
      "an identity policy is required for keyless bundles: give --signer-repo OWNER/REPO, or --signer-workflow OWNER/REPO/PATH@REF (or --key for key-signed bundles)"
    );
  }
  const sigstore = !notation || sigstoreAsked;
  const trustOption = values["trusted-root"];
  let trust;
  if (trustOption === void 0 || trustOption === "public-good") trust = publicKeyPem && trustOption === void 0 ? void 0 : { kind: "public-good" };
  else if (trustOption === "github") {
    if (!values["tuf-root"])
      throw new ConfigurationError(
        "--trusted-root github needs --tuf-root FILE (GitHub's TUF root.json), or pass the output of 'gh attestation trusted-root' as --trusted-root FILE"
      );
    trust = { kind: "github", rootPath: path.resolve(io.cwd, values["tuf-root"]) };
  } else trust = { kind: "file", path: path.resolve(io.cwd, trustOption), shown: trustOption };
  const judgesVulnerabilities = vulnerabilities !== void 0 || (verifyPolicy?.images ?? []).some((entry) => entry.vulnerabilities);
  const cacheHome = io.env.XDG_CACHE_HOME || (io.env.HOME ? path.join(io.env.HOME, ".cache") : void 0);
  const vulnerabilityContext = judgesVulnerabilities ? await (await import("./admission-45DC3LNA.js")).loadVulnerabilityContext(workspace, {
    ...values.advisories !== void 0 ? { advisories: values.advisories === "github" || values.advisories === "osv" ? values.advisories : path.resolve(io.cwd, values.advisories) } : {},
    ...values["osv-url"] !== void 0 ? { osvUrl: values["osv-url"] } : {},
    ...cacheHome ? { osvCacheDir: path.join(cacheHome, "chaingate", "osv") } : {},
    ...io.env.GITHUB_TOKEN || io.env.GH_TOKEN ? { token: io.env.GITHUB_TOKEN || io.env.GH_TOKEN } : {},
    apiUrl: io.env.GITHUB_API_URL || "https://api.github.com"
  }) : void 0;
  const outcome = await verifyModule.verify({
    workspace,
    displayPath: values.workspace ?? ".",
    subjectPaths: values["subject-path"] ?? [],
    images: values.image ?? [],
    manifests: values.manifests ?? [],
    ...values.bundle ? { bundlePath: path.resolve(io.cwd, values.bundle) } : {},
    ...trust && sigstore ? { trust } : {},
    ...sigstore ? {
      identity: {
        issuer,
        ...repository ? { repository } : {},
        ...workflow ? { workflow } : {},
        runnerEnvironment: runner,
        serverUrl: io.env.GITHUB_SERVER_URL || "https://github.com"
      }
    } : {},
    ...publicKeyPem ? { publicKeyPem } : {},
    ...notation ? { notation } : {},
    ...values.subject?.length ? { subjects: values.subject } : {},
    ...values["notation-envelope"] ? {
      notationEnvelope: {
        path: path.resolve(io.cwd, values["notation-envelope"]),
        shown: values["notation-envelope"],
        ...envelopeType(values["notation-envelope-type"]) ? { type: envelopeType(values["notation-envelope-type"]) } : {}
      }
    } : {},
    ...verifyPolicy?.images ? { requirements: verifyPolicy.images } : {},
    ...values["require-sbom"] || vulnerabilities ? { admission: { ...values["require-sbom"] ? { sbom: true } : {}, ...vulnerabilities ? { vulnerabilities } : {} } } : {},
    ...vulnerabilityContext ?? {},
    ...predicateType !== void 0 ? { predicateType } : {},
    ...io.env.DOCKER_CONFIG ? { dockerConfigDir: io.env.DOCKER_CONFIG } : {}
  });
  const rendered = await render(outcome.report, format, outcome.rules, void 0, values.verbose);
  if (values.output) {
    const destination = realPathInside(workspace.root, path.resolve(io.cwd, values.output), { name: `--output ${values.output}`, allowOutside: true });
    writeReportFile(destination, [rendered], values.output);
    io.stdout(await render(outcome.report, "text", outcome.rules, void 0, values.verbose));
  } else {
    io.stdout(rendered);
  }
  if (values.output || format === "text") io.stdout(`verified ${outcome.verified} of ${outcome.targets} artifact${outcome.targets === 1 ? "" : "s"}
`);
  return outcome.report.verdict === "pass" ? EXIT_PASS : EXIT_POLICY_VIOLATED;
}
function envelopeType(value) {
  if (value === void 0) return void 0;
  if (value !== "jws" && value !== "cose") throw new ConfigurationError(`--notation-envelope-type must be jws or cose, got ${JSON.stringify(value)}`);
  return value;
}
function readText(file, option) {
  try {
    return verify_command_default.readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(`${option} ${file}: ${error.code ?? error.message}`);
  }
}
export {
  PREDICATE_ALIASES,
  VERIFY_USAGE,
  verifyCommand
};
