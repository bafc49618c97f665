import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/inventory/model.ts
function emptyOutcome(...problems) {
  return { packages: [], edges: [], problems };
}
function packageKey(pkg) {
  return [pkg.ecosystem, pkg.name, pkg.version ?? "", pkg.location.path].join("\0");
}

// src/advisories/model.ts
var SEVERITY_WORDS = ["low", "moderate", "high", "critical"];
function advisoryIds(advisory) {
  return [advisory.id, ...advisory.aliases.filter((alias) => alias !== advisory.id)];
}

// src/rules/dependencies/package-location.ts
function locationOf(where) {
  const column = where.column ?? 1;
  return { path: where.path, startLine: where.line, startColumn: column, endLine: where.line, endColumn: column };
}
function packageLabel(pkg) {
  return pkg.version === null ? pkg.name : `${pkg.name}@${pkg.version}`;
}
function listSome(items, shown = 5) {
  if (items.length <= shown) return items.join(", ");
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`;
}

// src/rules/dependencies/advisory-support.ts
function judged(pkg) {
  return pkg.source !== "workspace" && pkg.ecosystem !== "GitHub Actions";
}
var NOTHING_TO_LOOK_UP = "no package with a resolved version to look up in an advisory database";
function withImages(workspace, images) {
  const empty = workspace.length === 1 && workspace[0].status === "pass" && workspace[0].message === NOTHING_TO_LOOK_UP;
  return images.length > 0 && empty ? images : [...workspace, ...images];
}
function nothingToCheck(inventory, advisories) {
  const lookups = inventory.packages.filter((pkg) => pkg.version !== null && judged(pkg)).length;
  if (lookups === 0) return { status: "pass", message: NOTHING_TO_LOOK_UP };
  if (!advisories.known) return { status: "unknown", message: `${lookups} package${lookups === 1 ? "" : "s"} not checked for known vulnerabilities: ${advisories.reason}`, ...advisories.permission ? { permission: advisories.permission } : {} };
  return null;
}
var SEVERITY_OF_WORD = { critical: "critical", high: "high", moderate: "medium", low: "low" };
function sourceLabel(report) {
  const { kind, location, snapshot } = report.source;
  const name = kind === "github" ? "GitHub's advisory database" : kind === "osv" ? "the OSV API" : "the OSV snapshot";
  return `${name} ${location}${snapshot ? ` (snapshot ${snapshot.slice(0, 10)})` : ""}`;
}
var DependencyPaths = class {
  parents = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  constructor(inventory) {
    for (const pkg of inventory.packages) this.byKey.set(packageKey(pkg), pkg);
    for (const edge of inventory.edges) this.parents.set(edge.to, [...this.parents.get(edge.to) ?? [], edge.from]);
  }
  pathTo(pkg) {
    const start = packageKey(pkg);
    if (this.memo.has(start)) return this.memo.get(start);
    let found = null;
    if (pkg.direct === true) found = [];
    else {
      const previous = /* @__PURE__ */ new Map([[start, ""]]);
      const queue = [start];
      while (queue.length > 0 && !found) {
        const key = queue.shift();
        for (const parent of this.parents.get(key) ?? []) {
          if (previous.has(parent)) continue;
          previous.set(parent, key);
          const node = this.byKey.get(parent);
          if (node?.direct === true) {
            const chain = [];
            for (let at = parent; at !== ""; at = previous.get(at)) {
              const step = this.byKey.get(at);
              if (step) chain.push(step);
            }
            found = chain;
            break;
          }
          queue.push(parent);
        }
      }
    }
    this.memo.set(start, found);
    return found;
  }
};
function describePath(pkg, chain) {
  if (chain === null) return pkg.direct === false ? "transitive, path not recorded" : pkg.direct === null ? "direct or transitive: the file does not say" : "direct dependency";
  if (chain.length === 0) return "direct dependency";
  return `via ${chain.slice(0, -1).map((step) => step.name).join(" > ")}`;
}
function introducedView(gate, diff) {
  if (gate === "all") return { keys: null };
  if (diff.known) return { keys: diff.value.introduced };
  if (diff.cause === "other-event" || diff.cause === "not-applicable") return { keys: null };
  return { keys: null, unavailable: diff.reason };
}
function matchFields(match, chain, introduced, report) {
  const { package: pkg, advisory } = match;
  return {
    ...pkg.purl ? { purl: pkg.purl } : {},
    advisories: advisoryIds(advisory),
    fixedVersions: [...match.fixedVersions],
    location: locationOf(pkg.location),
    details: {
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      scope: pkg.scope,
      direct: pkg.direct,
      dependencyPath: chain === null ? null : [...chain.map((step) => packageLabel(step)), ...chain.length === 0 ? [packageLabel(pkg)] : []],
      severity: advisory.severity.word,
      ...advisory.severity.score !== void 0 ? { cvssScore: advisory.severity.score } : {},
      ...advisory.severity.vector ? { cvssVector: advisory.severity.vector } : {},
      ...advisory.published ? { published: advisory.published } : {},
      ...advisory.epss ? { epss: advisory.epss.percentage } : {},
      ...advisory.summary ? { summary: advisory.summary } : {},
      ...advisory.url ? { url: advisory.url } : {},
      introduced,
      source: report.source.kind,
      ...report.source.snapshot ? { snapshot: report.source.snapshot } : {}
    }
  };
}
function idsLabel(match) {
  const [first, ...rest] = advisoryIds(match.advisory);
  return rest.length ? `${first} (${listSome(rest, 4)})` : first;
}
function uncheckedResults(report, keep = () => true) {
  const byFile = /* @__PURE__ */ new Map();
  for (const entry of report.unchecked) {
    if (!judged(entry.package) || !keep(entry.package)) continue;
    byFile.set(entry.package.location.path, [...byFile.get(entry.package.location.path) ?? [], entry]);
  }
  const results = [];
  for (const [file, entries] of byFile) {
    const reasons = [...new Set(entries.map((entry) => entry.reason))];
    const one = entries.length === 1 ? entries[0] : void 0;
    results.push({
      status: "unknown",
      message: `${entries.length} package${entries.length === 1 ? "" : "s"} in ${file} could not be checked against ${sourceLabel(report)}: ` + (reasons.length === 1 ? `${reasons[0]}: ${listSome(entries.map((entry) => packageLabel(entry.package)))}` : listSome(entries.map((entry) => `${packageLabel(entry.package)} (${entry.reason})`))),
      location: locationOf(entries[0].package.location),
      ...one?.package.purl ? { purl: one.package.purl } : {},
      details: { packages: entries.map((entry) => entry.package.purl ?? packageLabel(entry.package)) }
    });
  }
  return results;
}
var DAY_MS = 24 * 60 * 60 * 1e3;
function gateOutcome(match, options, now) {
  const overdue = overdueBy(match, options["max-age-days"], now);
  return { overdue, below: overdue ? [] : belowGate(match, options) };
}
function belowGate(match, options) {
  const reasons = [];
  const word = match.advisory.severity.word;
  if (word && SEVERITY_WORDS.indexOf(word) < SEVERITY_WORDS.indexOf(options["fail-on"])) reasons.push(`${word} is below fail-on ${options["fail-on"]}`);
  if (options["only-fixed"] && match.fixedVersions.length === 0) reasons.push("no fixed version yet (only-fixed)");
  const epss = match.advisory.epss?.percentage;
  if (options.epss !== void 0 && epss !== void 0 && epss < options.epss) reasons.push(`EPSS ${epss} is below ${options.epss}`);
  return reasons;
}
function overdueBy(match, days, now) {
  if (days === void 0 || match.fixedVersions.length > 0 || !match.advisory.published) return null;
  const published = Date.parse(match.advisory.published);
  if (!Number.isFinite(published)) return null;
  const age = Math.floor((now.getTime() - published) / DAY_MS);
  return age > days ? `published ${age} days ago with no fix, over max-age-days ${days}` : null;
}
function matchSeverity(match) {
  const word = match.advisory.severity.word;
  return word ? SEVERITY_OF_WORD[word] : "high";
}
function advisoryLabel(match) {
  const { advisory } = match;
  const score = advisory.severity.score !== void 0 ? ` ${advisory.severity.score.toFixed(1)}` : "";
  return `${idsLabel(match)}, ${advisory.severity.word ?? "severity unknown"}${score}${advisory.summary ? ` \u2014 ${advisory.summary}` : ""}`;
}
function imageFixState(match) {
  return match.fixedVersions.length > 0 ? `fixed in ${listSome(match.fixedVersions, 3)}` : "no fix yet (the affected range has no fixed version)";
}
function imagePackageLabel(pkg) {
  const source = pkg.sourcePackage && (pkg.sourcePackage.name !== pkg.name || pkg.sourcePackage.version) ? `, source package ${pkg.sourcePackage.name}${pkg.sourcePackage.version ? ` ${pkg.sourcePackage.version}` : ""}` : "";
  return `${packageLabel(pkg)} (${pkg.ecosystem}${source})`;
}
function imageMatchFields(scan, match, at) {
  const { location: _inImage, details, ...fields } = matchFields(match, null, null, scan.report);
  const pkg = match.package;
  return {
    ...fields,
    ...at ? { location: at } : {},
    details: {
      ...details,
      dependencyPath: null,
      introduced: null,
      image: scan.reference,
      imageDigest: scan.digest,
      platform: scan.platform,
      ...scan.distro ? { distro: scan.distro } : {},
      ...pkg.sourcePackage ? { sourcePackage: pkg.sourcePackage.name, ...pkg.sourcePackage.version ? { sourceVersion: pkg.sourcePackage.version } : {} } : {},
      imagePath: `${pkg.location.path}:${pkg.location.line}`,
      ...pkg.layer ? { layer: pkg.layer } : {},
      fixState: match.fixedVersions.length > 0 ? "fixed" : "no-fix-yet"
    }
  };
}
function imageUnknowns(scans, keep = () => true) {
  const results = [];
  for (const { scan, label, at } of scans) {
    const where = at ? { location: at } : {};
    if (!scan.ok) {
      results.push({ status: "unknown", message: `${label}: vulnerabilities not checked: ${scan.reason}`, ...where, details: { image: scan.reference } });
      continue;
    }
    for (const problem of scan.problems) {
      results.push({ status: "unknown", message: `${label}: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}; what it lists is not checked for vulnerabilities`, ...where, details: { image: scan.reference, imageDigest: scan.digest } });
    }
    const byReason = /* @__PURE__ */ new Map();
    for (const entry of scan.report.unchecked) {
      if (!keep(entry.package)) continue;
      byReason.set(entry.reason, [...byReason.get(entry.reason) ?? [], entry.package]);
    }
    for (const [reason, packages] of byReason) {
      results.push({
        status: "unknown",
        message: `${label}: ${packages.length} package${packages.length === 1 ? "" : "s"} could not be checked against ${sourceLabel(scan.report)}: ${reason}: ${listSome(packages.map((pkg) => packageLabel(pkg)))}`,
        ...where,
        ...packages.length === 1 && packages[0].purl ? { purl: packages[0].purl } : {},
        details: { image: scan.reference, imageDigest: scan.digest, packages: packages.map((pkg) => pkg.purl ?? packageLabel(pkg)) }
      });
    }
  }
  return results;
}

export {
  emptyOutcome,
  packageKey,
  SEVERITY_WORDS,
  locationOf,
  packageLabel,
  listSome,
  judged,
  NOTHING_TO_LOOK_UP,
  withImages,
  nothingToCheck,
  SEVERITY_OF_WORD,
  sourceLabel,
  DependencyPaths,
  describePath,
  introducedView,
  matchFields,
  idsLabel,
  uncheckedResults,
  gateOutcome,
  matchSeverity,
  advisoryLabel,
  imageFixState,
  imagePackageLabel,
  imageMatchFields,
  imageUnknowns
};
