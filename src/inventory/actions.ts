/**
 * GitHub Actions as an ecosystem: every remote `uses: owner/repo[/path]@ref` of the workflow and action
 * files (steps' actions and jobs' reusable workflows) is a package, located at its `uses:` line. Built from
 * the workflow pre-scan (the files it lists, their texts already read and cached by the workspace): a regex
 * pass over each text, no YAML parse. `docker://` images, local `./` actions and `${{ }}` expressions are
 * not packages.
 */
import type { Workspace } from '../workspace/workspace.js'
import { usesValues, type WorkflowPrescan } from '../workspace/workflow-prescan.js'
import { MAX_WORKFLOW_BYTES } from '../workspace/workflow-files.js'
import type { InventorySourceFile, Package } from './model.js'

export const ACTIONS_ECOSYSTEM = 'GitHub Actions'

/** `owner/repo[/path]@ref` → name and ref; null for what is not a remote action or workflow. */
export function remoteAction(value: string): { name: string; ref: string } | null {
  if (value.includes('${{') || value.startsWith('./') || value.startsWith('../') || value.startsWith('$/') || value === '.' || value.startsWith('docker://'))
    return null
  const at = value.lastIndexOf('@')
  const target = at === -1 ? value : value.slice(0, at)
  const parts = target.split('/')
  if (parts.length < 2 || !parts[0] || !parts[1] || parts.some((part) => part === '' || part === '.' || part === '..')) return null
  return { name: target, ref: at === -1 ? '' : value.slice(at + 1) }
}

/**
 * `pkg:github/owner/repo@ref#path`, encoded exactly as packageurl-js encodes it (a test compares the two).
 * Written out for this one type so a check whose only dependencies are actions does not load packageurl-js
 * at start-up (the lockfile readers load it, only when a lockfile is present).
 */
export function actionPurl(name: string, ref: string | null): string {
  const [owner = '', repo = '', ...rest] = name.split('/')
  const component = (text: string): string => encodeURIComponent(text).replace(/%3A/g, ':')
  const version = ref ? `@${encodeURIComponent(ref.trim()).replace(/%3A/g, ':').replace(/%2B/g, '+')}` : ''
  const segments = rest.filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
  const subpath = segments.length > 0 ? `#${segments.map((segment) => encodeURIComponent(segment)).join('/')}` : ''
  return `pkg:github/${component(owner.toLowerCase())}/${component(repo.toLowerCase())}${version}${subpath}`
}

/** Whether the text before `offset` on its line holds a YAML comment start (`#` at the line start or after a blank). */
function inComment(text: string, lineStart: number, offset: number): boolean {
  const before = text.slice(lineStart, offset)
  return /(^|\s)#/.test(before)
}

export interface ActionsInventory {
  packages: Package[]
  files: InventorySourceFile[]
}

/** The actions and reusable workflows the pre-scanned files use, one package per distinct `name@ref` per file. */
export function actionsInventory(workspace: Workspace, prescan: WorkflowPrescan): ActionsInventory {
  const packages: Package[] = []
  const files: InventorySourceFile[] = []
  for (const file of prescan.files) {
    if (file.remoteUses.length === 0) continue
    const read = workspace.readText(file.path, MAX_WORKFLOW_BYTES)
    if (!read.ok) continue
    const text = read.text
    const seen = new Set<string>()
    let line = 1
    let lineStart = 0
    let scanned = 0
    let count = 0
    for (const { value, offset } of usesValues(text)) {
      // Lines counted incrementally from the previous match.
      for (let at = text.indexOf('\n', scanned); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line += 1
        lineStart = at + 1
      }
      scanned = offset
      const action = remoteAction(value)
      if (!action || inComment(text, lineStart, offset)) continue
      const key = `${action.name}@${action.ref}`
      if (seen.has(key)) continue
      seen.add(key)
      const version = action.ref === '' ? null : action.ref
      const purl = actionPurl(action.name, version)
      packages.push({
        ecosystem: ACTIONS_ECOSYSTEM,
        name: action.name,
        version,
        ...(version === null ? { declared: '' } : {}),
        purl,
        scope: 'runtime',
        direct: true,
        source: 'registry',
        location: { path: file.path, line, column: offset - lineStart + 1 }
      })
      count += 1
    }
    if (count > 0)
      files.push({ path: file.path, format: file.kind === 'workflow' ? 'github-workflow' : 'github-action', ecosystem: ACTIONS_ECOSYSTEM, packages: count })
  }
  return { packages, files }
}
