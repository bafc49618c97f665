/** Fetches each fact at most once per run and shares the promise between everyone who asks. */
import type { Fact, FactDef } from '../model/fact.js'
import { unknownFact } from '../model/fact.js'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import type { FactContext } from './context.js'

export class FactStore {
  private readonly pending = new Map<string, Promise<Fact<unknown>>>()
  private readonly settled = new Map<string, Fact<unknown>>()
  readonly context: FactContext

  constructor(base: Omit<FactContext, 'get'>) {
    this.context = { ...base, get: (def) => this.get(def) }
  }

  get<T>(def: FactDef<T>): Promise<Fact<T>> {
    let promise = this.pending.get(def.id)
    if (!promise) {
      promise = def.fetch(this.context).then(
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
    const fact = this.settled.get(def.id)
    if (!fact) throw new Error(`fact ${def.id} was read before it was fetched; declare it in the rule's needs/uses`)
    return fact as Fact<T>
  }
}
