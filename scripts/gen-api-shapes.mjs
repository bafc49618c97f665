// Generates src/github/api-shapes.generated.ts: for every GitHub REST endpoint chaingate calls, the shape of its
// success answer as @octokit/openapi describes it, reduced to what a rule could be misled by: JSON types,
// required fields, properties, array items, unions. Depth is limited (deeper values are only type-checked
// as "anything"), and a field counts as required only when every shipped description (api.github.com,
// GHEC, each GHES) that has the endpoint requires it, so a field GHES does not send is not demanded.
// The whole description (13 MB) is never shipped: the table is ~55 KB and loaded with the client only.
//
// Usage: scripts/node24 scripts/gen-api-shapes.mjs [--check]
//   --check: exit 1 when the committed table differs from a fresh generation (a test runs this too).
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const OUT = path.join(root, 'src/github/api-shapes.generated.ts')

/** Every REST endpoint chaingate calls (a test checks that each request of a full check matches one). */
export const ROUTES = [
  'GET /advisories',
  'GET /orgs/{org}',
  'GET /orgs/{org}/members',
  'GET /orgs/{org}/outside_collaborators',
  'GET /orgs/{org}/personal-access-tokens',
  'GET /orgs/{org}/public_members',
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/actions/permissions',
  'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval',
  'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos',
  'GET /repos/{owner}/{repo}/actions/permissions/selected-actions',
  'GET /repos/{owner}/{repo}/actions/permissions/workflow',
  'GET /repos/{owner}/{repo}/automated-security-fixes',
  'GET /repos/{owner}/{repo}/branches',
  'GET /repos/{owner}/{repo}/branches/{branch}/protection',
  'GET /repos/{owner}/{repo}/code-scanning/alerts',
  'GET /repos/{owner}/{repo}/code-scanning/analyses',
  'GET /repos/{owner}/{repo}/codeowners/errors',
  'GET /repos/{owner}/{repo}/collaborators',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/dependabot/alerts',
  'GET /repos/{owner}/{repo}/dependency-graph/sbom',
  'GET /repos/{owner}/{repo}/environments',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'GET /repos/{owner}/{repo}/keys',
  'GET /repos/{owner}/{repo}/private-vulnerability-reporting',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/rulesets',
  'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
  'GET /repos/{owner}/{repo}/secret-scanning/alerts',
  'POST /repos/{owner}/{repo}/attestations'
]

/**
 * Top-level fields chaingate relies on that GitHub always sends but its description leaves optional: an
 * answer without them is not taken. Classic branch protection: a `{}` would read as "protected, nothing
 * set"; every real answer carries its URL and the force-push and deletion settings.
 */
const RELIED_ON = {
  'GET /repos/{owner}/{repo}/branches/{branch}/protection': ['url', 'allow_force_pushes', 'allow_deletions']
}

/** Object and array nesting kept; below it a value is only "present". */
const MAX_DEPTH = 2

function load(variant) {
  return JSON.parse(fs.readFileSync(require.resolve(`@octokit/openapi/generated/${variant}.json`), 'utf8'))
}

function variants() {
  const dir = path.dirname(require.resolve('@octokit/openapi/generated/api.github.com.json'))
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.deref.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort()
}

function resolver(doc) {
  return function resolve(node) {
    let current = node
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops += 1) {
      current = current.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((value, key) => value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
    }
    return current ?? {}
  }
}

/** The success answer's JSON schema of `route` in `doc`, or undefined when the endpoint is not there. */
function successSchema(doc, route) {
  const [method, template] = route.split(' ')
  const operation = doc.paths?.[template]?.[method.toLowerCase()]
  if (!operation) return undefined
  const resolve = resolver(doc)
  for (const status of ['200', '201']) {
    const response = operation.responses?.[status]
    if (!response) continue
    const schema = resolve(response).content?.['application/json']?.schema
    return { status: Number(status), schema: schema ? resolve(schema) : undefined, resolve }
  }
  return undefined
}

const TYPES = { integer: 'number', number: 'number', string: 'string', boolean: 'boolean', object: 'object', array: 'array', null: 'null' }

/**
 * Reduces a JSON schema to `{ t, n?, r?, p?, i?, u? }`: JSON types, nullable, required, properties, items,
 * alternatives. `0` means anything.
 */
function reduce(schema, resolve, depth, seen = new Set()) {
  schema = resolve(schema)
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return 0
  const next = new Set(seen).add(schema)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const merged = { type: schema.type, required: [...(schema.required ?? [])], properties: { ...(schema.properties ?? {}) }, nullable: schema.nullable }
    for (const part of schema.allOf.map(resolve)) {
      merged.type ??= part.type
      merged.required.push(...(part.required ?? []))
      Object.assign(merged.properties, part.properties ?? {})
      if (part.items) merged.items = part.items
    }
    return reduce(merged, resolve, depth, next)
  }
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    const parts = alternatives.map((alternative) => reduce(alternative, resolve, depth, next))
    if (parts.includes(0)) return 0
    const out = { u: parts }
    if (schema.nullable) out.n = 1
    return out
  }
  const declared = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : schema.properties ? ['object'] : schema.items ? ['array'] : []
  if (declared.length === 0) return 0
  const t = [...new Set(declared.map((type) => TYPES[type]).filter(Boolean))]
  const out = { t }
  if (schema.nullable) out.n = 1
  if (depth >= MAX_DEPTH) return out
  if (t.includes('object') && schema.properties) {
    const p = {}
    for (const [key, value] of Object.entries(schema.properties)) {
      const reduced = reduce(value, resolve, depth + 1, next)
      if (reduced !== 0) p[key] = reduced
    }
    if (Object.keys(p).length > 0) out.p = p
    if (Array.isArray(schema.required) && schema.required.length > 0) out.r = [...new Set(schema.required)].sort()
  }
  if (t.includes('array') && schema.items) {
    const items = reduce(schema.items, resolve, depth + 1, next)
    if (items !== 0) out.i = items
  }
  return out
}

/** Keeps a required field only when `other` (the same endpoint in another description) requires it too. */
function intersectRequired(shape, other) {
  if (shape === 0 || typeof shape !== 'object') return shape
  if (other === 0 || other === undefined || typeof other !== 'object') return stripRequired(shape)
  const out = { ...shape }
  if (out.r) {
    const theirs = new Set(other.r ?? [])
    out.r = out.r.filter((key) => theirs.has(key))
    if (out.r.length === 0) delete out.r
  }
  if (out.p) out.p = Object.fromEntries(Object.entries(out.p).map(([key, value]) => [key, intersectRequired(value, other.p?.[key])]))
  if (out.i) out.i = intersectRequired(out.i, other.i)
  if (out.u) out.u = out.u.map((part, index) => intersectRequired(part, other.u?.[index]))
  return out
}

function stripRequired(shape) {
  if (shape === 0 || typeof shape !== 'object') return shape
  const out = { ...shape }
  delete out.r
  if (out.p) out.p = Object.fromEntries(Object.entries(out.p).map(([key, value]) => [key, stripRequired(value)]))
  if (out.i) out.i = stripRequired(out.i)
  if (out.u) out.u = out.u.map(stripRequired)
  return out
}

export function generate() {
  const docs = variants().map((variant) => [variant, load(variant)])
  const primary = docs.find(([variant]) => variant === 'api.github.com')[1]
  const routes = {}
  for (const route of ROUTES) {
    const found = successSchema(primary, route)
    if (!found) throw new Error(`${route} is not in api.github.com's OpenAPI description`)
    let shape = found.schema ? reduce(found.schema, found.resolve, 0) : 0
    for (const [, doc] of docs) {
      const other = successSchema(doc, route)
      if (!other) continue
      shape = intersectRequired(shape, other.schema ? reduce(other.schema, other.resolve, 0) : 0)
    }
    if (RELIED_ON[route]) shape = { ...shape, r: [...new Set([...(shape.r ?? []), ...RELIED_ON[route]])].sort() }
    routes[route] = { status: found.status, json: Boolean(found.schema), shape }
  }
  const openapi = JSON.parse(fs.readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8')).version
  const json = JSON.stringify({ openapi, maxDepth: MAX_DEPTH, routes })
  return [
    '// Generated by scripts/gen-api-shapes.mjs from @octokit/openapi: do not edit (a test checks it is current).',
    "import type { ApiShapeTable } from './api-shape.js'",
    '',
    '// JSON.parse of one string literal: faster to load than the same object literal.',
    `export const API_SHAPES: ApiShapeTable = JSON.parse(${JSON.stringify(json)}) as ApiShapeTable`,
    ''
  ].join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = generate()
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : ''
    if (current !== text) {
      process.stderr.write(`${path.relative(root, OUT)} is out of date: run scripts/node24 scripts/gen-api-shapes.mjs\n`)
      process.exit(1)
    }
  } else {
    fs.writeFileSync(OUT, text)
    process.stdout.write(`wrote ${path.relative(root, OUT)} (${text.length} bytes, ${ROUTES.length} routes)\n`)
  }
}
