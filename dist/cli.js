import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  checkProxyEnv,
  redactProxyCredentials
} from "./chunks/chunk-HUNFW3VE.js";
import {
  ConfigurationError,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  EXIT_PASS,
  OutputError,
  TOOL,
  textField,
  textLine,
  writeError
} from "./chunks/chunk-MDAZFAAI.js";
import "./chunks/chunk-RQ4SWRSA.js";

// src/cli/main.ts
var USAGE = `chaingate ${TOOL.version}: gate CI on software-supply-chain security

usage: chaingate <command> [options]
  check [path]     audit workflows, repository and organization settings against the policy
  sbom [path]      write the dependency inventory as an SBOM (CycloneDX or SPDX JSON), offline
  sign             sign artifacts (SLSA provenance, SBOM, verdict) with Sigstore
  verify           verify Sigstore bundles and attestations against an identity policy
  rules            list the rules (--format markdown for the docs table)
  schema           print the policy file's JSON Schema
  version          print the version
Run 'chaingate <command> --help' for a command's options.`;
var COMMANDS = {
  check: async () => (await import("./chunks/check-command-WBXF6NXY.js")).checkCommand,
  rules: async () => (await import("./chunks/rules-command-SOPQ56QX.js")).rulesCommand,
  sbom: async () => (await import("./chunks/sbom-command-ZN4BRWCP.js")).sbomCommand,
  schema: async () => (await import("./chunks/rules-command-SOPQ56QX.js")).schemaCommand,
  sign: async () => (await import("./chunks/sign-command-D6HJE5WO.js")).signCommand,
  verify: async () => (await import("./chunks/verify-command-HSFFZ7AE.js")).verifyCommand
};
async function main(argv, io2) {
  const [verb, ...rest] = argv;
  if (!verb || verb === "help" || verb === "--help" || verb === "-h") {
    io2.stdout(`${USAGE}
`);
    return verb ? EXIT_PASS : EXIT_CONFIGURATION_ERROR;
  }
  if (verb === "version" || verb === "--version") {
    io2.stdout(`${TOOL.version}
`);
    return EXIT_PASS;
  }
  const load = COMMANDS[verb];
  if (!load) {
    io2.stderr(`chaingate: unknown command ${JSON.stringify(verb)}
${USAGE}
`);
    return EXIT_CONFIGURATION_ERROR;
  }
  try {
    checkProxyEnv(io2.env);
    return await (await load())(rest, io2);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io2.stderr(`chaingate: ${textField(redactProxyCredentials(error.oneLine(), io2.env))}
`);
      return EXIT_CONFIGURATION_ERROR;
    }
    if (error instanceof OutputError) {
      io2.stderr(`chaingate: ${textField(redactProxyCredentials(error.message, io2.env))}
`);
      return EXIT_INTERNAL_ERROR;
    }
    if (isArgumentError(error)) {
      io2.stderr(`chaingate ${verb}: ${textField(error.message)}
`);
      return EXIT_CONFIGURATION_ERROR;
    }
    const report = redactProxyCredentials(error instanceof Error ? error.stack ?? error.message : String(error), io2.env);
    io2.stderr(
      `chaingate: internal error (please report it): ${report.split("\n").map((line) => textLine(textField(line))).join("\n")}
`
    );
    return EXIT_INTERNAL_ERROR;
  }
}
function isArgumentError(error) {
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

// src/cli/io.ts
function processIo() {
  let failure;
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    process.stdout.on("error", (error) => {
      failure ??= error;
    });
    process.stderr.on("error", () => {
    });
  };
  const stderr = (text) => {
    listen();
    if (!process.stderr.destroyed) process.stderr.write(text);
  };
  return {
    env: process.env,
    cwd: process.cwd(),
    synchronousStdio: true,
    stdout: (text) => {
      listen();
      if (!failure && !process.stdout.destroyed) process.stdout.write(text);
    },
    stderr,
    finish: async (code) => {
      if (!listening) return code;
      if (!failure && !process.stdout.destroyed) await new Promise((resolve) => process.stdout.write("", () => resolve()));
      if (!failure || failure.code === "EPIPE") return code;
      stderr(`chaingate: ${writeError("standard output", failure).message}
`);
      return EXIT_INTERNAL_ERROR;
    }
  };
}

// src/cli/index.ts
var io = processIo();
process.exitCode = await io.finish(await main(process.argv.slice(2), io));
