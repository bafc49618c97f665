import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/images/sources/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
var KNOWN_DIGESTS = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
var MAX_NAME = 255;
function parseImageRef(text) {
  const fail = (reason) => ({ ok: false, reason });
  if (text === "") return fail("the image reference is empty");
  if (/\s/.test(text)) return fail("an image reference has no spaces");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return fail(`${JSON.stringify(digest)} is not a digest (ALGORITHM:HEX)`);
    const [algorithm, encoded] = [digest.slice(0, digest.indexOf(":")), digest.slice(digest.indexOf(":") + 1)];
    const expected = KNOWN_DIGESTS[algorithm];
    if (expected && !expected.test(encoded)) return fail(`${JSON.stringify(digest)} is not a ${algorithm} digest (${algorithm === "sha256" ? 64 : 128} lower-case hex digits)`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return fail(`${JSON.stringify(tag)} is not a valid tag`);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasDomain = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase());
  let registry = hasDomain ? first.toLowerCase() : DOCKER_HUB;
  let path = hasDomain ? rest.slice(slash + 1) : rest;
  if (hasDomain && !DOMAIN.test(first)) return fail(`${JSON.stringify(first)} is not a registry host`);
  if (registry === "index.docker.io" || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (path === "") return fail("the image reference has no repository");
  for (const component of path.split("/")) {
    if (COMPONENT.test(component)) continue;
    if (COMPONENT.test(component.toLowerCase())) return fail(`repository ${JSON.stringify(path)} must be lower case`);
    return fail(`repository ${JSON.stringify(path)} is not valid (components of a-z, 0-9 and separators . _ __ -)`);
  }
  if (registry === DOCKER_HUB && !path.includes("/")) path = `library/${path}`;
  if (`${registry}/${path}`.length > MAX_NAME) return fail(`the repository name is longer than ${MAX_NAME} characters`);
  const defaultTag = tag === void 0 && digest === void 0;
  if (defaultTag) tag = "latest";
  const canonical = `${registry}/${path}${tag !== void 0 ? `:${tag}` : ""}${digest !== void 0 ? `@${digest}` : ""}`;
  const apiName = `${registry === DOCKER_HUB ? DOCKER_HUB_API : registry}/${path}`;
  return {
    ok: true,
    ref: { registry, repository: path, ...tag !== void 0 ? { tag } : {}, ...defaultTag ? { defaultTag: true } : {}, ...digest !== void 0 ? { digest } : {}, canonical, apiName }
  };
}
function familiarName(ref) {
  let name = ref.registry === DOCKER_HUB ? ref.repository.replace(/^library\/(?=[^/]+$)/, "") : `${ref.registry}/${ref.repository}`;
  if (ref.tag !== void 0 && !ref.defaultTag) name += `:${ref.tag}`;
  if (ref.digest !== void 0) name += `@${ref.digest}`;
  return name;
}

export {
  parseImageRef,
  familiarName
};
