import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  splitImageName
} from "./chunk-SECJK3F6.js";
import {
  parseImageRef,
  variantOf
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// src/images/reference.ts
function parseImageReference(text) {
  if (text.startsWith("oci:")) {
    const rest = text.slice(4);
    const colon = rest.lastIndexOf(":");
    const tag = colon > 0 && !rest.slice(colon + 1).includes("/") ? rest.slice(colon + 1) : void 0;
    const dir = tag !== void 0 ? rest.slice(0, colon) : rest;
    if (!dir) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: oci: needs a directory`);
    return { kind: "oci", text, dir, ...tag ? { tag } : {} };
  }
  if (text.startsWith("docker-archive:")) {
    const rest = text.slice("docker-archive:".length);
    const match = /^(.*?\.tar(?:\.gz)?|[^:]*)(?::(.+))?$/.exec(rest);
    const file = match?.[1] ?? rest;
    if (!file) throw new ConfigurationError(`image reference ${JSON.stringify(text)}: docker-archive: needs a file`);
    return { kind: "docker-archive", text, file, ...match?.[2] ? { name: match[2] } : {} };
  }
  const parsed = parseImageRef(text.replace(/^docker:\/\//, ""));
  if (!parsed.ok)
    throw new ConfigurationError(
      `image reference ${JSON.stringify(text)}: ${parsed.reason} (expected REGISTRY/REPO[:TAG|@DIGEST], oci:DIR[:TAG] or docker-archive:FILE)`
    );
  const { registry, repository } = splitImageName(parsed.ref.apiName);
  return {
    kind: "registry",
    text,
    registry,
    repository,
    ...parsed.ref.tag ? { tag: parsed.ref.tag } : {},
    ...parsed.ref.digest ? { digest: parsed.ref.digest } : {}
  };
}
var DEFAULT_PLATFORM = { os: "linux", architecture: "amd64" };
function parsePlatform(text) {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9_.-]+$/i.test(part))) {
    throw new ConfigurationError(`--platform must be os/arch[/variant] (e.g. linux/arm64/v8), got ${JSON.stringify(text)}`);
  }
  return { os: parts[0], architecture: parts[1], ...parts[2] ? { variant: parts[2] } : {} };
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function platformMatches(entry, wanted) {
  if (!entry) return false;
  if (entry.os !== wanted.os || entry.architecture !== wanted.architecture) return false;
  return variantOf(entry.architecture, entry.variant) === variantOf(wanted.architecture, wanted.variant);
}

export {
  parseImageReference,
  DEFAULT_PLATFORM,
  parsePlatform,
  formatPlatform,
  platformMatches
};
