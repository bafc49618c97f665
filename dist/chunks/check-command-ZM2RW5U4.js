import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  SIGNING_OPTIONS
} from "./chunk-R5KJH3Q2.js";
import {
  parseFormat,
  render
} from "./chunk-LW4RASXS.js";
import {
  readEventPayload,
  withLineBreaks,
  writeFileInPieces,
  writeInBatches
} from "./chunk-JO3FALOZ.js";
import {
  DEFAULT_API_URL,
  check
} from "./chunk-BMMGPWP4.js";
import "./chunk-ARBX2KYD.js";
import "./chunk-TPT2M4EQ.js";
import "./chunk-LHBDZ6M5.js";
import {
  jsonChunks,
  textLines
} from "./chunk-DSTP7LVT.js";
import "./chunk-MN4BHTFN.js";
import "./chunk-3IJHXNZE.js";
import "./chunk-544V3MJZ.js";
import "./chunk-CMRXECLU.js";
import "./chunk-PI5YDOEH.js";
import {
  FAIL_ON
} from "./chunk-2YOLYOSH.js";
import "./chunk-NK2VMPGZ.js";
import "./chunk-J4KMNHDM.js";
import "./chunk-FXB3ONC3.js";
import "./chunk-TZDBTWB3.js";
import "./chunk-FN35NV3Z.js";
import {
  ConfigurationError,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED
} from "./chunk-CFOVC3TA.js";
import "./chunk-7EKOSLSY.js";

// src/cli/check-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var CHECK_USAGE = `usage: chaingate check [path] [--repo owner/name] [--policy file] [--format text|json|sarif|markdown]
                      [--output file] [--fail-on critical|high|medium|low|none] [--on-unknown warn|fail]
                      [--offline] [--verbose]
  The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN), never from the command line; without one the
  run is offline and API checks are reported as unknown. GITHUB_API_URL selects GHES / GHE.com.
  A second token for admin-only settings is read from CHAINGATE_ADMIN_TOKEN.
  --sign signs the verdict summary after a passing check (signing options as for 'chaingate sign':
  --subject-path/--subject name what the verdict covers, else the repository at GITHUB_SHA).`;
async function checkCommand(argv, io) {
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
  if (onUnknown !== void 0 && onUnknown !== "warn" && onUnknown !== "fail") throw new ConfigurationError(`--on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`);
  const target = positionals[0] ?? ".";
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
    ...failOn ? { failOn } : {},
    ...onUnknown ? { onUnknown } : {},
    event: readEventPayload(io.env),
    log: { debug: () => {
    }, info: () => {
    }, warn: (message) => io.stderr(`warning: ${message}
`), error: (message) => io.stderr(`error: ${message}
`) }
  });
  const textOf = (file) => outcome.workspace.cachedText(file);
  const pieces = async (which) => which === "json" ? jsonChunks(outcome.report) : which === "text" ? withLineBreaks(textLines(outcome.report, { verbose: values.verbose })) : [await render(outcome.report, which, outcome.rules, textOf, values.verbose)];
  if (values.output) {
    const destination = path.resolve(io.cwd, values.output);
    const content = await pieces(format);
    try {
      writeFileInPieces(destination, content);
    } catch (error) {
      throw new ConfigurationError(`cannot write ${values.output}: ${error.code ?? error.message}`);
    }
    writeInBatches(await pieces("text"), io.stdout);
  } else {
    writeInBatches(await pieces(format), io.stdout);
  }
  if (values.sign) {
    if (outcome.report.verdict === "pass") await (await import("./sign-command-MJVDOK6X.js")).signVerdict(values, outcome.report, outcome.workspace.root, io);
    else io.stderr("chaingate: not signing: the verdict is fail\n");
  }
  return outcome.report.verdict === "pass" ? EXIT_PASS : EXIT_POLICY_VIOLATED;
}
export {
  CHECK_USAGE,
  checkCommand
};
