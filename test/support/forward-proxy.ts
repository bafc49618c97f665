/**
 * A forwarding HTTP proxy for tests, on 127.0.0.1 at a free port: `CONNECT host:port` tunnels (https targets)
 * and absolute-URI requests (`GET http://host:port/path`, http targets), as corporate proxies (Squid) serve
 * them. Test support only, on node:http's `connect` event and node:net (no proxy server library is among
 * the project's dependencies). It records every request with the `Proxy-Authorization` it carried, answers
 * 407 when `credentials` are set and not sent, and resolves the names in `hosts` itself (a name only the
 * proxy knows proves a request went through it).
 */
import http from 'node:http'
import net from 'node:net'

export interface ProxiedRequest {
  /** `CONNECT` or the forwarded request's method. */
  method: string
  /** `host:port` for CONNECT, the absolute URL otherwise. */
  target: string
  proxyAuthorization: string | undefined
  /** Whether the proxy let it through (false: 407). */
  allowed: boolean
}

export interface ForwardProxy {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  requests: ProxiedRequest[]
  close(): Promise<void>
}

export interface ForwardProxyOptions {
  /** `user:password` the proxy demands (Basic). */
  credentials?: string
  /** Names the proxy resolves to 127.0.0.1 itself. */
  hosts?: string[]
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<net.Socket>()
  const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined
  const resolve = (host: string): string => (options.hosts?.includes(host) ? '127.0.0.1' : host)
  const allowed = (header: string | undefined): boolean => expected === undefined || header === expected

  const server = http.createServer((request, response) => {
    const header = request.headers['proxy-authorization']
    let target: URL
    try {
      target = new URL(request.url ?? '')
    } catch {
      return void response.writeHead(400).end('absolute-URI requests only')
    }
    const ok = allowed(header)
    requests.push({ method: request.method ?? 'GET', target: target.href, proxyAuthorization: header, allowed: ok })
    if (!ok) return void response.writeHead(407, { 'proxy-authenticate': 'Basic realm="test-proxy"', connection: 'close' }).end()
    const headers = { ...request.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = http.request(
      { host: resolve(target.hostname), port: target.port || 80, path: `${target.pathname}${target.search}`, method: request.method, headers, agent: false },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      }
    )
    upstream.on('error', () => response.headersSent || response.writeHead(502).end())
    request.pipe(upstream)
  })
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const header = request.headers['proxy-authorization']
    const ok = allowed(header)
    requests.push({ method: 'CONNECT', target: request.url ?? '', proxyAuthorization: header, allowed: ok })
    if (!ok) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test-proxy"\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const [host, port] = splitHostPort(request.url ?? '')
    const upstream = net.connect({ host: resolve(host), port }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((done) => server.close(() => done()))
    }
  }
}

function splitHostPort(authority: string): [string, number] {
  const bracketed = /^\[([^\]]+)\]:(\d+)$/.exec(authority)
  if (bracketed) return [bracketed[1]!, Number(bracketed[2])]
  const at = authority.lastIndexOf(':')
  return [authority.slice(0, at), Number(authority.slice(at + 1))]
}
