/** `chaingate check [path] [--repo owner/name] [--policy file] [--format ...] [--output file] [--fail-on severity]` */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { check, DEFAULT_API_URL } from '../check.js'
import { ConfigurationError, EXIT_PASS, EXIT_POLICY_VIOLATED } from '../model/errors.js'
import { FAIL_ON, type FailOn } from '../policy/types.js'
import { parseFormat, render, type Format } from '../report/render.js'
import { jsonChunks } from '../report/json.js'
import { textLines } from '../report/text.js'
import { withLineBreaks, writeFileInPieces, writeInBatches } from '../report/stream.js'
import type { CliIo } from './io.js'
import { readEventPayload } from '../event-payload.js'
import { SIGNING_OPTIONS } from './signing-options.js'

export const CHECK_USAGE = `usage: chaingate check [path] [--repo owner/name] [--policy file] [--format text|json|sarif|markdown]
                      [--output file] [--fail-on critical|high|medium|low|none] [--on-unknown warn|fail]
                      [--offline] [--verbose] [--advisories github|osv|DIR] [--osv-url URL]
  The GitHub token is read from GITHUB_TOKEN (or GH_TOKEN), never from the command line; without one the
  run is offline and API checks are reported as unknown. GITHUB_API_URL selects GHES / GHE.com.
  A second token for admin-only settings is read from CHAINGATE_ADMIN_TOKEN.
  --advisories picks where known vulnerabilities come from: github (GitHub's advisory database, the
  default when a token is given; GITHUB_API_URL like the rest), osv (the OSV API at --osv-url, default
  https://api.osv.dev; records cached in $XDG_CACHE_HOME/chaingate/osv) or DIR, a local OSV snapshot laid
  out as osv.dev publishes it (DIR/<Ecosystem>/all.zip). Without a source and without a token the
  vulnerability checks are unknown.
  --sign signs the verdict summary after a passing check (signing options as for 'chaingate sign':
  --subject-path/--subject name what the verdict covers, else the repository at GITHUB_SHA).`

export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      repo: { type: 'string' },
      policy: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      'on-unknown': { type: 'string' },
      offline: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      sign: { type: 'boolean', default: false },
      advisories: { type: 'string' },
      'osv-url': { type: 'string' },
      ...SIGNING_OPTIONS
    }
  })
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`)
    return EXIT_PASS
  }
  if (positionals.length > 1) throw new ConfigurationError(`check takes one path, got ${positionals.length}`)
  const format = parseFormat(values.format)
  const failOn = values['fail-on']
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new ConfigurationError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`)
  }
  const onUnknown = values['on-unknown']
  if (onUnknown !== undefined && onUnknown !== 'warn' && onUnknown !== 'fail') throw new ConfigurationError(`--on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`)
  const target = positionals[0] ?? '.'
  const token = values.offline ? undefined : io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined
  const elevatedToken = values.offline ? undefined : io.env.CHAINGATE_ADMIN_TOKEN || undefined
  const outcome = await check({
    path: path.resolve(io.cwd, target),
    displayPath: target,
    ...(values.policy ? { policyPath: path.resolve(io.cwd, values.policy) } : {}),
    ...(values.repo ? { repository: values.repo } : io.env.GITHUB_REPOSITORY ? { repository: io.env.GITHUB_REPOSITORY } : {}),
    ...(io.env.GITHUB_REF ? { ref: io.env.GITHUB_REF } : {}),
    ...(io.env.GITHUB_SHA ? { sha: io.env.GITHUB_SHA } : {}),
    ...(token ? { token } : {}),
    ...(elevatedToken ? { elevatedToken } : {}),
    apiUrl: io.env.GITHUB_API_URL || DEFAULT_API_URL,
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    ...(onUnknown ? { onUnknown: onUnknown as 'warn' | 'fail' } : {}),
    event: readEventPayload(io.env),
    ...advisoryInputs(values.advisories, values['osv-url'], values.offline === true, io),
    log: { debug: () => {}, info: () => {}, warn: (message) => io.stderr(`warning: ${message}\n`), error: (message) => io.stderr(`error: ${message}\n`) }
  })
  const textOf = (file: string): string | undefined => outcome.workspace.cachedText(file)
  // JSON and text are written in pieces: a report of thousands of findings is never held as one string.
  const pieces = async (which: Format): Promise<Iterable<string>> =>
    which === 'json' ? jsonChunks(outcome.report) : which === 'text' ? withLineBreaks(textLines(outcome.report, { verbose: values.verbose })) : [await render(outcome.report, which, outcome.rules, textOf, values.verbose)]
  if (values.output) {
    const destination = path.resolve(io.cwd, values.output)
    const content = await pieces(format)
    try {
      writeFileInPieces(destination, content)
    } catch (error) {
      throw new ConfigurationError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    writeInBatches(await pieces('text'), io.stdout)
  } else {
    writeInBatches(await pieces(format), io.stdout)
  }
  if (values.sign) {
    // The verdict summary is signed only after a passing check (the Sigstore code loads only here).
    if (outcome.report.verdict === 'pass') await (await import('./sign-command.js')).signVerdict(values, outcome.report, outcome.workspace.root, io)
    else io.stderr('chaingate: not signing: the verdict is fail\n')
  }
  return outcome.report.verdict === 'pass' ? EXIT_PASS : EXIT_POLICY_VIOLATED
}

/** `--advisories` / `--osv-url`: a snapshot directory is relative to the working directory; OSV records are cached under XDG_CACHE_HOME. */
function advisoryInputs(advisories: string | undefined, osvUrl: string | undefined, offline: boolean, io: CliIo): { advisories?: string; osvUrl?: string; osvCacheDir?: string } {
  if (advisories === '') throw new ConfigurationError('--advisories needs github, osv or a directory')
  if (offline && (advisories === 'github' || advisories === 'osv' || osvUrl !== undefined)) throw new ConfigurationError('--offline asks no online service: use --advisories DIR (a local OSV snapshot)')
  const cacheHome = io.env.XDG_CACHE_HOME || (io.env.HOME ? path.join(io.env.HOME, '.cache') : undefined)
  return {
    ...(advisories !== undefined ? { advisories: advisories === 'github' || advisories === 'osv' ? advisories : path.resolve(io.cwd, advisories) } : {}),
    ...(osvUrl !== undefined ? { osvUrl } : {}),
    ...(cacheHome ? { osvCacheDir: path.join(cacheHome, 'chaingate', 'osv') } : {})
  }
}
