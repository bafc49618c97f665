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

// @actions/core imports node:crypto at load time for one call, randomUUID (the delimiter of a multi-line
// value written to a GITHUB_OUTPUT-style file); node:crypto costs ~4 ms of CPU at every start (17 internal
// modules). Its import is answered by a module that loads node:crypto at that call (cold start).
const LAZY_CRYPTO = 'lazy-crypto-for-actions-core'
const lazyCoreCrypto = {
  name: LAZY_CRYPTO,
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: LAZY_CRYPTO, namespace: LAZY_CRYPTO } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: LAZY_CRYPTO }, () => ({
      contents: "export function randomUUID() { return process.getBuiltinModule('node:crypto').randomUUID() }\n",
      loader: 'js'
    }))
  }
}

// node-sarif-builder requires fs/promises at load time for its asynchronous writer, which chaingate never
// calls (the SARIF text is built and written synchronously); the action wrote SARIF on every start, so the
// module loaded at every start. Its require is answered by a module that loads fs/promises at that call.
const LAZY_FS_PROMISES = 'lazy-fs-promises-for-sarif-builder'
const lazySarifFsPromises = {
  name: LAZY_FS_PROMISES,
  setup(build) {
    build.onResolve({ filter: /^(node:)?fs\/promises$/ }, (args) =>
      /[\\/]node-sarif-builder[\\/]/.test(args.importer) ? { path: LAZY_FS_PROMISES, namespace: LAZY_FS_PROMISES } : undefined
    )
    build.onLoad({ filter: /.*/, namespace: LAZY_FS_PROMISES }, () => ({
      contents: "export function writeFile(...args) { return process.getBuiltinModule('node:fs/promises').writeFile(...args) }\n",
      loader: 'js'
    }))
  }
}

// `import ... from 'node:fs'` in an ES module makes Node build the module's ES facade, which reads every export
// of `fs`, its getters included: `promises` and `ReadStream` load fs/promises and with them the stream and readline modules
// (34 internal modules, ~2 ms at every start) that a check never uses. Each importer's `fs` import is answered
// by a module of its own (so it stays in the importer's chunk) that takes `fs` from `process.getBuiltinModule`
// and re-exports its functions; `promises` forwards each call, so destructuring it at load time (as
// @actions/core's summary does) loads nothing until a call.
// Getters (`promises`, `ReadStream`…) are left out of the named exports: reading one loads its modules.
const FS_NAMES = Object.keys(fs).filter((name) => 'value' in Object.getOwnPropertyDescriptor(fs, name) && /^[A-Za-z_$][\w$]*$/.test(name))
const FS_WITHOUT_FACADE = 'fs-without-es-facade'
const fsWithoutFacade = {
  name: FS_WITHOUT_FACADE,
  setup(build) {
    build.onResolve({ filter: /^(node:)?fs$/ }, (args) =>
      args.kind === 'import-statement' ? { path: path.relative(root, args.importer).split(path.sep).join('/'), namespace: FS_WITHOUT_FACADE } : undefined
    )
    // chaingate's own modules import `fs` as a default import only (a named import fails the build here);
    // dependencies get the named exports as well.
    build.onLoad({ filter: /.*/, namespace: FS_WITHOUT_FACADE }, (args) => ({
      contents: [
        "const fs = process.getBuiltinModule('node:fs')",
        'export default fs',
        ...(args.path.startsWith('src/')
          ? []
          : [
              `export const { ${FS_NAMES.join(', ')} } = fs`,
              'export const promises = new Proxy({}, { get: (_, name) => (...args) => fs.promises[name](...args) })'
            ]),
        ''
      ].join('\n'),
      loader: 'js'
    }))
  }
}

// @cyclonedx/cyclonedx-library's optional XML plug-ins (never installed, never used: chaingate writes JSON)
// are required inside its own try/catch at load time; left external, that require fails and is caught.
const OPTIONAL_ABSENT = ['xmlbuilder2', 'libxmljs2']

const options = {
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
}

// One chunk for the check path (cold start). esbuild puts modules reached by the same set of entry points
// (the two entries and every `import()` target) in one chunk; a lazily imported module that shares a few
// modules with the check (a lockfile reader sharing the inventory model, the sign verb sharing the
// policy) used to cut the check path into ~45 files, each resolved, read and compiled on its own. The
// modules that both the CLI's check verb and the action's check reach statically are the check core;
// every lazily imported module that reaches part of it is made to reach all of it (one added import of a
// virtual module listing the core), so the core is one chunk. It is loaded anyway whenever such a module
// is: they are imported during a check, or by a verb (sign, verify, sbom) that runs after one or shares
// most of it. A first pass without output finds the graph.
const graph = (
  await build({
    ...options,
    splitting: false,
    plugins: [unusedHttpClient, lazyCoreCrypto, lazySarifFsPromises, fsWithoutFacade],
    write: false,
    metafile: true
  })
).metafile.inputs
const staticClosure = (roots) => {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file) || !graph[file]) return
    seen.add(file)
    for (const imported of graph[file].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path)
  }
  roots.forEach(visit)
  return seen
}
const cliCheck = staticClosure(['src/cli/check-command.ts'])
const checkCore = [...staticClosure(['src/action/main.ts'])].filter((file) => cliCheck.has(file) && file.startsWith('src/')).sort()
const coreSet = new Set(checkCore)
const lazyTargets = new Set(
  Object.values(graph)
    .flatMap((input) =>
      input.imports.filter((imported) => imported.kind === 'dynamic-import' && imported.path.startsWith('src/')).map((imported) => imported.path)
    )
    .filter((target) => !coreSet.has(target) && [...staticClosure([target])].some((file) => coreSet.has(file)))
)
const CORE = 'chaingate-check-core'
const oneCheckChunk = {
  name: 'one-check-chunk',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${CORE}$`) }, () => ({ path: CORE, namespace: CORE }))
    build.onLoad({ filter: /.*/, namespace: CORE }, () => ({
      contents: checkCore.map((file) => `import ${JSON.stringify(`./${file}`)}`).join('\n'),
      loader: 'js',
      resolveDir: root
    }))
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!lazyTargets.has(path.relative(root, args.path).split(path.sep).join('/'))) return undefined
      return { contents: `${await fs.promises.readFile(args.path, 'utf8')}\nimport '${CORE}'\n`, loader: 'ts' }
    })
  }
}

// packageurl-js builds an Intl.Collator when it loads, to order the names of its purl components (type,
// namespace, name… mapped to the digits 0-7 first) once, at load time. Building one maps ICU's collation
// data: ~5 MB of the peak memory of `sbom --image` (bench/README.md, "Container images"). The bundle gives it
// a comparator in code-unit order, which orders those digits the same; the build fails if the library no
// longer reads as expected.
const PURL_STRINGS = /[\\/]packageurl-js[\\/]src[\\/]strings\.js$/
const purlWithoutCollator = {
  name: 'purl-without-collator',
  setup(build) {
    build.onLoad({ filter: PURL_STRINGS }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8')
      const collator = 'new Intl.Collator()'
      if (source.split(collator).length !== 2) throw new Error(`${args.path}: expected one \`${collator}\` (packageurl-js changed: review scripts/build.mjs)`)
      return { contents: source.replace(collator, '{ compare: (a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0) }'), loader: 'js' }
    })
  }
}

fs.rmSync(outdir, { recursive: true, force: true })
await build({ ...options, plugins: [unusedHttpClient, lazyCoreCrypto, lazySarifFsPromises, fsWithoutFacade, purlWithoutCollator, oneCheckChunk] })
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
