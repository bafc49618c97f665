/**
 * The `chaingate` command: dispatches to a verb, maps errors to exit codes (2 for the user's, 3 for bugs and
 * for output that could not be written, one line without a stack for the latter).
 */
import { ConfigurationError, EXIT_CONFIGURATION_ERROR, EXIT_INTERNAL_ERROR, EXIT_PASS, OutputError } from '../model/errors.js'
import { textField, textLine } from '../report/escape.js'
import { checkProxyEnv, redactProxyCredentials } from '../runtime/proxy.js'
import { TOOL } from '../version.js'
import type { CliIo } from './io.js'

export const USAGE = `chaingate ${TOOL.version}: gate CI on software-supply-chain security

usage: chaingate <command> [options]
  check [path]     audit workflows, repository and organization settings against the policy
  sbom [path]      write the dependency inventory as an SBOM (CycloneDX or SPDX JSON), offline
  sign             sign artifacts (SLSA provenance, SBOM, verdict) with Sigstore
  verify           verify Sigstore bundles and attestations against an identity policy
  rules            list the rules (--format markdown for the docs table)
  schema           print the policy file's JSON Schema
  version          print the version
Run 'chaingate <command> --help' for a command's options.`

type Command = (argv: string[], io: CliIo) => Promise<number>

/** Verbs load lazily, so `check` never loads the Sigstore libraries. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check-command.js')).checkCommand,
  rules: async () => (await import('./rules-command.js')).rulesCommand,
  sbom: async () => (await import('./sbom-command.js')).sbomCommand,
  schema: async () => (await import('./rules-command.js')).schemaCommand,
  sign: async () => (await import('./sign-command.js')).signCommand,
  verify: async () => (await import('./verify-command.js')).verifyCommand
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv
  if (!verb || verb === 'help' || verb === '--help' || verb === '-h') {
    io.stdout(`${USAGE}\n`)
    return verb ? EXIT_PASS : EXIT_CONFIGURATION_ERROR
  }
  if (verb === 'version' || verb === '--version') {
    io.stdout(`${TOOL.version}\n`)
    return EXIT_PASS
  }
  const load = COMMANDS[verb]
  if (!load) {
    io.stderr(`chaingate: unknown command ${JSON.stringify(verb)}\n${USAGE}\n`)
    return EXIT_CONFIGURATION_ERROR
  }
  try {
    checkProxyEnv(io.env) // a bad HTTPS_PROXY is the user's error before anything is sent
    return await (
      await load()
    )(rest, io)
  } catch (error) {
    // Messages may quote the repository (a policy key, a file name): one printable line, no runner command.
    // None shows a proxy's credentials, whoever wrote the message (src/runtime/proxy.ts).
    if (error instanceof ConfigurationError) {
      io.stderr(`chaingate: ${textField(redactProxyCredentials(error.oneLine(), io.env))}\n`)
      return EXIT_CONFIGURATION_ERROR
    }
    if (error instanceof OutputError) {
      io.stderr(`chaingate: ${textField(redactProxyCredentials(error.message, io.env))}\n`)
      return EXIT_INTERNAL_ERROR
    }
    if (isArgumentError(error)) {
      io.stderr(`chaingate ${verb}: ${textField((error as Error).message)}\n`)
      return EXIT_CONFIGURATION_ERROR
    }
    const report = redactProxyCredentials(error instanceof Error ? (error.stack ?? error.message) : String(error), io.env)
    io.stderr(
      `chaingate: internal error (please report it): ${report
        .split('\n')
        .map((line) => textLine(textField(line)))
        .join('\n')}\n`
    )
    return EXIT_INTERNAL_ERROR
  }
}

/** node:util parseArgs errors (unknown option, missing value) are the user's. */
function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
