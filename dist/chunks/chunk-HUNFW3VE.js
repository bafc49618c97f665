import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// src/runtime/proxy.ts
function proxySettings(env = process.env) {
  const httpProxy = withScheme(env.http_proxy || env.HTTP_PROXY || void 0);
  const httpsProxy = withScheme(env.https_proxy || env.HTTPS_PROXY || void 0) ?? httpProxy;
  if (!httpProxy && !httpsProxy) return void 0;
  const noProxy = env.no_proxy || env.NO_PROXY || "";
  return { ...httpProxy ? { http: httpProxy } : {}, ...httpsProxy ? { https: httpsProxy } : {}, noProxy, normalizedNoProxy: normalizeNoProxy(noProxy) };
}
function withScheme(value) {
  if (!value) return void 0;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
}
function checkProxyEnv(env = process.env) {
  const inForce = [env.https_proxy ? "https_proxy" : "HTTPS_PROXY", env.http_proxy ? "http_proxy" : "HTTP_PROXY"];
  for (const name of inForce) {
    const value = env[name];
    if (!value) continue;
    let url;
    try {
      url = /[\r\n]/.test(value) ? void 0 : new URL(withScheme(value));
    } catch {
      url = void 0;
    }
    if (!url) throw new ConfigurationError(`${name} is not a URL (${redactUrl(value)}): give the proxy as http://host:port or https://host:port`);
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new ConfigurationError(
        `${name} is a ${url.protocol.slice(0, -1)} proxy (${redactUrl(value)}): chaingate speaks to http:// and https:// proxies only`
      );
  }
}
function redactUrl(value) {
  const at = value.lastIndexOf("@");
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? "";
  return (at >= 0 ? `${scheme}***@${value.slice(at + 1)}` : value).replace(/[^\x21-\x7e]/g, "?").replace(/\/$/, "");
}
function redactProxyCredentials(text, env = process.env) {
  let redacted = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, "$1***@");
  const secrets = /* @__PURE__ */ new Set();
  for (const name of ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"]) {
    const value = env[name];
    const at = value?.lastIndexOf("@") ?? -1;
    if (!value || at < 0) continue;
    const start = value.indexOf("://");
    const userinfo = value.slice(start >= 0 ? start + 3 : 0, at);
    const colon = userinfo.indexOf(":");
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    const password = colon >= 0 ? userinfo.slice(colon + 1) : "";
    for (const part of [user, password, safeDecode(user), safeDecode(password)]) secrets.add(part);
    secrets.add(Buffer.from(`${safeDecode(user)}:${safeDecode(password)}`).toString("base64"));
  }
  for (const secret of [...secrets].filter((part) => part.length >= 4).sort((a, b) => b.length - a.length)) redacted = redacted.split(secret).join("***");
  return redacted;
}
function proxyRefusal(error) {
  let current = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const message = current.message;
    const status = typeof message === "string" ? /^Proxy response \((\d{3})\)|^Failed to establish tunnel .*: HTTP\/1\.[01] (\d{3})/.exec(message) : null;
    if (status) return proxyAnswered(Number(status[1] ?? status[2]));
    current = current.cause;
  }
  return void 0;
}
function proxyAnswered(status) {
  return `the proxy answered ${status}${status === 407 ? " (Proxy Authentication Required: check the user and password in HTTPS_PROXY / HTTP_PROXY)" : ""}`;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function normalizeNoProxy(value) {
  const entries = noProxyEntries(value);
  if (entries === "*") return "*";
  const out = [];
  for (const { host, port } of entries) {
    if (host.includes(":")) {
      out.push(...port ? [`${host}:${port}`, `[${host}]:${port}`] : [host, `[${host}]`]);
    } else if (port) {
      out.push(`${host}:${port}`);
    } else {
      out.push(host, `.${host}`);
    }
  }
  return [...new Set(out)].join(",");
}
function noProxyEntries(value) {
  const entries = [];
  for (const raw of value.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return "*";
    let host = entry;
    let port = "";
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(entry);
    if (bracketed) {
      host = bracketed[1];
      port = bracketed[2] ?? "";
    } else if ((entry.match(/:/g) ?? []).length === 1) {
      const [name, number] = entry.split(":");
      if (/^\d+$/.test(number)) {
        host = name;
        port = number;
      }
    }
    host = host.replace(/^\*?\./, "");
    if (host) entries.push({ host, port });
  }
  return entries;
}
var agents;
function proxyEnvOf(settings) {
  return { HTTP_PROXY: settings.http ?? "", HTTPS_PROXY: settings.https ?? "", NO_PROXY: settings.normalizedNoProxy };
}
function keyOf(settings) {
  return JSON.stringify([settings.http, settings.https, settings.normalizedNoProxy]);
}
function proxyAgentFor(protocol, env = process.env) {
  const settings = proxySettings(env);
  if (!settings || protocol !== "https:" && protocol !== "http:") return void 0;
  if (!(protocol === "https:" ? settings.https : settings.http)) return void 0;
  runtimeProxySupport(settings);
  const key = keyOf(settings);
  if (agents?.key !== key) agents = { key };
  const which = protocol === "https:" ? "https" : "http";
  return agents[which] ??= new (process.getBuiltinModule(`node:${which}`)).Agent({
    // Node's own global agent's options, with the proxy.
    keepAlive: true,
    scheduling: "lifo",
    timeout: 5e3,
    proxyEnv: proxyEnvOf(settings)
  });
}
var fetchProxy;
function useProxyForFetch(env = process.env) {
  const settings = proxySettings(env);
  if (!settings) {
    if (fetchProxy) {
      fetchProxy.restore();
      fetchProxy = void 0;
    }
    return;
  }
  const key = keyOf(settings);
  if (fetchProxy?.key === key) return;
  if (!runtimeProxySupport(settings)) return;
  fetchProxy?.restore();
  fetchProxy = void 0;
  const node = process.getBuiltinModule("node:http");
  let restore;
  try {
    restore = node.setGlobalProxyFromEnv(proxyEnvOf(settings));
  } catch (error) {
    throw new ConfigurationError(`the proxy settings were refused: ${redactProxyCredentials(error instanceof Error ? error.message : String(error), env)}`);
  }
  fetchProxy = { key, restore };
}
function runtimeProxySupport(settings) {
  const node = process.getBuiltinModule("node:http");
  if (typeof node.setGlobalProxyFromEnv === "function") return true;
  if (process.env.NODE_USE_ENV_PROXY === "1" || process.execArgv.includes("--use-env-proxy")) {
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    if (major > 24 || major === 24 && minor >= 5) return false;
  }
  throw new ConfigurationError(
    `a proxy is set (${redactUrl(settings.https ?? settings.http ?? "")}) but Node ${process.version} cannot route requests through it at run time (Node 24.14 or later can): set NODE_USE_ENV_PROXY=1 for the step`
  );
}

export {
  proxySettings,
  checkProxyEnv,
  redactProxyCredentials,
  proxyRefusal,
  proxyAnswered,
  proxyAgentFor,
  useProxyForFetch
};
