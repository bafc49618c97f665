/**
 * Tests talk to fake services on 127.0.0.1 only: a proxy the developer's shell names (HTTPS_PROXY, ...) would
 * now carry those requests (src/runtime/proxy.ts), so every test file starts without one. The proxy tests
 * (__tests__/runtime/proxy*.test.ts) set their own.
 */
for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'NODE_USE_ENV_PROXY']) delete process.env[name]
