/**
 * minimatch is loaded on demand in a run (src/policy/glob-library.ts): the engine and the asynchronous entry
 * points load it. Tests also call rules, waivers and glob helpers synchronously, so every test file starts
 * with it loaded; the on-demand path is tested on the bundle (__tests__/bundle/check-path.test.ts).
 */
import { beforeAll } from '@jest/globals'
import { loadGlobLibrary } from '../../src/policy/glob-library.js'

beforeAll(async () => {
  await loadGlobLibrary()
})
