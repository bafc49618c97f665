/**
 * The standard proxy variables for every request chaingate sends, on Node's own proxy support (`http.Agent`'s
 * `proxyEnv` option, Node >= 24.5; `http.setGlobalProxyFromEnv()` for `fetch`, >= 24.14), not a proxy library:
 * - `HTTPS_PROXY` / `https_proxy` for https URLs, `HTTP_PROXY` / `http_proxy` for http URLs; the lower-case
 *   name wins when both are set (as in Node and curl). https URLs fall back to `HTTP_PROXY` when no
 *   `HTTPS_PROXY` is set: Node's `fetch` (undici) does so and cannot be told otherwise, so the registry
 *   reader does the same and all of chaingate's own clients agree. Proxies are `http://` or `https://` URLs
 *   (`host:port` without a scheme is `http://`, as curl and Go read it), with optional `user:password@` sent
 *   as `Proxy-Authorization: Basic`.
 * - `NO_PROXY` / `no_proxy`: a comma (or space) separated list; `*` means no proxy at all; `example.com`,
 *   `.example.com` and `*.example.com` each mean that host and every name under it (curl's rule); an entry
 *   with `:port` only matches that port; IPv6 addresses bare or in brackets. `localhost` and `127.0.0.1` get
 *   no special treatment (curl and Node do not give them any either): list them to reach them directly.
 *   Node's http agent and its `fetch` read the list differently (`example.com` is exact for one, a suffix
 *   for the other; `*` only alone for the other): the list is rewritten into the form both read the same way.
 *
 *   No CIDR blocks or address ranges (curl has CIDR, Node's agents ranges, its `fetch` neither).
 *
 * Nothing is loaded and nothing changes while no proxy variable is set (the check path's cold start); the
 * clients ask here for each request. The proxy's credentials never appear in a message (`redactUrl`,
 * `redactProxyCredentials`; Node's own messages show the proxy without them).
 */
import type http from 'node:http'
import { ConfigurationError } from '../model/errors.js'

type Env = Record<string, string | undefined>

export interface ProxySettings {
  /** For http URLs. */
  http?: string
  /** For https URLs (`HTTPS_PROXY`, else `HTTP_PROXY`). */
  https?: string
  /** The list as given (lower case wins). */
  noProxy: string
  /** The same list in the form Node's agents and its `fetch` read alike. */
  normalizedNoProxy: string
}

/** The proxy settings of an environment; undefined when no proxy variable is set (empty counts as unset). */
export function proxySettings(env: Env = process.env): ProxySettings | undefined {
  const httpProxy = withScheme(env.http_proxy || env.HTTP_PROXY || undefined)
  const httpsProxy = withScheme(env.https_proxy || env.HTTPS_PROXY || undefined) ?? httpProxy
  if (!httpProxy && !httpsProxy) return undefined
  const noProxy = env.no_proxy || env.NO_PROXY || ''
  return { ...(httpProxy ? { http: httpProxy } : {}), ...(httpsProxy ? { https: httpsProxy } : {}), noProxy, normalizedNoProxy: normalizeNoProxy(noProxy) }
}

/** A proxy given as `host:port` (no scheme) is `http://host:port`, as curl and Go's proxy reading take it. */
function withScheme(value: string | undefined): string | undefined {
  if (!value) return undefined
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`
}

/**
 * Checks the proxy variables before anything is sent: each must be an http:// or https:// URL. Called by the
 * command and the action at start (no module is loaded); a bad value is a configuration error, shown redacted.
 */
export function checkProxyEnv(env: Env = process.env): void {
  // The variables in force: the lower-case one when set, else the upper-case one.
  const inForce = [env.https_proxy ? 'https_proxy' : 'HTTPS_PROXY', env.http_proxy ? 'http_proxy' : 'HTTP_PROXY']
  for (const name of inForce) {
    const value = env[name]
    if (!value) continue
    let url: URL | undefined
    try {
      // Without a scheme, http:// (withScheme): Node's agents would ignore `host:port`, curl takes it as http.
      url = /[\r\n]/.test(value) ? undefined : new URL(withScheme(value)!)
    } catch {
      url = undefined
    }
    if (!url) throw new ConfigurationError(`${name} is not a URL (${redactUrl(value)}): give the proxy as http://host:port or https://host:port`)
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new ConfigurationError(
        `${name} is a ${url.protocol.slice(0, -1)} proxy (${redactUrl(value)}): chaingate speaks to http:// and https:// proxies only`
      )
  }
}

/** A proxy URL fit to print: anything before its last `@` (user, password) replaced by `***`, parsed or not. */
export function redactUrl(value: string): string {
  const at = value.lastIndexOf('@')
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? ''
  return (at >= 0 ? `${scheme}***@${value.slice(at + 1)}` : value).replace(/[^\x21-\x7e]/g, '?').replace(/\/$/, '')
}

/**
 * `text` with the proxy's credentials replaced by `***`: the user information of any URL in it
 * (`scheme://user:password@`), and, of the proxy variables' own, the user, the password (as given and
 * percent-decoded) and their `Proxy-Authorization` value wherever they appear. Parts shorter than 4
 * characters are left alone outside URLs: replacing every `ci` of a message would hide the message, not a
 * secret.
 */
export function redactProxyCredentials(text: string, env: Env = process.env): string {
  let redacted = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, '$1***@')
  const secrets = new Set<string>()
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    const value = env[name]
    const at = value?.lastIndexOf('@') ?? -1
    if (!value || at < 0) continue
    const start = value.indexOf('://')
    const userinfo = value.slice(start >= 0 ? start + 3 : 0, at)
    const colon = userinfo.indexOf(':')
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo
    const password = colon >= 0 ? userinfo.slice(colon + 1) : ''
    for (const part of [user, password, safeDecode(user), safeDecode(password)]) secrets.add(part)
    secrets.add(Buffer.from(`${safeDecode(user)}:${safeDecode(password)}`).toString('base64'))
  }
  // Longest first, so a password is not left half-shown after a shorter user name inside it was replaced.
  for (const secret of [...secrets].filter((part) => part.length >= 4).sort((a, b) => b.length - a.length)) redacted = redacted.split(secret).join('***')
  return redacted
}

/**
 * What a refusing proxy said, from a failed request's error chain (`fetch` wraps undici's "Proxy response
 * (407) !== 200 when HTTP Tunneling" in a DOMException; Node's agents say "Failed to establish tunnel ...");
 * undefined when the failure was not the proxy's answer.
 */
export function proxyRefusal(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const message = (current as { message?: unknown }).message
    const status = typeof message === 'string' ? /^Proxy response \((\d{3})\)|^Failed to establish tunnel .*: HTTP\/1\.[01] (\d{3})/.exec(message) : null
    if (status) return proxyAnswered(Number(status[1] ?? status[2]))
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/** "the proxy answered 407 (...)": a proxy's refusal, said the same way for every client. */
export function proxyAnswered(status: number): string {
  return `the proxy answered ${status}${status === 407 ? ' (Proxy Authentication Required: check the user and password in HTTPS_PROXY / HTTP_PROXY)' : ''}`
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * `NO_PROXY` in the form Node's http agents (exact `host`, `host:port`, `.suffix`, `*` anywhere) and its
 * `fetch` (every entry a suffix, `*` only alone, `[v6]`) read the same way, with curl's meaning.
 */
export function normalizeNoProxy(value: string): string {
  const entries = noProxyEntries(value)
  if (entries === '*') return '*'
  const out: string[] = []
  for (const { host, port } of entries) {
    if (host.includes(':')) {
      // IPv6: Node's agents compare the bare address, its fetch the bracketed one.
      out.push(...(port ? [`${host}:${port}`, `[${host}]:${port}`] : [host, `[${host}]`]))
    } else if (port) {
      out.push(`${host}:${port}`)
    } else {
      out.push(host, `.${host}`)
    }
  }
  return [...new Set(out)].join(',')
}

/**
 * The entries of a `NO_PROXY` list as curl reads them: lower-case hosts without a leading `.` or `*.`, each
 * with its port when one is given (`host:port`, `[v6]:port`); `*` when the list says no proxy at all.
 */
function noProxyEntries(value: string): '*' | Array<{ host: string; port: string }> {
  const entries: Array<{ host: string; port: string }> = []
  for (const raw of value.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase()
    if (!entry) continue
    if (entry === '*') return '*'
    let host = entry
    let port = ''
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(entry)
    if (bracketed) {
      host = bracketed[1]!
      port = bracketed[2] ?? ''
    } else if ((entry.match(/:/g) ?? []).length === 1) {
      const [name, number] = entry.split(':') as [string, string]
      if (/^\d+$/.test(number)) {
        host = name
        port = number
      }
    }
    host = host.replace(/^\*?\./, '')
    if (host) entries.push({ host, port })
  }
  return entries
}

/** Whether a request to `url` goes through a proxy under these settings, and which one (undefined: direct). */
export function proxyFor(url: URL, settings: ProxySettings | undefined = proxySettings()): string | undefined {
  if (!settings) return undefined
  const proxy = url.protocol === 'https:' ? settings.https : url.protocol === 'http:' ? settings.http : undefined
  if (!proxy) return undefined
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const entries = noProxyEntries(settings.noProxy)
  if (entries === '*') return undefined
  for (const { host: name, port: only } of entries) {
    if (only && only !== port) continue
    if (host === name || (!name.includes(':') && host.endsWith(`.${name}`))) return undefined
  }
  return proxy
}

// --- Node's agents and fetch --------------------------------------------------------------------------

let agents: { key: string; http?: http.Agent; https?: http.Agent } | undefined

/** What Node's proxy support is given: only the settings' values, so a change of any of them is seen. */
function proxyEnvOf(settings: ProxySettings): NodeJS.ProcessEnv {
  return { HTTP_PROXY: settings.http ?? '', HTTPS_PROXY: settings.https ?? '', NO_PROXY: settings.normalizedNoProxy }
}

function keyOf(settings: ProxySettings): string {
  return JSON.stringify([settings.http, settings.https, settings.normalizedNoProxy])
}

/**
 * The agent for a request with `node:http` / `node:https` (the registry reader): one per protocol that
 * goes through the proxy unless `NO_PROXY` says otherwise; undefined (the default agent) without proxy.
 */
export function proxyAgentFor(protocol: string, env: Env = process.env): http.Agent | undefined {
  const settings = proxySettings(env)
  if (!settings || (protocol !== 'https:' && protocol !== 'http:')) return undefined
  if (!(protocol === 'https:' ? settings.https : settings.http)) return undefined
  runtimeProxySupport(settings) // Node >= 24.5 reads `proxyEnv`, which 24.14 and NODE_USE_ENV_PROXY=1 both imply
  const key = keyOf(settings)
  if (agents?.key !== key) agents = { key }
  const which = protocol === 'https:' ? 'https' : 'http'
  return (agents[which] ??= new (process.getBuiltinModule(`node:${which}`) as typeof http).Agent({
    // Node's own global agent's options, with the proxy.
    keepAlive: true,
    scheduling: 'lifo',
    timeout: 5000,
    proxyEnv: proxyEnvOf(settings)
  }))
}

let fetchProxy: { key: string; restore: () => void } | undefined

/**
 * Routes `fetch` (the GitHub client, the advisory sources, TUF) through the proxy of the environment, once
 * per setting; restores Node's own dispatcher when the variables are gone (tests change them).
 */
export function useProxyForFetch(env: Env = process.env): void {
  const settings = proxySettings(env)
  if (!settings) {
    if (fetchProxy) {
      fetchProxy.restore()
      fetchProxy = undefined
    }
    return
  }
  const key = keyOf(settings)
  if (fetchProxy?.key === key) return
  if (!runtimeProxySupport(settings)) return // set up by Node at start (NODE_USE_ENV_PROXY=1)
  fetchProxy?.restore()
  fetchProxy = undefined
  const node = process.getBuiltinModule('node:http') as typeof http
  let restore: () => void
  try {
    restore = node.setGlobalProxyFromEnv(proxyEnvOf(settings))
  } catch (error) {
    // Node quotes the proxy URL in its message: shown redacted only.
    throw new ConfigurationError(`the proxy settings were refused: ${redactProxyCredentials(error instanceof Error ? error.message : String(error), env)}`)
  }
  fetchProxy = { key, restore }
}

/**
 * True when Node can be told at run time (24.14 and later); false when Node before that set itself up at
 * start (`NODE_USE_ENV_PROXY=1`, Node's own reading of the variables then); a configuration error otherwise.
 */
function runtimeProxySupport(settings: ProxySettings): boolean {
  const node = process.getBuiltinModule('node:http') as Partial<typeof http>
  if (typeof node.setGlobalProxyFromEnv === 'function') return true
  if (process.env.NODE_USE_ENV_PROXY === '1' || process.execArgv.includes('--use-env-proxy')) {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
    if (major > 24 || (major === 24 && minor >= 5)) return false
    // Before 24.5, NODE_USE_ENV_PROXY covers `fetch` only and the agents ignore `proxyEnv`.
  }
  throw new ConfigurationError(
    `a proxy is set (${redactUrl(settings.https ?? settings.http ?? '')}) but Node ${process.version} cannot route requests through it at run time (Node 24.14 or later can): set NODE_USE_ENV_PROXY=1 for the step`
  )
}

/** For tests: Node's own agents and dispatcher again. */
export function resetProxyForTests(): void {
  fetchProxy?.restore()
  fetchProxy = undefined
  for (const agent of [agents?.http, agents?.https]) agent?.destroy()
  agents = undefined
}
