import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  COMPOSE_FILES,
  COMPOSE_OVERRIDES,
  asSeq,
  entries,
  entry,
  isComposeName,
  locate,
  parseImageRef,
  parseYaml,
  scalarText,
  unquotedRange,
  workspacePath
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sources/compose.ts
import path from "node:path";
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(text, vars) {
  let out = "";
  let index = 0;
  while (index < text.length) {
    const dollar = text.indexOf("$", index);
    if (dollar < 0) {
      out += text.slice(index);
      break;
    }
    out += text.slice(index, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      index = dollar + 2;
      continue;
    }
    if (next !== "{") {
      const name2 = NAME.exec(text.slice(dollar + 1))?.[0];
      if (!name2) return { ok: false, reason: `invalid interpolation format at ${JSON.stringify(text.slice(dollar))} (write $$ for a literal $)` };
      const value2 = vars.get(name2);
      if (value2 === void 0) return { ok: false, reason: unsetReason(name2, vars) };
      out += value2;
      index = dollar + 1 + name2.length;
      continue;
    }
    let depth = 1;
    let end = dollar + 2;
    for (; end < text.length && depth > 0; end += 1) {
      if (text[end] === "{" && text[end - 1] === "$") depth += 1;
      else if (text[end] === "}") depth -= 1;
    }
    if (depth > 0) return { ok: false, reason: `unclosed \${ in ${JSON.stringify(text)}` };
    const body = text.slice(dollar + 2, end - 1);
    const name = NAME.exec(body)?.[0];
    if (!name) return { ok: false, reason: `invalid interpolation format \${${body}}` };
    const rest = body.slice(name.length);
    const operator = /^(?::?[-?+])?/.exec(rest)[0];
    const word = rest.slice(operator.length);
    if (operator === "" && rest !== "") return { ok: false, reason: `invalid interpolation format \${${body}}` };
    const value = vars.get(name);
    const unset = value === void 0 || operator.startsWith(":") && value === "";
    let result;
    if (vars.interpolated?.has(name)) result = { ok: false, reason: unsetReason(name, vars) };
    else if (operator === "") result = value === void 0 ? { ok: false, reason: unsetReason(name, vars) } : { ok: true, value };
    else if (operator.endsWith("-")) result = unset ? interpolate(word, vars) : { ok: true, value };
    else if (operator.endsWith("+")) result = unset ? { ok: true, value: "" } : interpolate(word, vars);
    else result = unset ? { ok: false, reason: `$${name} is required (${word || "no message"}) and not set in the file or .env` } : { ok: true, value };
    if (!result.ok) return result;
    out += result.value;
    index = end;
  }
  return { ok: true, value: out };
}
function unsetReason(name, vars) {
  if (vars.interpolated?.has(name))
    return `$${name} is set in .env from variables the file does not set before it (the environment Compose runs in), which chaingate does not see`;
  return `$${name} has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see`;
}
var ESCAPES = { n: "\n", t: "	", r: "\r", f: "\f", v: "\v", b: "\b", a: "\x07", '"': '"', "\\": "\\", $: "$$" };
function envFileVariables(text, outer) {
  const vars = new Map(outer);
  if (outer?.interpolated) vars.interpolated = new Set(outer.interpolated);
  const assign = (name, value) => {
    if (outer?.has(name) || outer?.interpolated?.has(name)) return;
    if (value === void 0) {
      vars.delete(name);
      (vars.interpolated ??= /* @__PURE__ */ new Set()).add(name);
    } else {
      vars.set(name, value);
      vars.interpolated?.delete(name);
    }
  };
  let rest = text ?? "";
  for (; ; ) {
    rest = rest.replace(/^(?:\s|#[^\n]*)+/, "");
    const key = /^(?:export\s+)?([\p{L}\p{N}_.\-[\] \t\v\f\r]*)([=:\n]|$)/u.exec(rest);
    if (rest === "" || !key) break;
    const name = key[1].trimEnd();
    if (name.includes(" ")) break;
    rest = rest.slice(key[0].length);
    if (key[2] !== "=" && key[2] !== ":") {
      assign(name, void 0);
      continue;
    }
    rest = rest.replace(/^[ \t\v\f\r]+/, "");
    const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : void 0;
    let value;
    if (!quote) {
      const line = rest.indexOf("\n") < 0 ? rest.length : rest.indexOf("\n");
      value = rest.slice(0, line).split(" #")[0].trimEnd();
      rest = rest.slice(line);
    } else {
      const quoted = new RegExp(`^${quote}((?:[^${quote}\\\\]|\\\\[^])*)${quote}`).exec(rest);
      if (!quoted) break;
      value = quoted[1].replace(new RegExp(`\\\\${quote}`, "g"), quote);
      rest = rest.slice(quoted[0].length);
      if (quote === "'") {
        assign(name, value);
        continue;
      }
      value = value.replace(/\\([ntrfvba"\\$])/g, (_, char) => ESCAPES[char]);
    }
    const expanded = interpolate(value, vars);
    assign(name, expanded.ok ? expanded.value : void 0);
  }
  return vars;
}
function composeServices(relative, text) {
  const services = /* @__PURE__ */ new Map();
  const parsed = parseYaml(relative, text);
  if (!parsed.ok) return services;
  for (const service of entries(parsed.file.doc, entry(parsed.file.doc, parsed.file.doc.contents, "services")?.value))
    services.set(service.key, {
      image: !!serviceEntry(parsed.file, service.value, "image"),
      build: !!serviceEntry(parsed.file, service.value, "build"),
      extends: !!serviceEntry(parsed.file, service.value, "extends")
    });
  return services;
}
function serviceEntry(file, service, key, depth = 0) {
  const direct = entry(file.doc, service, key);
  if (direct || depth > 8) return direct;
  const merged = entry(file.doc, service, "<<")?.value;
  for (const source of asSeq(file.doc, merged)?.items ?? [merged]) {
    const found = serviceEntry(file, source, key, depth + 1);
    if (found) return found;
  }
  return void 0;
}
function extendsBuild(relative, file, name, read, depth = 0) {
  const service = entry(file.doc, entry(file.doc, file.doc.contents, "services")?.value, name)?.value;
  if (!service || depth > 8) return false;
  if (depth > 0 && serviceEntry(file, service, "build")) return true;
  const extended = serviceEntry(file, service, "extends")?.value;
  const target = scalarText(file.doc, extended) ?? scalarText(file.doc, entry(file.doc, extended, "service")?.value);
  const other = scalarText(file.doc, entry(file.doc, extended, "file")?.value)?.trim();
  if (!target) return false;
  if (!other) return extendsBuild(relative, file, target, read, depth + 1);
  const otherPath = workspacePath(path.posix.dirname(relative), other);
  const text = otherPath === void 0 ? void 0 : read?.(otherPath);
  if (otherPath === void 0 || text === void 0) return false;
  const parsed = parseYaml(otherPath, text);
  return parsed.ok && extendsBuild(otherPath, parsed.file, target, read, depth + 1);
}
function composeImages(relative, text, env, merged = {}, read) {
  const result = { images: [], problems: [], dockerfiles: [], referenced: [], included: [] };
  const parsed = parseYaml(relative, text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.failure;
    result.problems.push({
      path: relative,
      kind: "compose",
      message: `Compose file does not parse: ${message}`,
      location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
    });
    return result;
  }
  const file = parsed.file;
  const vars = typeof env === "string" || env === void 0 ? envFileVariables(env) : env;
  const directory = path.posix.dirname(relative);
  const local = (written) => written && !/^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? workspacePath(directory, written.trim()) : void 0;
  const texts = (node) => (asSeq(file.doc, node)?.items ?? [node]).map((item) => scalarText(file.doc, item));
  for (const item of asSeq(file.doc, entry(file.doc, file.doc.contents, "include")?.value)?.items ?? []) {
    const paths = texts(entry(file.doc, item, "path")?.value ?? item).map(local);
    const project = scalarText(file.doc, entry(file.doc, item, "project_directory")?.value);
    const envFile = entry(file.doc, item, "env_file")?.value;
    const folder = project !== void 0 ? local(project) : paths[0] && path.posix.dirname(paths[0]);
    const envFiles = (envFile ? texts(envFile).map(local) : [folder && path.posix.join(folder, ".env")]).filter((item2) => item2 !== void 0);
    const stack = paths.filter((item2) => item2 !== void 0);
    for (const included of stack) result.included.push({ path: included, envFiles, stack });
  }
  for (const service of entries(file.doc, entry(file.doc, file.doc.contents, "services")?.value)) {
    const extended = local(scalarText(file.doc, entry(file.doc, serviceEntry(file, service.value, "extends")?.value, "file")?.value));
    if (extended) result.referenced.push(extended);
    const build = serviceEntry(file, service.value, "build");
    if (merged.later?.some((other) => other.get(service.key)?.image || other.get(service.key)?.build || other.get(service.key)?.extends)) continue;
    if (!build && merged.earlier?.some((other) => other.get(service.key)?.build)) continue;
    if (!build && extendsBuild(relative, file, service.key, read)) continue;
    if (build) {
      const context = scalarText(file.doc, build.value) ?? scalarText(file.doc, entry(file.doc, build.value, "context")?.value) ?? ".";
      const dockerfile = scalarText(file.doc, entry(file.doc, build.value, "dockerfile")?.value) ?? "Dockerfile";
      const built = path.posix.normalize(path.posix.join(directory, context, dockerfile));
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.includes(".git#") && !path.posix.isAbsolute(dockerfile) && !built.startsWith("../"))
        result.dockerfiles.push(built);
      continue;
    }
    const image = serviceEntry(file, service.value, "image");
    const written = scalarText(file.doc, image?.value)?.trim();
    if (!image?.value || !written) continue;
    const base = { kind: "compose", context: `Compose service ${service.key}`, location: locate(file, unquotedRange(image.value)), text: written };
    const value = interpolate(written, vars);
    if (!value.ok) {
      result.images.push({ ...base, unknown: value.reason });
      continue;
    }
    const resolved = value.value.trim();
    const parsedRef = parseImageRef(resolved);
    const shown = resolved !== written ? { resolved } : {};
    result.images.push(
      parsedRef.ok ? { ...base, ...shown, ref: parsedRef.ref } : { ...base, ...shown, unknown: `not a valid image reference: ${parsedRef.reason}` }
    );
  }
  return result;
}
export {
  COMPOSE_FILES,
  COMPOSE_OVERRIDES,
  composeImages,
  composeServices,
  envFileVariables,
  interpolate,
  isComposeName
};
