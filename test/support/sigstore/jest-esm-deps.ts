/**
 * make-fetch-happen (used by @sigstore/sign, @sigstore/oci and @sigstore/tuf) loads @npmcli/agent, which
 * require()s ESM-only packages (agent-base 9, the proxy agents). Node 24 loads them natively, but jest 29's
 * module registry refuses `require` of ES modules. Tests call this before any Sigstore code is imported
 * (dynamically, after the call): jest then hands those requires the modules Node itself loaded.
 */
import { jest } from '@jest/globals'

// Node's own module loader: inside jest, `import 'node:module'` is jest's, whose require is jest's.
const nodeModule = process.getBuiltinModule('node:module')
const nativeRequire = nodeModule.createRequire(import.meta.url)
const ESM_ONLY = ['agent-base', 'http-proxy-agent', 'https-proxy-agent', 'socks-proxy-agent']

export function useNativeEsmDependencies(): void {
  for (const name of ESM_ONLY) jest.mock(name, () => nativeRequire(name))
}
