/**
 * Cold start, guarded by structure rather than by time (bench/cold-start.mjs measures the time): the check
 * path of the bundle built from the sources is a few files, with everything the CLI's check verb and the
 * action share in one chunk (scripts/build.mjs), and a check of a repository without lockfiles, images or
 * advisory source loads no lockfile reader, no image cataloguer, no advisory source and no SPDX tables.
 * Modules are told apart by the `// src/...` comment esbuild writes before each one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildBundle, staticClosure, type Bundle } from '../../test/support/bundle.js'
import { PINNED_WORKFLOW, tempWorkspace } from '../../test/support/workspace.js'

let bundle: Bundle
let scratch: string
beforeAll(() => {
  bundle = buildBundle()
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-check-path-'))
}, 120_000)
afterAll(() => {
  bundle?.cleanup()
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
})

/** The files a file loads through static imports (esbuild writes them at the top level), itself included. */
/** The source modules bundled in a file, from esbuild's `// src/...` comments. */
function modulesIn(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1]!)
}

function checkVerbFiles(): string[] {
  const main = staticClosure(bundle.cli)
  const verb = main.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/import\(["'](\.{1,2}\/chunks\/check-command-[^"']+)["']\)/g)].map((match) =>
      path.resolve(path.dirname(file), match[1]!)
    )
  )
  expect(verb).toHaveLength(1)
  return [...new Set([...main, ...staticClosure(verb[0]!)])]
}

/** The bundle's files a `chaingate check --offline` of `root` loads, in order, from a module-load hook. */
function loadedByCheck(root: string): string[] {
  const log = path.join(scratch, `loaded-${path.basename(root)}.txt`)
  const hook = path.join(scratch, 'hook.mjs')
  fs.writeFileSync(
    hook,
    `import { registerHooks } from 'node:module'\nimport fs from 'node:fs'\nregisterHooks({ load(url, context, next) { fs.appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context) } })\n`
  )
  const result = spawnSync(process.execPath, ['--import', hook, bundle.cli, 'check', root, '--offline'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  const dist = path.dirname(bundle.cli)
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(dist))
}

describe('the check path of the bundle', () => {
  it('puts every module the CLI check and the action share in one chunk, and stays a few files', () => {
    const cli = checkVerbFiles()
    const action = staticClosure(bundle.action)
    const chunkOf = new Map<string, string>()
    for (const file of new Set([...cli, ...action])) for (const module of modulesIn(file)) chunkOf.set(module, file)
    const cliModules = new Set(cli.flatMap(modulesIn))
    const shared = action.flatMap(modulesIn).filter((module) => cliModules.has(module))
    expect(shared).toEqual(expect.arrayContaining(['src/engine.ts', 'src/check.ts', 'src/rules/index.ts', 'src/workflow/build.ts', 'src/inventory/fact.ts']))
    // Outside the core chunk: what every verb of the command loads (errors, version) and a module that is
    // also the target of an `import()` (esbuild gives those a chunk of their own).
    const core = chunkOf.get('src/engine.ts')
    const everyVerb = new Set(staticClosure(bundle.cli).flatMap(modulesIn))
    expect(shared.filter((module) => chunkOf.get(module) !== core && !everyVerb.has(module))).toEqual(['src/inventory/readers/index.ts'])
    // Before the core was one chunk, the check verb loaded 43 files and the action 44.
    expect(cli.length).toBeLessThanOrEqual(12)
    expect(action.length).toBeLessThanOrEqual(12)
    // esbuild escapes non-ASCII text in code but keeps some comments (JSDoc in class bodies) as they are:
    // one non-ASCII character makes Node decode the whole file as UTF-16 (the 850 KB core chunk became a
    // 1.7 MB string, parsed more slowly and scavenged sooner).
    const nonAscii = (line: string): boolean => [...line].some((char) => char.charCodeAt(0) > 0x7f)
    const lines = [...new Set([...cli, ...action])].flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(nonAscii)
        .map((line) => `${path.basename(file)}: ${line}`)
    )
    expect(lines).toEqual([])
  })

  it('loads no lockfile reader, image cataloguer, advisory source or SPDX table for a repository without them', () => {
    const ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW, 'SECURITY.md': 'Report privately.\n' })
    const withLockfile = tempWorkspace({
      '.github/workflows/ci.yml': PINNED_WORKFLOW,
      'package.json': '{ "name": "app", "version": "1.0.0", "dependencies": { "left-pad": "1.3.0" } }\n',
      'package-lock.json': JSON.stringify(
        {
          name: 'app',
          version: '1.0.0',
          lockfileVersion: 3,
          requires: true,
          packages: {
            '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
              integrity: 'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQ9u0vUmQ0fqhSSRZL+fm4o4DGSJbqJ+9yRz11a+TfbNwAQw=='
            }
          }
        },
        null,
        2
      )
    })
    try {
      const modules = loadedByCheck(ws.root).flatMap(modulesIn)
      expect(modules).toEqual(
        expect.arrayContaining([
          'src/engine.ts',
          'src/inventory/collect.ts',
          'src/inventory/readers/index.ts',
          'src/advisories/sources/index.ts',
          'src/images/sources/index.ts'
        ])
      )
      const heavy = (module: string): boolean =>
        (/^src\/inventory\/readers\//.test(module) && !/\/(index|types)\.ts$/.test(module)) ||
        /^src\/(images\/(catalog\/|layers\.ts|source\.ts|index\.ts|vulnerabilities\.ts|sources\/dockerfile\.ts)|advisories\/(osv|versions\/|sources\/(github|osv-)|vex)|inventory\/licenses\/(spdx|installed)|inventory\/sbom\/|attest\/|verify\/(?!manifests\.ts)|report\/sarif\.ts)/.test(
          module
        )
      expect(modules.filter(heavy)).toEqual([])
      // The same check with a lockfile loads its reader: the hook sees lazily imported chunks.
      expect(loadedByCheck(withLockfile.root).flatMap(modulesIn)).toContain('src/inventory/readers/npm-lock.ts')
    } finally {
      ws.cleanup()
      withLockfile.cleanup()
    }
  })

  it('loads minimatch only when a glob needs it; a rule that met one first is evaluated again with it', () => {
    const plain = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW, 'SECURITY.md': 'Report privately.\n' })
    // A reusable workflow that must be called by tag: unpinned-uses matches the call against its built-in glob.
    const slsa = tempWorkspace({
      '.github/workflows/release.yml':
        'on: push\npermissions: {}\njobs:\n  provenance:\n    permissions:\n      actions: read\n      id-token: write\n      contents: write\n' +
        '    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0\n    with:\n      base64-subjects: YWJj\n'
    })
    const withMinimatch = (files: string[]): boolean => files.some((file) => /^\/\/ \S*node_modules\/minimatch\//m.test(fs.readFileSync(file, 'utf8')))
    try {
      expect(withMinimatch(loadedByCheck(plain.root))).toBe(false)
      const log = path.join(scratch, 'loaded-slsa.txt')
      const hook = path.join(scratch, 'hook-slsa.mjs')
      fs.writeFileSync(
        hook,
        `import { registerHooks } from 'node:module'\nimport fs from 'node:fs'\nregisterHooks({ load(url, context, next) { fs.appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context) } })\n`
      )
      const result = spawnSync(process.execPath, ['--import', hook, bundle.cli, 'check', slsa.root, '--offline', '--format', 'json'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' }
      })
      expect(result.stderr).toBe('')
      const loaded = fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith('file:'))
        .map((url) => fileURLToPath(url))
      expect(withMinimatch(loaded)).toBe(true)
      const findings = (JSON.parse(result.stdout) as { findings: Array<{ rule: string; status: string; message: string }> }).findings
      const unpinned = findings.filter((finding) => finding.rule === 'unpinned-uses')
      expect(unpinned.length).toBeGreaterThan(0)
      expect(unpinned.filter((finding) => finding.status !== 'pass')).toEqual([])
    } finally {
      plain.cleanup()
      slsa.cleanup()
    }
  })

  it('loads neither node:crypto, the ES module facades of node:util and node:fs, fs/promises nor the stream modules of a piped stdout, for the CLI check and the action (which writes SARIF)', () => {
    // An unpinned action: a failing finding, so SARIF fingerprints are computed and repository text is logged.
    const ws = tempWorkspace({
      '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      'SECURITY.md': 'Report privately.\n'
    })
    const preload = path.join(scratch, 'builtins.cjs')
    fs.writeFileSync(
      preload,
      "process.on('exit', () => require('node:fs').writeFileSync(process.env.CHAINGATE_TEST_BUILTINS, process.moduleLoadList.join('\\n')))\n"
    )
    const builtinsOf = (name: string, args: string[], env: Record<string, string>): string[] => {
      const out = path.join(scratch, `builtins-${name}.txt`)
      const result = spawnSync(process.execPath, ['-r', preload, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', CHAINGATE_TEST_BUILTINS: out, ...env }
      })
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('actions/checkout')
      return fs.readFileSync(out, 'utf8').split('\n')
    }
    try {
      const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-temp-'))
      const actionEnv = { GITHUB_WORKSPACE: ws.root, RUNNER_TEMP: runnerTemp, INPUT_PATH: '.', INPUT_SUMMARY: 'false', INPUT_ANNOTATIONS: 'false' }
      const cli = builtinsOf('cli', [bundle.cli, 'check', ws.root, '--offline'], {})
      expect(cli).toContain('NativeModule internal/util/parse_args/parse_args')
      for (const loaded of [cli, builtinsOf('action', [bundle.action], actionEnv)]) {
        // spawnSync gives the process pipes, as a runner does: written synchronously (src/runtime/sync-stdio.ts).
        const unwanted =
          /^NativeModule (crypto|internal\/crypto\/.*|worker_threads|internal\/assert\/.*|fs\/promises|internal\/fs\/promises|stream|net|internal\/readline\/.*)$/
        expect(loaded.filter((name) => unwanted.test(name))).toEqual([])
      }
    } finally {
      ws.cleanup()
    }
  })
})
