/**
 * A license string as a canonical SPDX expression, when it says one license expression without doubt:
 *
 * - ids in the wrong case (`mit`, `apache-2.0`) and lower-case operators (`MIT or Apache-2.0`);
 * - the legacy slash of old Cargo and npm manifests (`MIT/Apache-2.0`: a choice, so `OR`);
 * - the deprecated GNU ids (`GPL-2.0+` → `GPL-2.0-or-later`, `GPL-2.0` → `GPL-2.0-only`, as the SPDX list says);
 * - a few spellings of one license that name its version (`Apache 2.0`, `The MIT License`, Debian's `Expat`,
 *   Fedora's legacy `GPLv2+` and `ASL 2.0`, older Alpine's `GPL2+`), alone or joined by and/or (`GPLv2+ and MIT`).
 *
 * Anything else (`BSD`, `GPL`, `LGPL with exceptions`, `Dual License`) is not an expression: undefined, and
 * the caller keeps the text as found. A version is never guessed: Fedora's `LGPLv2+` stays text (Fedora's
 * license data maps it to both LGPL-2.0-or-later and LGPL-2.1-or-later), and so do older Alpine's
 * space-separated lists (`MPL-2.0 GPL-2.0-or-later`: whether both apply or either is not said). Parsing is `spdx-expression-parse`; the
 * list of ids is the SPDX list shipped with @cyclonedx/cyclonedx-library.
 */
import parse, { type SpdxNode } from 'spdx-expression-parse'
import { fixupSpdxId } from '@cyclonedx/cyclonedx-library/SPDX'

/** Whole-text spellings of one license (lower case, inner spaces collapsed). */
const ALIASES: Record<string, string> = {
  'apache 2': 'Apache-2.0',
  'apache 2.0': 'Apache-2.0',
  'apache-2': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache license version 2.0': 'Apache-2.0',
  'apache software license 2.0': 'Apache-2.0',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'the mit license (mit)': 'MIT',
  expat: 'MIT',
  'isc license': 'ISC',
  'mozilla public license 2.0': 'MPL-2.0',
  'mpl 2.0': 'MPL-2.0',
  'the unlicense': 'Unlicense',
  'zlib license': 'Zlib',
  // Fedora's legacy short names (rpm `License` tags before Fedora 38 / RHEL 10), where Fedora's license data
  // maps them to one SPDX id (not `LGPLv2+`: both LGPL-2.0-or-later and LGPL-2.1-or-later; nor `LGPLv2`).
  'asl 2.0': 'Apache-2.0',
  gplv2: 'GPL-2.0-only',
  'gplv2+': 'GPL-2.0-or-later',
  gplv3: 'GPL-3.0-only',
  'gplv3+': 'GPL-3.0-or-later',
  'lgplv3+': 'LGPL-3.0-or-later',
  lgplv3: 'LGPL-3.0-only',
  'mplv2.0': 'MPL-2.0',
  // Alpine's names before its SPDX ids (apk `L:` lines of releases ≤ 3.12), `+` for "or later" as Fedora's.
  gpl2: 'GPL-2.0-only',
  'gpl2+': 'GPL-2.0-or-later',
  gpl3: 'GPL-3.0-only',
  'gpl3+': 'GPL-3.0-or-later',
  'lgpl2.1': 'LGPL-2.1-only',
  'lgpl2.1+': 'LGPL-2.1-or-later'
}

/** Deprecated GNU ids without `-only`/`-or-later`: the plain one means "only", with `+` "or later". */
const BARE_GNU = /^(?:A?GPL|LGPL|GFDL)-\d\.\d$/

const OPERATORS = new Set(['AND', 'OR', 'WITH'])

function leafText(node: Extract<SpdxNode, { license: string }>): string {
  let id = node.license
  let plus = node.plus === true
  if (BARE_GNU.test(id)) {
    id = `${id}-${plus ? 'or-later' : 'only'}`
    plus = false
  }
  return `${id}${plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`
}

function render(node: SpdxNode, parent?: 'and' | 'or'): string {
  if (!('conjunction' in node)) return leafText(node)
  const text = `${render(node.left, node.conjunction)} ${node.conjunction.toUpperCase()} ${render(node.right, node.conjunction)}`
  return parent !== undefined && parent !== node.conjunction ? `(${text})` : text
}

function tryParse(text: string): string | undefined {
  try {
    return render(parse(text))
  } catch {
    return undefined
  }
}

function aliasOf(text: string): string | undefined {
  return ALIASES[text.toLowerCase().replace(/\s+/g, ' ')]
}

/** One license id as the SPDX list spells it (`id+` kept), or undefined. */
function single(text: string): string | undefined {
  const plus = text.endsWith('+')
  const id = fixupSpdxId(plus ? text.slice(0, -1) : text)
  return id === undefined ? undefined : `${id}${plus ? '+' : ''}`
}

/** The canonical SPDX expression `text` stands for, or undefined when it is not one without doubt. */
export function normalizeLicense(text: string): string | undefined {
  const raw = text.trim()
  if (raw === '') return undefined
  const exact = tryParse(raw)
  if (exact !== undefined) return exact
  const alias = aliasOf(raw)
  if (alias) return alias
  // `GPLv2+ and ASL 2.0` (rpm), `Expat or Apache 2.0`: every part one license, joined by and/or (no parentheses).
  if (!/[()]/.test(raw) && /\s(?:and|or)\s/i.test(raw)) {
    const parts = raw.split(/\s+(and|or)\s+/i).map((part, index) => (index % 2 === 1 ? part.toUpperCase() : (aliasOf(part) ?? single(part))))
    if (parts.every((part) => part !== undefined)) return tryParse(parts.join(' '))
  }
  // Legacy slash: every part one license id.
  if (/^[^\s()/]+(?:\/[^\s()/]+)+$/.test(raw)) {
    const parts = raw.split('/').map(single)
    return parts.every((part) => part !== undefined) ? tryParse(parts.join(' OR ')) : undefined
  }
  // Case: operators upper-cased, ids as the SPDX list spells them (the token after WITH is an exception: kept).
  let afterWith = false
  const fixed = raw.replace(/[A-Za-z0-9][A-Za-z0-9.:-]*/g, (token) => {
    if (OPERATORS.has(token.toUpperCase())) {
      afterWith = token.toUpperCase() === 'WITH'
      return token.toUpperCase()
    }
    const wasAfterWith = afterWith
    afterWith = false
    if (wasAfterWith || /^(?:LicenseRef|DocumentRef)-/i.test(token)) return token
    return fixupSpdxId(token) ?? token
  })
  return fixed === raw ? undefined : tryParse(fixed)
}
