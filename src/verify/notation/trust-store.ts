/**
 * Notation trust store in Notation's own layout: `DIR/x509/{ca,signingAuthority,tsa}/<named store>/*`
 * (PEM or DER, several certificates per PEM file), or the same named stores given inline (PEM text per
 * `type:name`). As in notation-go: a named store or a file that is a symlink is refused, sub-directories
 * are refused, a `ca`/`signingAuthority` certificate must be a CA or self-signed, a `tsa` certificate must
 * be a self-signed root. A store that cannot be used is an authenticity failure of the signatures that need
 * it (with the reason), not a crash.
 */
import fs from 'node:fs'
import path from 'node:path'
import { errorMessage } from '../../model/errors.js'
import { isSelfSigned, parseCertFile, type Cert } from './certificates.js'
import type { StoreType } from './trust-policy.js'

export type StoreResult = { ok: true; certs: Cert[] } | { ok: false; message: string }

export interface TrustStore {
  /** Shown in messages: the directory or `inline`. */
  source: string
  get(type: StoreType, name: string): StoreResult
}

function validate(certs: Cert[], type: StoreType, shown: string): string | null {
  for (const cert of certs) {
    const basicCA = cert.node.ca
    if (type === 'tsa') {
      if (!isSelfSigned(cert)) return `${shown}: certificate ${JSON.stringify(cert.subject)} in a tsa store is not a self-signed root`
    } else if (!basicCA && !isSelfSigned(cert)) {
      return `${shown}: certificate ${JSON.stringify(cert.subject)} is neither a CA certificate nor a self-signed signing certificate`
    }
  }
  return null
}

export function directoryTrustStore(root: string, shownRoot = root): TrustStore {
  const cache = new Map<string, StoreResult>()
  const load = (type: StoreType, name: string): StoreResult => {
    const dir = path.join(root, 'x509', type, name)
    const shown = `${shownRoot}/x509/${type}/${name}`
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(dir)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return {
        ok: false,
        message:
          code === 'ENOENT' ? `trust store ${type}:${name} does not exist (${shown})` : `cannot read trust store ${shown}: ${code ?? errorMessage(error)}`
      }
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) return { ok: false, message: `trust store ${shown} is not a regular directory (symlinks are refused)` }
    const certs: Cert[] = []
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isSymbolicLink() || entry.isDirectory() || !entry.isFile())
        return { ok: false, message: `${shown}/${entry.name} is not a regular file (directories and symlinks are refused)` }
      let fileCerts: Cert[]
      try {
        fileCerts = parseCertFile(fs.readFileSync(path.join(dir, entry.name)))
      } catch (error) {
        return { ok: false, message: `${shown}/${entry.name} is not a certificate file (PEM or DER): ${errorMessage(error)}` }
      }
      const problem = validate(fileCerts, type, `${shown}/${entry.name}`)
      if (problem) return { ok: false, message: problem }
      certs.push(...fileCerts)
    }
    if (certs.length === 0) return { ok: false, message: `trust store ${shown} holds no certificate` }
    return { ok: true, certs }
  }
  return {
    source: shownRoot,
    get(type, name) {
      const key = `${type}:${name}`
      let result = cache.get(key)
      if (!result) {
        result = load(type, name)
        cache.set(key, result)
      }
      return result
    }
  }
}

/** Named stores given as PEM text (`ca:acme` → PEM), e.g. inline in chaingate's verification policy. */
export function inlineTrustStore(stores: Record<string, string>, source = 'inline trust store'): TrustStore {
  const cache = new Map<string, StoreResult>()
  return {
    source,
    get(type, name) {
      const key = `${type}:${name}`
      let result = cache.get(key)
      if (!result) {
        const pem = stores[key]
        if (pem === undefined) result = { ok: false, message: `trust store ${key} is not in the ${source}` }
        else {
          try {
            const certs = parseCertFile(Buffer.from(pem, 'utf8'))
            const problem = validate(certs, type, `${source} ${key}`)
            result = problem ? { ok: false, message: problem } : { ok: true, certs }
          } catch (error) {
            result = { ok: false, message: `${source} ${key} is not PEM certificates: ${errorMessage(error)}` }
          }
        }
        cache.set(key, result)
      }
      return result
    }
  }
}
