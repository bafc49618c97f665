/**
 * Lets a bench script import the repository's TypeScript sources (`await import('../src/….ts')`, and their
 * `./x.js` imports of `./x.ts`) without a build: each `.ts` file is transformed by esbuild as it loads.
 * Import it before the first dynamic import of a source: `import './ts-sources.mjs'`.
 */
import fs from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'
import { transformSync } from 'esbuild'

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context)
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(`${specifier.slice(0, -3)}.ts`, context)
      throw error
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context)
    const source = fs.readFileSync(fileURLToPath(url), 'utf8')
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node24', sourcefile: fileURLToPath(url) })
    return { format: 'module', source: code, shortCircuit: true }
  }
})
