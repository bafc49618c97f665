import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-ARBX2KYD.js";
import {
  allRules
} from "./chunk-TPT2M4EQ.js";
import {
  Workspace
} from "./chunk-MN4BHTFN.js";
import {
  TOOL
} from "./chunk-544V3MJZ.js";
import {
  embeddedPolicy
} from "./chunk-CMRXECLU.js";
import {
  findPolicy
} from "./chunk-NK2VMPGZ.js";
import {
  RequestCounter
} from "./chunk-FN35NV3Z.js";
import {
  ConfigurationError
} from "./chunk-CFOVC3TA.js";

// src/check.ts
var DEFAULT_API_URL = "https://api.github.com";
function parseRepository(text) {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
  if (!match || match[2] === "." || match[2] === "..") throw new ConfigurationError(`repository must be owner/name, got ${JSON.stringify(text)}`);
  return { owner: match[1], repo: match[2] };
}
async function check(input) {
  const rules = input.rules ?? allRules;
  const workspace = new Workspace(input.path);
  const location = findPolicy(workspace.root, input.policyPath);
  const policy = location.absolutePath ? (await import("./load-JXYEBJGZ.js")).loadPolicy(location, rules) : embeddedPolicy(rules);
  if (input.failOn) policy.failOn = input.failOn;
  if (input.onUnknown) policy.onUnknown = input.onUnknown;
  const target = input.repository ? { ...parseRepository(input.repository), ...input.ref ? { ref: input.ref } : {}, ...input.sha ? { sha: input.sha } : {} } : null;
  const counter = new RequestCounter();
  const apiUrl = input.apiUrl ?? DEFAULT_API_URL;
  if (input.apiUrl !== void 0) validateApiUrl(input.apiUrl);
  const clientOptions = { apiUrl, counter, userAgent: `${TOOL.name}/${TOOL.version}`, ...input.log ? { log: input.log } : {}, ...input.retryBaseMs !== void 0 ? { retryBaseMs: input.retryBaseMs } : {} };
  const client = async (token) => {
    if (!token) return null;
    const { createGitHubClient } = await import("./client-KJHGHNQA.js");
    return createGitHubClient({ ...clientOptions, token });
  };
  const github = await client(input.token);
  const elevated = await client(input.elevatedToken);
  const report = await runCheck({
    workspace,
    policy,
    rules,
    github,
    elevated,
    target,
    event: input.event ?? null,
    ...input.now ? { now: input.now } : {},
    tool: TOOL,
    displayPath: input.displayPath ?? input.path
  });
  return { report, policy, rules, workspace };
}
function validateApiUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`GitHub API URL ${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new ConfigurationError(`GitHub API URL must be http(s), got ${parsed.protocol}`);
}

export {
  DEFAULT_API_URL,
  parseRepository,
  check
};
