import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  require_dist as require_dist2
} from "./chunk-5Y2FSA6M.js";
import {
  require_dist2 as require_dist
} from "./chunk-RPRTB7LS.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/attest/sign.ts
var import_bundle = __toESM(require_dist(), 1);
var import_sign = __toESM(require_dist2(), 1);
import crypto from "node:crypto";

// src/attest/statement.ts
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var SLSA_VERIFICATION_SUMMARY_V1 = "https://slsa.dev/verification_summary/v1";
var GITHUB_WORKFLOW_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";
var SPDX_PREDICATE = "https://spdx.dev/Document/v2.3";
var CHAINGATE_VERIFIER_ID = "https://github.com/chaingate/chaingate";
function buildStatement(subjects, predicateType, predicate) {
  if (subjects.length === 0) throw new ConfigurationError("nothing to sign: give --subject-path, --subject-checksums or --subject");
  return { _type: STATEMENT_TYPE, subject: subjects, predicateType, predicate };
}
function missingBuildFacts(build) {
  const required = ["serverUrl", "repository", "ref", "sha", "workflowRef", "eventName", "runId", "runAttempt"];
  return required.filter((key) => !build[key]);
}
function provenancePredicate(build) {
  const server = build.serverUrl.replace(/\/+$/, "");
  const at = build.workflowRef.lastIndexOf("@");
  const workflowPathWithRepo = at >= 0 ? build.workflowRef.slice(0, at) : build.workflowRef;
  const workflowPath = workflowPathWithRepo.startsWith(`${build.repository}/`) ? workflowPathWithRepo.slice(build.repository.length + 1) : workflowPathWithRepo;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: build.ref, repository: `${server}/${build.repository}`, path: workflowPath }
      },
      internalParameters: {
        github: {
          event_name: build.eventName,
          ...build.repositoryId ? { repository_id: build.repositoryId } : {},
          ...build.repositoryOwnerId ? { repository_owner_id: build.repositoryOwnerId } : {},
          ...build.runnerEnvironment ? { runner_environment: build.runnerEnvironment } : {}
        }
      },
      resolvedDependencies: [{ uri: `git+${server}/${build.repository}@${build.ref}`, digest: { gitCommit: build.sha } }]
    },
    runDetails: {
      builder: { id: `${server}/${build.workflowRef}` },
      metadata: { invocationId: `${server}/${build.repository}/actions/runs/${build.runId}/attempts/${build.runAttempt}` }
    }
  };
}
function sbomPredicate(text, shown) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`SBOM is not JSON: ${error.message}`, { file: shown });
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) throw new ConfigurationError("SBOM must be a JSON object", { file: shown });
  const record = document;
  if (record.bomFormat === "CycloneDX") return { predicateType: CYCLONEDX_PREDICATE, predicate: record };
  if (typeof record.spdxVersion === "string") {
    const version = /^SPDX-(\d+\.\d+)$/.exec(record.spdxVersion)?.[1];
    return { predicateType: version && version !== "2.3" ? `https://spdx.dev/Document/v${version}` : SPDX_PREDICATE, predicate: record };
  }
  throw new ConfigurationError("SBOM format not recognised (CycloneDX JSON with bomFormat, or SPDX JSON with spdxVersion)", { file: shown });
}
function verdictPredicate(report, context) {
  const result = report.verdict === "pass" ? "PASSED" : "FAILED";
  const rules = /* @__PURE__ */ new Map();
  const order = { fail: 0, unknown: 1, waived: 2, pass: 3 };
  for (const finding of report.findings) {
    const entry = rules.get(finding.rule) ?? { rule: finding.rule, status: "pass", failing: 0 };
    if (order[finding.status] < order[entry.status]) entry.status = finding.status;
    if (finding.status === "fail") entry.failing += 1;
    rules.set(finding.rule, entry);
  }
  return {
    verifier: { id: CHAINGATE_VERIFIER_ID, version: { [report.tool.name]: report.tool.version } },
    timeVerified: context.timeVerified,
    resourceUri: context.resourceUri,
    policy: { uri: context.policyUri, ...context.policyDigest ? { digest: context.policyDigest } : {} },
    verificationResult: result,
    verifiedLevels: result === "PASSED" ? context.verifiedLevels ?? [] : [],
    chaingate: {
      policy: report.policy,
      counts: {
        total: report.counts.total,
        fail: report.counts.fail,
        pass: report.counts.pass,
        unknown: report.counts.unknown,
        waived: report.counts.waived,
        failing: report.counts.failing
      },
      rules: [...rules.values()].sort((a, b) => a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
      ...evidence(report)
    }
  };
}
function evidence(report) {
  const waivers = report.findings.filter((finding) => finding.status === "waived" && finding.waiver).map((finding) => ({
    rule: finding.rule,
    source: finding.waiver.source,
    reason: finding.waiver.reason,
    ...finding.waiver.expires ? { expires: finding.waiver.expires } : {},
    ...finding.waiver.location ? { at: `${finding.waiver.location.path}:${finding.waiver.location.startLine}` } : {},
    ...finding.waiver.vex ? { vex: finding.waiver.vex } : {},
    ...finding.purl ? { purl: finding.purl } : {},
    ...finding.advisories ? { advisories: finding.advisories } : {},
    ...finding.location ? { finding: `${finding.location.path}:${finding.location.startLine}` } : {}
  }));
  return {
    ...report.sboms ? { sboms: report.sboms.map((sbom) => ({ name: sbom.path, digest: { sha256: sbom.sha256 } })) } : {},
    ...report.advisories ? {
      advisories: report.advisories.source ? { ...report.advisories.source, checked: report.advisories.checked, unchecked: report.advisories.unchecked, matches: report.advisories.matches } : { source: null, reason: report.advisories.reason }
    } : {},
    ...report.vex ? { vexDocuments: report.vex.documents } : {},
    waivers
  };
}

// src/attest/sign.ts
var PUBLIC_GOOD_FULCIO_URL = "https://fulcio.sigstore.dev";
var PUBLIC_GOOD_REKOR_URL = "https://rekor.sigstore.dev";
var GITHUB_FULCIO_URL = "https://fulcio.githubapp.com";
var GITHUB_TSA_URL = "https://timestamp.githubapp.com";
function pemKeySigner(privateKeyPem, passphrase) {
  let key;
  try {
    key = crypto.createPrivateKey(passphrase ? { key: privateKeyPem, passphrase } : privateKeyPem);
  } catch (error) {
    throw new ConfigurationError(`cannot read the signing key: ${error.message}`);
  }
  const type = key.asymmetricKeyType;
  if (type !== "ec" && type !== "ed25519" && type !== "rsa")
    throw new ConfigurationError(`signing key type ${type} is not supported (use ECDSA P-256/P-384, Ed25519 or RSA)`);
  const publicKeyPem = crypto.createPublicKey(key).export({ format: "pem", type: "spki" }).toString();
  return {
    publicKeyPem,
    hint: publicKeyHint(publicKeyPem),
    sign: async (data) => crypto.sign(type === "ed25519" ? null : "sha256", data, key)
  };
}
function publicKeyHint(publicKeyPem) {
  const der = crypto.createPublicKey(publicKeyPem).export({ format: "der", type: "spki" });
  return crypto.createHash("sha256").update(der).digest("hex");
}
function keySignerAdapter(signer) {
  return {
    sign: async (data) => ({ signature: await signer.sign(data), key: { $case: "publicKey", publicKey: signer.publicKeyPem, hint: "" } })
  };
}
function witnesses(method) {
  const timeout = method.timeoutMs ?? 3e4;
  const retry = method.retries ?? 3;
  const list = [];
  if (method.rekorUrl) list.push(new import_sign.RekorWitness({ rekorBaseURL: trimUrl(method.rekorUrl), fetchOnConflict: true, timeout, retry }));
  if (method.tsaUrl) list.push(new import_sign.TSAWitness({ tsaBaseURL: trimUrl(method.tsaUrl), timeout, retry }));
  return list;
}
function trimUrl(url) {
  return url.replace(/\/+$/, "");
}
function validateServiceUrl(name, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`--${name} ${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new ConfigurationError(`--${name} must be an http(s) URL, got ${parsed.protocol}`);
  if (parsed.search || parsed.hash) throw new ConfigurationError(`--${name} must be a service base URL without query or fragment`);
}
async function signStatement(statement, method) {
  if (method.kind === "keyless" && !method.rekorUrl && !method.tsaUrl) {
    throw new ConfigurationError("keyless signing needs transparency or timestamp evidence: give a Rekor URL, a TSA URL or both");
  }
  const signer = method.kind === "keyless" ? new import_sign.FulcioSigner({
    identityProvider: method.identityProvider,
    fulcioBaseURL: trimUrl(method.fulcioUrl),
    timeout: method.timeoutMs ?? 3e4,
    retry: method.retries ?? 3
  }) : keySignerAdapter(method.signer);
  const builder = new import_sign.DSSEBundleBuilder({ signer, witnesses: witnesses(method) });
  const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: INTOTO_PAYLOAD_TYPE });
  const material = bundle.verificationMaterial;
  const content = material.content;
  if (content.$case === "publicKey" && method.kind === "key") content.publicKey.hint = method.signer.hint ?? publicKeyHint(method.signer.publicKeyPem);
  const signingKey = content.$case === "certificate" ? toPem(content.certificate.rawBytes) : method.kind === "key" ? method.signer.publicKeyPem : "";
  const logIndex = material.tlogEntries[0]?.logIndex;
  return { bundle, json: explicitDefaults((0, import_bundle.bundleToJSON)(bundle)), signingKey, ...logIndex !== void 0 ? { logIndex } : {} };
}
function explicitDefaults(json) {
  for (const entry of json.verificationMaterial?.tlogEntries ?? []) {
    entry.logIndex ??= "0";
    if (entry.inclusionProof) {
      entry.inclusionProof.logIndex ??= "0";
      entry.inclusionProof.hashes ??= [];
    }
  }
  return json;
}
function toPem(der) {
  const body = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN CERTIFICATE-----
${body}
-----END CERTIFICATE-----
`;
}

export {
  SLSA_PROVENANCE_V1,
  SLSA_VERIFICATION_SUMMARY_V1,
  buildStatement,
  missingBuildFacts,
  provenancePredicate,
  sbomPredicate,
  verdictPredicate,
  PUBLIC_GOOD_FULCIO_URL,
  PUBLIC_GOOD_REKOR_URL,
  GITHUB_FULCIO_URL,
  GITHUB_TSA_URL,
  pemKeySigner,
  publicKeyHint,
  validateServiceUrl,
  signStatement
};
