// Builds the committed bundle: dist/index.js (the action) and dist/cli.js (the command), ESM, with the
// Sigstore code in lazily imported chunks. Then regenerates the policy schema and docs/rules.md from it.
// `node scripts/build.mjs --outdir DIR` builds elsewhere (used by check-dist); with `--bundle-only`, only
// DIR/dist is built (the tests that run the action or the command as a runner does build one from the sources).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const outIndex = args.indexOf('--outdir')
const outRoot = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : root
const outdir = path.join(outRoot, 'dist')

// @actions/core imports its HTTP client (and undici) only for getIDToken, which chaingate never calls: let
// esbuild drop those modules when nothing uses them, instead of evaluating ~830 KB at every action start.
const unusedHttpClient = {
  name: 'side-effect-free-http-client',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)(\/.*)?$/ }, async (args) => {
      if (args.pluginData?.skip) return undefined
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { skip: true } })
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: false }
    })
  }
}

// @cyclonedx/cyclonedx-library's optional XML plug-ins (never installed, never used: chaingate writes JSON)
// are required inside its own try/catch at load time; left external, that require fails and is caught.
const OPTIONAL_ABSENT = ['xmlbuilder2', 'libxmljs2']

fs.rmSync(outdir, { recursive: true, force: true })
await build({
  plugins: [unusedHttpClient],
  external: OPTIONAL_ABSENT,
  absWorkingDir: root,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);" }
})
fs.writeFileSync(path.join(outdir, 'package.json'), '{ "type": "module" }\n')
if (args.includes('--bundle-only')) process.exit(0)

const run = (...cliArgs) => execFileSync(process.execPath, [path.join(outdir, 'cli.js'), ...cliArgs], { encoding: 'utf8' })
fs.mkdirSync(path.join(outRoot, 'schema'), { recursive: true })
fs.writeFileSync(path.join(outRoot, 'schema', 'chaingate-policy.schema.json'), run('schema'))
// The verification policy's schema is written by hand (src/verify/verify-policy.schema.json; a test keeps it true).
fs.copyFileSync(path.join(root, 'src', 'verify', 'verify-policy.schema.json'), path.join(outRoot, 'schema', 'chaingate-verify-policy.schema.json'))
fs.mkdirSync(path.join(outRoot, 'docs'), { recursive: true })
const rulesMarkdown = run('rules', '--format', 'markdown')
fs.writeFileSync(path.join(outRoot, 'docs', 'rules.md'), rulesMarkdown)

// The README's rules table is the generated one (from '## Permissions per rule' on), between markers.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const table = rulesMarkdown.slice(rulesMarkdown.indexOf('| Rule | Token'))
const updated = readme.replace(/(<!-- rules-table:start -->\n)[\s\S]*?(<!-- rules-table:end -->)/, `$1${table}$2`)
fs.writeFileSync(path.join(outRoot, 'README.md'), updated)
