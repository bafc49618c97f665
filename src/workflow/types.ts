/**
 * The workflow model: workflows and action metadata as typed objects that keep their YAML nodes, so every
 * value can be located exactly. See README.md in this folder for how rules use it.
 */
import type { Node, Scalar } from '../workspace/yaml-ast.js'
import type { ParsedWorkflowFile } from '../workspace/workflow-files.js'
import type { ExprNode } from './expressions.js'

/** A scalar value (strings, and numbers/booleans as their text) with its node and its `${{ }}` expressions. */
export interface Str {
  value: string
  node: Scalar
  /** Every `${{ … }}` in the value, in order (empty for most values). */
  expressions: Expression[]
}

/** One `${{ … }}` occurrence. */
export interface Expression {
  /** The text between `${{` and `}}`. */
  body: string
  /** Parsed body; null when it does not parse. */
  ast: ExprNode | null
  terminated: boolean
  /** Offsets of `${{` and just after `}}` in the string value. */
  valueStart: number
  valueEnd: number
  /** Offsets of `${{` and just after `}}` in the file's source text. */
  start: number
  end: number
  /** A bare `if:` condition (no `${{ }}`): the whole value is the body. */
  bare?: boolean
}

/** A `key: value` entry of a mapping whose value may be a scalar (then `value` is set) or anything else. */
export interface ValueEntry {
  name: string
  keyNode: Scalar
  node: Node | null
  value: Str | null
}

export type Env = Map<string, ValueEntry>

export type PermissionLevel = 'read' | 'write' | 'none'

export interface Permissions {
  keyNode: Scalar
  node: Node | null
  /** `read-all` / `write-all` strings, `{}` (empty), a scope map, or something GitHub rejects. */
  form: 'read-all' | 'write-all' | 'empty' | 'map' | 'expression' | 'invalid'
  scopes: Map<string, { level: PermissionLevel | string; keyNode: Scalar; valueNode: Node | null }>
}

export interface InputDef {
  name: string
  keyNode: Scalar
  type?: string
  required?: boolean
  default?: Str
  options?: string[]
}

export interface Trigger {
  /** Event name, e.g. `pull_request_target`. */
  event: string
  /** The key (map form) or the list item / scalar (string and list forms). */
  node: Scalar
  /** The event's configuration mapping, when there is one. */
  config: Node | null
  /** `types:`, `branches:`, `branches-ignore:`, `tags:`, `paths:`, `workflows:`... as string lists. */
  filters: Map<string, string[]>
  /** `workflow_dispatch` / `workflow_call` inputs. */
  inputs: Map<string, InputDef>
  /** `workflow_call` secrets (names). */
  secrets: Map<string, ValueEntry>
}

export interface Uses {
  raw: string
  node: Scalar
  /**
   * `local`: `./path` or `$/path` (self-repository); `docker`: `docker://image`; `remote`: `owner/repo[/path]@ref`;
   * `invalid`: anything else (empty, no ref...).
   */
  kind: 'local' | 'docker' | 'remote' | 'invalid'
  /** `$/…` self-repository syntax. */
  selfRepository?: boolean
  owner?: string
  repo?: string
  /** Sub-path inside the repository (actions in a subfolder, reusable workflow files). */
  path?: string
  ref?: string
  /** Lower-case `owner/repo` for remote uses. */
  slug?: string
  /** Lower-case `owner/repo[/path]` without the ref: what rules match action names against. */
  name: string
  image?: string
  /** The ref is a full 40-hex commit SHA (or an image digest for docker). */
  pinned: boolean
  /** A reusable workflow (`…/.github/workflows/x.yml`). */
  reusableWorkflow: boolean
}

export interface Step {
  index: number
  node: Node
  id?: Str
  name?: Str
  if?: Str
  uses?: Uses
  with: Map<string, ValueEntry>
  run?: Str
  /** The step's own `shell:`. */
  shell?: Str
  /** The shell that runs `run:` (step, job defaults, workflow defaults; `bash`/`sh` by default). */
  effectiveShell: string
  env: Env
  workingDirectory?: Str
  continueOnError?: Node
  /** The `- parallel:` item this step belongs to (GitHub's parallel steps); such steps are flattened in order. */
  parallelGroup?: Node
  /** `background: true` (runs alongside the following steps). */
  background?: boolean
  /** The job (workflows) or null (composite actions; see `action`). */
  job: Job | null
  action: ActionDoc | null
}

export interface Container {
  node: Node
  /** Service name for `services:`. */
  name?: string
  image?: Str
  credentials?: { node: Node; username?: Str; password?: Str }
  env: Env
  options?: Str
}

export interface Job {
  id: string
  keyNode: Scalar
  node: Node | null
  workflow: WorkflowDoc
  name?: Str
  needs: Str[]
  if?: Str
  runsOn?: { node: Node | null; labels: Str[]; group?: Str }
  container?: Container
  services: Container[]
  environment?: { node: Node; name?: Str; url?: Str; deployment?: Node | null }
  outputs: Map<string, ValueEntry>
  strategy?: { node: Node; matrix: Node | null }
  permissions?: Permissions
  env: Env
  defaults: { shell?: Str; workingDirectory?: Str }
  /** Reusable workflow call. */
  uses?: Uses
  with: Map<string, ValueEntry>
  secrets?: { node: Node; inherit: boolean; entries: Map<string, ValueEntry> }
  steps: Step[]
  concurrency?: Node
}

export interface WorkflowDoc {
  kind: 'workflow'
  path: string
  file: ParsedWorkflowFile
  name?: Str
  runName?: Str
  on?: { keyNode: Scalar; node: Node | null }
  triggers: Trigger[]
  permissions?: Permissions
  env: Env
  defaults: { shell?: Str; workingDirectory?: Str }
  concurrency?: Node
  jobsKey?: Scalar
  jobs: Job[]
  jobsById: Map<string, Job>
}

export interface ActionDoc {
  kind: 'action'
  path: string
  file: ParsedWorkflowFile
  name?: Str
  inputs: Map<string, InputDef>
  outputs: Map<string, ValueEntry>
  runs?: {
    node: Node
    using?: Str
    /** `composite`, `docker`, `node20`...; lower case. */
    kind: 'composite' | 'docker' | 'javascript' | 'unknown'
    steps: Step[]
    image?: Str
    main?: Str
    pre?: Str
    post?: Str
    entrypoint?: Str
    args: Str[]
    env: Env
  }
}

export type ModelDoc = WorkflowDoc | ActionDoc

/** A shell script in the workspace that a `run:` calls (`./ci/build.sh`, `bash scripts/x.sh`). */
export interface LocalScript {
  path: string
  text: string
  /** The steps that call it. */
  callers: Step[]
}

export interface WorkflowModel {
  workflows: WorkflowDoc[]
  actions: ActionDoc[]
  /** Local scripts referenced from `run:`, keyed by workspace-relative path. */
  scripts: Map<string, LocalScript>
  /** Local composite actions by directory (`./.github/actions/x` → the action), for following `uses: ./…`. */
  actionsByDir: Map<string, ActionDoc>
}
