/**
 * A cheap text pre-scan of the workflow and action files, before any YAML is parsed: which files refer to
 * which (local `uses:`, `workflow_run` by workflow name) and every remote `uses:` value. The engine uses it
 * to audit related files together and the rest one group at a time (parsed documents are dropped after each
 * group, so memory stays flat on repositories with thousands of workflows); the action-reference resolver
 * uses it to resolve every distinct `owner/repo@ref` of the repository in one batch.
 */
import path from 'node:path'
import { defineFact, known } from '../model/fact.js'
import type { Workspace } from './workspace.js'
import { listWorkflowFiles, MAX_WORKFLOW_BYTES, type WorkflowFileKind } from './workflow-files.js'

export interface PrescannedFile {
  path: string
  kind: WorkflowFileKind
  /** Workflow and action files this one uses locally (resolved to file paths that exist). */
  links: string[]
  /** Every `uses:` value that is not local (actions, reusable workflows, docker://), as written. */
  remoteUses: string[]
  /** The top-level `name:` of a workflow, when it has one. */
  name?: string
}

export interface WorkflowPrescan {
  files: PrescannedFile[]
  /** Groups of files audited together (see groupFiles), each in file order. */
  groups: string[][]
}

// `uses: value`, `- uses: "value"`, `{ uses: value }`: the value up to a comment, quote, comma or brace.
const USES = /(?:^|[\s{,-])uses\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#,}\n]+))/gm
const TOP_LEVEL_NAME = /^name\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))\s*(?:#.*)?$/m

/** Every `uses:` value of a text with the offset where the value starts (after any quote); empty values are skipped. */
export function* usesValues(text: string): Generator<{ value: string; offset: number }> {
  for (const match of text.matchAll(USES)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? ''
    const value = raw.trim()
    if (value === '') continue
    // The group's start: the end of the match minus the value and a closing quote, if any.
    const offset = (match.index ?? 0) + match[0].length - raw.length - (match[3] === undefined ? 1 : 0) + (raw.length - raw.trimStart().length)
    yield { value, offset }
  }
}

export function prescanText(relative: string, kind: WorkflowFileKind, text: string, exists: (path: string) => boolean): PrescannedFile {
  const links = new Set<string>()
  const remoteUses: string[] = []
  for (const { value } of usesValues(text)) {
    const local = value.startsWith('./') ? value.slice(2) : value.startsWith('$/') ? value.slice(2) : null
    if (local === null) {
      remoteUses.push(value)
      continue
    }
    const target = path.posix.normalize(local.split('@')[0]!.replace(/\/+$/, ''))
    if (target.startsWith('..')) continue
    for (const candidate of [target, `${target}/action.yml`, `${target}/action.yaml`]) if (exists(candidate)) links.add(candidate)
  }
  const nameMatch = kind === 'workflow' ? TOP_LEVEL_NAME.exec(text) : null
  const name = nameMatch ? (nameMatch[1] ?? nameMatch[2] ?? nameMatch[3] ?? '').trim() : ''
  return { path: relative, kind, links: [...links], remoteUses, ...(name ? { name } : {}) }
}

export function prescanWorkflowFiles(workspace: Workspace): WorkflowPrescan {
  const listed = listWorkflowFiles(workspace, workspace.isIgnored)
  const known = new Set(listed.map((file) => file.path))
  const texts = new Map<string, string>()
  const files = listed.map(({ path: relative, kind }) => {
    const read = workspace.readText(relative, MAX_WORKFLOW_BYTES)
    if (!read.ok) return { path: relative, kind, links: [], remoteUses: [] } satisfies PrescannedFile
    texts.set(relative, read.text)
    return prescanText(relative, kind, read.text, (candidate) => known.has(candidate))
  })
  return { files, groups: groupFiles(files, texts) }
}

/**
 * Groups of files audited together. Workflows joined by a reusable-workflow call or by `workflow_run` are
 * one group (connected components). Local actions are dependencies: each group also holds the actions its
 * files use (transitively), so an action shared by many workflows does not fuse them into one group; an
 * action is also audited in a group of its own, and identical findings from the same file are reported once.
 */
export function groupFiles(files: PrescannedFile[], texts: Map<string, string>): string[][] {
  const kindOf = new Map(files.map((file) => [file.path, file.kind]))
  const linksOf = new Map(files.map((file) => [file.path, file.links]))
  const parent = new Map(files.map((file) => [file.path, file.path]))
  const find = (node: string): string => {
    let root = node
    while (parent.get(root) !== root) root = parent.get(root)!
    for (let current = node; current !== root;) {
      const next = parent.get(current)!
      parent.set(current, root)
      current = next
    }
    return root
  }
  const union = (a: string, b: string): void => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b))
  }
  for (const file of files) for (const link of file.links) if (kindOf.get(link) === 'workflow' && file.kind === 'workflow') union(file.path, link)
  const byName = new Map<string, string[]>()
  for (const file of files) {
    if (file.kind !== 'workflow') continue
    for (const key of [file.name, path.posix.basename(file.path)]) if (key) byName.set(key, [...(byName.get(key) ?? []), file.path])
  }
  for (const file of files) {
    const text = texts.get(file.path)
    if (!text || !text.includes('workflow_run')) continue
    const names = workflowRunNames(text)
    if (names) {
      for (const name of names) for (const other of byName.get(name) ?? []) union(file.path, other)
      continue
    }
    // The list could not be read from the text: any workflow whose name appears in it.
    for (const [name, paths] of byName) if (text.includes(name)) for (const other of paths) union(file.path, other)
  }
  const members = new Map<string, string[]>()
  for (const file of files) {
    const root = find(file.path)
    members.set(root, [...(members.get(root) ?? []), file.path])
  }
  return [...members.values()].map((group) => {
    const inGroup = new Set(group)
    const pending = [...group]
    while (pending.length > 0) {
      for (const link of linksOf.get(pending.pop()!) ?? []) {
        if (kindOf.get(link) !== 'action' || inGroup.has(link)) continue
        inGroup.add(link)
        pending.push(link)
      }
    }
    return files.map((file) => file.path).filter((candidate) => inGroup.has(candidate))
  })
}

/** Names in `workflows:` lists (flow `[a, "b"]` or block `- a`), or null when none can be read. */
export function workflowRunNames(text: string): string[] | null {
  const names: string[] = []
  let found = false
  const unquote = (value: string): string =>
    value
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim()
  for (const match of text.matchAll(/^([ \t]*)workflows\s*:[ \t]*(.*)$/gm)) {
    const rest = (match[2] ?? '').replace(/\s+#.*$/, '').trim()
    if (rest.startsWith('[')) {
      if (!rest.endsWith(']')) return null
      found = true
      names.push(...rest.slice(1, -1).split(',').map(unquote).filter(Boolean))
    } else if (rest === '') {
      // A block list on the following, more indented lines.
      const after = text.slice((match.index ?? 0) + match[0].length + 1).split('\n')
      for (const line of after) {
        const item = /^[ \t]*-[ \t]+(.*?)\s*(?:#.*)?$/.exec(line)
        if (!item) break
        found = true
        names.push(unquote(item[1] ?? ''))
      }
    } else {
      found = true
      names.push(unquote(rest))
    }
  }
  return found ? names : null
}

/** The pre-scan of the whole workspace (global: not re-done per group). */
export const workflowPrescanFact = defineFact<WorkflowPrescan>('workspace.workflow-prescan', async (ctx) => known(prescanWorkflowFiles(ctx.workspace)))
