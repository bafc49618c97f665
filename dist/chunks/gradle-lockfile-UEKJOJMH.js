import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/gradle-lockfile.ts
var FORMAT = "gradle-lockfile";
function configurationScope(configuration, buildscript) {
  if (buildscript) return "dev";
  if (/^test/.test(configuration) || /Test[A-Z]/.test(configuration) || /annotationProcessor$/i.test(configuration) || /^kapt/.test(configuration)) return "dev";
  if (/(^r|R)untimeClasspath$/.test(configuration) || /(^c|C)ompileClasspath$/.test(configuration)) return "runtime";
  return "unknown";
}
var RANK = { runtime: 3, optional: 2, unknown: 1, dev: 0 };
function read(input) {
  const buildscript = input.path.endsWith("buildscript-gradle.lockfile");
  const packages = [];
  const lines = input.text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === "" || line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    const coordinates = equals < 0 ? line : line.slice(0, equals);
    if (coordinates === "empty") continue;
    const parts = coordinates.split(":");
    if (equals < 0 || parts.length !== 3 || parts.some((part) => part === "")) {
      return emptyOutcome({
        path: input.path,
        line: index + 1,
        format: FORMAT,
        message: `not a lock entry "group:artifact:version=configurations": ${line.slice(0, 120)}`
      });
    }
    const [group, artifact, version] = parts;
    const configurations = line.slice(equals + 1).split(",").map((name2) => name2.trim()).filter((name2) => name2 !== "");
    let scope = configurations.length === 0 ? "unknown" : "dev";
    for (const configuration of configurations) {
      const candidate = configurationScope(configuration, buildscript);
      if (RANK[candidate] > RANK[scope]) scope = candidate;
    }
    const name = `${group}:${artifact}`;
    packages.push({
      ecosystem: "Maven",
      name,
      version,
      purl: purlFor("Maven", name, version),
      scope,
      direct: null,
      source: "registry",
      location: { path: input.path, line: index + 1 }
    });
  }
  return { packages, edges: [], problems: [] };
}
export {
  read
};
