/**
 * The action and the command bundled from the current sources, with the project's own build script, into a
 * temporary directory: tests that run chaingate as a runner does test the code of the working tree, never a
 * stale dist/ (which `npm run check-dist` compares with the sources).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface Bundle {
  /** The action's entry (dist/index.js). */
  action: string
  /** The command's entry (dist/cli.js). */
  cli: string
  cleanup(): void
}

export function buildBundle(): Bundle {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bundle-'))
  execFileSync(process.execPath, [path.resolve('scripts/build.mjs'), '--outdir', out, '--bundle-only'], { stdio: ['ignore', 'ignore', 'inherit'] })
  return { action: path.join(out, 'dist', 'index.js'), cli: path.join(out, 'dist', 'cli.js'), cleanup: () => fs.rmSync(out, { recursive: true, force: true }) }
}

/** The files a bundle file loads through static imports (esbuild writes them at the top level), itself included. */
export function staticClosure(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    for (const match of source.matchAll(/^import\s[^'"]*?["'](\.{1,2}\/[^"']+)["'];?$/gm)) visit(path.resolve(path.dirname(file), match[1]!))
    for (const match of source.matchAll(/^import\s*["'](\.{1,2}\/[^"']+)["'];?$/gm)) visit(path.resolve(path.dirname(file), match[1]!))
  }
  visit(entry)
  return [...seen]
}
