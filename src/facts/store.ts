/**
 * Fetches each fact at most once and shares the promise between everyone who asks. A group store (one with
 * a parent) computes the `workflow-group` facts itself, over its own workspace view, and asks its parent for
 * every other fact, so API facts are still fetched once per run.
 *
 * `given` (tests only, through `runCheck`'s `facts`): facts taken as they are instead of fetched, by id, in this
 * store and every group store under it. The no-false-pass property test (`__tests__/property/`) forces one
 * declared fact to `unknown` this way and runs the rules through the engine unchanged.
 */
import type { Fact, FactDef } from '../model/fact.js'
import { isGroupScoped, unknownFact } from '../model/fact.js'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import type { FactContext } from './context.js'
import { withGlobLibrary } from '../policy/glob-library.js'

export class FactStore {
  private readonly pending = new Map<string, Promise<Fact<unknown>>>()
  private readonly settled = new Map<string, Fact<unknown>>()
  readonly context: FactContext
  private readonly parent: FactStore | null
  private readonly given: ReadonlyMap<string, Fact<unknown>>

  constructor(base: Omit<FactContext, 'get'>, parent: FactStore | null = null, given: ReadonlyMap<string, Fact<unknown>> = parent?.given ?? new Map()) {
    this.parent = parent
    this.given = given
    this.context = { ...base, get: (def) => this.get(def) }
  }

  /** A store for one group of workflow files, sharing this store's run-scoped facts. */
  child(base: Omit<FactContext, 'get'>): FactStore {
    return new FactStore(base, this)
  }

  get<T>(def: FactDef<T>): Promise<Fact<T>> {
    if (this.parent && !isGroupScoped(def)) return this.parent.get(def)
    let promise = this.pending.get(def.id)
    if (!promise) {
      const given = this.given.get(def.id)
      // A fetch that met a glob before minimatch was loaded runs again once it is (src/policy/glob-library.ts).
      promise = (given ? Promise.resolve(given) : withGlobLibrary(() => def.fetch(this.context))).then(
        (fact) => fact,
        (error: unknown) => {
          // A configuration error (e.g. an unreadable file the user named) must stop the run.
          if (error instanceof ConfigurationError) throw error
          return unknownFact('api-error', `could not read ${def.id}: ${errorMessage(error)}`)
        }
      )
      promise.then((fact) => this.settled.set(def.id, fact)).catch(() => undefined)
      this.pending.set(def.id, promise)
    }
    return promise as Promise<Fact<T>>
  }

  async getAll(defs: Iterable<FactDef<unknown>>): Promise<void> {
    await Promise.all([...defs].map((def) => this.get(def)))
  }

  /** A fact already fetched with `get`/`getAll`. */
  peek<T>(def: FactDef<T>): Fact<T> {
    if (this.parent && !isGroupScoped(def)) return this.parent.peek(def)
    const fact = this.settled.get(def.id)
    if (!fact) throw new Error(`fact ${def.id} was read before it was fetched; declare it in the rule's needs/uses`)
    return fact as Fact<T>
  }
}
