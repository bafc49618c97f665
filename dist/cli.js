import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  TOOL
} from "./chunks/chunk-544V3MJZ.js";
import {
  ConfigurationError,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  EXIT_PASS
} from "./chunks/chunk-CFOVC3TA.js";
import "./chunks/chunk-7EKOSLSY.js";

// src/cli/main.ts
var USAGE = `chaingate ${TOOL.version}: gate CI on software-supply-chain security

usage: chaingate <command> [options]
  check [path]     audit workflows, repository and organization settings against the policy
  sign             sign artifacts (SLSA provenance, SBOM, verdict) with Sigstore
  verify           verify Sigstore bundles and attestations against an identity policy
  rules            list the rules (--format markdown for the docs table)
  schema           print the policy file's JSON Schema
  version          print the version
Run 'chaingate <command> --help' for a command's options.`;
var COMMANDS = {
  check: async () => (await import("./chunks/check-command-ZM2RW5U4.js")).checkCommand,
  rules: async () => (await import("./chunks/rules-command-OW2NKI2D.js")).rulesCommand,
  schema: async () => (await import("./chunks/rules-command-OW2NKI2D.js")).schemaCommand,
  sign: async () => (await import("./chunks/sign-command-MJVDOK6X.js")).signCommand,
  verify: async () => (await import("./chunks/verify-command-LRHFJHYX.js")).verifyCommand
};
async function main(argv, io) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "help" || verb === "--help" || verb === "-h") {
    io.stdout(`${USAGE}
`);
    return verb ? EXIT_PASS : EXIT_CONFIGURATION_ERROR;
  }
  if (verb === "version" || verb === "--version") {
    io.stdout(`${TOOL.version}
`);
    return EXIT_PASS;
  }
  const load = COMMANDS[verb];
  if (!load) {
    io.stderr(`chaingate: unknown command ${JSON.stringify(verb)}
${USAGE}
`);
    return EXIT_CONFIGURATION_ERROR;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr(`chaingate: ${error.oneLine()}
`);
      return EXIT_CONFIGURATION_ERROR;
    }
    if (isArgumentError(error)) {
      io.stderr(`chaingate ${verb}: ${error.message}
`);
      return EXIT_CONFIGURATION_ERROR;
    }
    io.stderr(`chaingate: internal error (please report it): ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return EXIT_INTERNAL_ERROR;
  }
}
function isArgumentError(error) {
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

// src/cli/io.ts
function processIo() {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  };
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), processIo());
