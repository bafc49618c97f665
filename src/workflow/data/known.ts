/**
 * Shapes shared by the knowledge tables in this folder. Every table is a typed list with one entry per
 * line, so that adding an action or a command is a one-line change; `__tests__/workflow/data.test.ts`
 * checks that every entry is well-formed and that every table is read somewhere.
 */

/** A known action: `owner/repo[/path]` in lower case, as `Uses.name` is. */
export interface KnownAction {
  action: string
  /** What it does that makes it belong to the table (short; some tables show it in findings, as noted there). */
  note: string
  /** Where this was read; defaults to the action's repository (its README and action.yml): see `actionSource`. */
  source?: string
}

/** A known command, as a regular expression over a shell script (no flags; tables join them with `|`). */
export interface KnownCommand {
  command: RegExp
  note: string
  /** The command's documentation. */
  source: string
}

/** The page an entry was read from: its own `source`, or the action's repository on GitHub. */
export function actionSource(entry: KnownAction): string {
  return entry.source ?? `https://github.com/${entry.action.split('/').slice(0, 2).join('/')}`
}

/** A table keyed by action name. */
export function byAction<T extends KnownAction>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.action, entry]))
}

/** One regular expression matching any command of a table (its alternatives in table order). */
export function anyCommand(list: readonly KnownCommand[]): RegExp {
  return new RegExp(list.map((entry) => entry.command.source).join('|'))
}

/** One regular expression matching the names of a table whose entries may hold `*` (one part of a name, `[\w-]+`). */
export function actionPattern(list: readonly KnownAction[]): RegExp {
  const alternatives = list.map((entry) => entry.action.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, String.raw`[\w-]+`))
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'i')
}
