/**
 * The GitHub Actions expression language, as far as the audits need it: find every `${{ … }}` in a
 * string, parse its body into a small AST, and list the contexts it references and the contexts whose
 * *text* can reach its result (taint). Never throws: a malformed expression parses to `null` and keeps
 * its span.
 */

/** AST of an expression body. Offsets are relative to the start of the body text. */
export type ExprNode =
  | { kind: 'literal'; value: string | number | boolean | null; start: number; end: number }
  | { kind: 'context'; path: string; segments: string[]; dynamic: boolean; start: number; end: number }
  | { kind: 'call'; name: string; args: ExprNode[]; start: number; end: number }
  | { kind: 'binary'; op: '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||'; left: ExprNode; right: ExprNode; start: number; end: number }
  | { kind: 'not'; operand: ExprNode; start: number; end: number }
  /** Member access on something that is not a plain context path, e.g. `fromJSON(x).a` or `a[b]` with a computed `b`. */
  | { kind: 'access'; object: ExprNode; property: ExprNode | string | '*'; start: number; end: number }

/** One `${{ … }}` occurrence in a string value. Offsets are into the string value. */
export interface ExpressionSpan {
  /** Offset of `$` in `${{`. */
  start: number
  /** Offset just after `}}` (or the end of the value when unterminated). */
  end: number
  /** The text between `${{` and `}}`. */
  body: string
  /** Offset of the body in the value. */
  bodyStart: number
  terminated: boolean
}

/**
 * Every `${{ … }}` in `value`, in order. The closing `}}` is searched outside string literals (`'…'`, with
 * `''` as the escaped quote), the way the runner does.
 */
export function scanExpressions(value: string): ExpressionSpan[] {
  const found: ExpressionSpan[] = []
  let from = 0
  while (from < value.length) {
    const start = value.indexOf('${{', from)
    if (start === -1) break
    const bodyStart = start + 3
    let i = bodyStart
    let inString = false
    let close = -1
    while (i < value.length) {
      const c = value.charCodeAt(i)
      if (inString) {
        if (c === 39 /* ' */) {
          if (value.charCodeAt(i + 1) === 39) i += 1
          else inString = false
        }
      } else if (c === 39) {
        inString = true
      } else if (c === 125 /* } */ && value.charCodeAt(i + 1) === 125) {
        close = i
        break
      }
      i += 1
    }
    if (close === -1) {
      found.push({ start, end: value.length, body: value.slice(bodyStart), bodyStart, terminated: false })
      break
    }
    found.push({ start, end: close + 2, body: value.slice(bodyStart, close), bodyStart, terminated: true })
    from = close + 2
  }
  return found
}

// ---------------------------------------------------------------------------------------------------
// Lexer and parser

type Token =
  | { t: 'id'; v: string; s: number; e: number }
  | { t: 'str'; v: string; s: number; e: number }
  | { t: 'num'; v: number; s: number; e: number }
  | { t: 'op'; v: string; s: number; e: number }

const MAX_EXPRESSION_LENGTH = 21000
const MAX_DEPTH = 50

function lex(text: string): Token[] | null {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1
      continue
    }
    const start = i
    if (c === "'") {
      let v = ''
      i += 1
      for (;;) {
        if (i >= text.length) return null
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'"
            i += 2
            continue
          }
          i += 1
          break
        }
        v += text[i]
        i += 1
      }
      tokens.push({ t: 'str', v, s: start, e: i })
      continue
    }
    if (/[0-9]/.test(c) || (c === '-' && /[0-9.]/.test(text[i + 1] ?? '') && !lastIsValue(tokens))) {
      const m = /^-?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?)/i.exec(text.slice(i))
      if (!m) return null
      i += m[0].length
      tokens.push({ t: 'num', v: Number(m[0]), s: start, e: i })
      continue
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]!)) i += 1
      tokens.push({ t: 'id', v: text.slice(start, i), s: start, e: i })
      continue
    }
    const two = text.slice(i, i + 2)
    if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||') {
      tokens.push({ t: 'op', v: two, s: start, e: i + 2 })
      i += 2
      continue
    }
    if ('.[]()!<>,*'.includes(c)) {
      tokens.push({ t: 'op', v: c, s: start, e: i + 1 })
      i += 1
      continue
    }
    return null
  }
  return tokens
}

function lastIsValue(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1]
  if (!last) return false
  return last.t !== 'op' || last.v === ')' || last.v === ']'
}

class Parser {
  private pos = 0
  private depth = 0
  constructor(private readonly tokens: Token[]) {}

  parse(): ExprNode | null {
    const node = this.or()
    return node && this.pos === this.tokens.length ? node : null
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos]
  }

  private isOp(v: string): boolean {
    const token = this.tokens[this.pos]
    return token?.t === 'op' && token.v === v
  }

  private binary(next: () => ExprNode | null, ops: string[]): ExprNode | null {
    let left = next()
    while (left) {
      const token = this.peek()
      if (!token || token.t !== 'op' || !ops.includes(token.v)) break
      this.pos += 1
      const right = next()
      if (!right) return null
      left = { kind: 'binary', op: token.v as '==', left, right, start: left.start, end: right.end }
    }
    return left
  }

  private or(): ExprNode | null {
    if (++this.depth > MAX_DEPTH) return null
    const node = this.binary(() => this.and(), ['||'])
    this.depth -= 1
    return node
  }
  private and(): ExprNode | null {
    return this.binary(() => this.equality(), ['&&'])
  }
  private equality(): ExprNode | null {
    return this.binary(() => this.comparison(), ['==', '!='])
  }
  private comparison(): ExprNode | null {
    return this.binary(() => this.unary(), ['<', '<=', '>', '>='])
  }
  private unary(): ExprNode | null {
    const token = this.peek()
    if (token?.t === 'op' && token.v === '!') {
      this.pos += 1
      if (++this.depth > MAX_DEPTH) return null
      const operand = this.unary()
      this.depth -= 1
      return operand ? { kind: 'not', operand, start: token.s, end: operand.end } : null
    }
    return this.postfix()
  }

  private postfix(): ExprNode | null {
    let node = this.primary()
    while (node) {
      if (this.isOp('.')) {
        this.pos += 1
        const name = this.peek()
        let segment: string
        if (name?.t === 'id') segment = name.v
        else if (name?.t === 'op' && name.v === '*') segment = '*'
        else return null
        this.pos += 1
        node = member(node, segment, name.e)
      } else if (this.isOp('[')) {
        this.pos += 1
        let index: ExprNode | '*' | null
        if (this.isOp('*')) {
          this.pos += 1
          index = '*'
        } else index = this.or()
        if (!index || !this.isOp(']')) return null
        const close = this.peek()!
        this.pos += 1
        if (index === '*') node = member(node, '*', close.e)
        else if (index.kind === 'literal' && typeof index.value === 'string') node = member(node, index.value, close.e)
        else if (index.kind === 'literal' && typeof index.value === 'number') node = member(node, '*', close.e)
        else node = { kind: 'access', object: node, property: index, start: node.start, end: close.e }
      } else break
    }
    return node
  }

  private primary(): ExprNode | null {
    const token = this.peek()
    if (!token) return null
    this.pos += 1
    if (token.t === 'str') return { kind: 'literal', value: token.v, start: token.s, end: token.e }
    if (token.t === 'num') return { kind: 'literal', value: token.v, start: token.s, end: token.e }
    if (token.t === 'op') {
      if (token.v !== '(') return null
      const inner = this.or()
      if (!inner || !this.isOp(')')) return null
      this.pos += 1
      return inner
    }
    const lower = token.v.toLowerCase()
    if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', start: token.s, end: token.e }
    if (lower === 'null') return { kind: 'literal', value: null, start: token.s, end: token.e }
    if (this.isOp('(')) {
      this.pos += 1
      const args: ExprNode[] = []
      if (!this.isOp(')')) {
        for (;;) {
          const arg = this.or()
          if (!arg) return null
          args.push(arg)
          if (this.isOp(',')) {
            this.pos += 1
            continue
          }
          break
        }
      }
      if (!this.isOp(')')) return null
      const close = this.peek()!
      this.pos += 1
      return { kind: 'call', name: lower, args, start: token.s, end: close.e }
    }
    return { kind: 'context', path: lower, segments: [lower], dynamic: false, start: token.s, end: token.e }
  }
}

function member(object: ExprNode, segment: string, end: number): ExprNode {
  if (object.kind === 'context') {
    const lower = segment.toLowerCase()
    return { kind: 'context', path: `${object.path}.${lower}`, segments: [...object.segments, lower], dynamic: object.dynamic, start: object.start, end }
  }
  return { kind: 'access', object, property: segment === '*' ? '*' : segment.toLowerCase(), start: object.start, end }
}

const parseCache = new Map<string, ExprNode | null>()

/** Parses an expression body; null when it is not valid. Results are memoised (bodies repeat a lot). */
export function parseExpression(body: string): ExprNode | null {
  const cached = parseCache.get(body)
  if (cached !== undefined || parseCache.has(body)) return cached ?? null
  let result: ExprNode | null = null
  if (body.length <= MAX_EXPRESSION_LENGTH) {
    const tokens = lex(body)
    result = tokens && tokens.length > 0 ? new Parser(tokens).parse() : null
  }
  if (parseCache.size > 50000) parseCache.clear()
  parseCache.set(body, result)
  return result
}

// ---------------------------------------------------------------------------------------------------
// Walking the AST

/** Every context reference in the expression (including inside function arguments and conditions). */
export function contextRefs(node: ExprNode | null): Array<Extract<ExprNode, { kind: 'context' }>> {
  const out: Array<Extract<ExprNode, { kind: 'context' }>> = []
  const visit = (n: ExprNode): void => {
    switch (n.kind) {
      case 'context':
        out.push(n)
        break
      case 'call':
        n.args.forEach(visit)
        break
      case 'binary':
        visit(n.left)
        visit(n.right)
        break
      case 'not':
        visit(n.operand)
        break
      case 'access':
        visit(n.object)
        if (typeof n.property === 'object') visit(n.property)
        break
      default:
        break
    }
  }
  if (node) visit(node)
  return out
}

/** Functions whose result carries (part of) their arguments' text. */
const PASS_THROUGH_FUNCTIONS = new Set(['format', 'join', 'tojson', 'fromjson'])

/**
 * The context references whose text can end up in the expression's *value* (what is substituted into a
 * script). Comparisons, `!`, `contains()`, `startsWith()`… yield booleans and stop the flow; `format`,
 * `join`, `toJSON`, `fromJSON`, `||` and the right side of `&&` let it through; `a[b]` lets `a` through.
 */
export function valueRefs(node: ExprNode | null): Array<Extract<ExprNode, { kind: 'context' }>> {
  const out: Array<Extract<ExprNode, { kind: 'context' }>> = []
  const visit = (n: ExprNode): void => {
    switch (n.kind) {
      case 'context':
        out.push(n)
        break
      case 'call':
        if (PASS_THROUGH_FUNCTIONS.has(n.name)) n.args.forEach(visit)
        break
      case 'binary':
        if (n.op === '||') {
          visit(n.left)
          visit(n.right)
        } else if (n.op === '&&') {
          // `a && b` is `a` only when `a` is falsy (empty, 0, false, null): no text of `a` flows.
          visit(n.right)
        }
        break
      case 'access':
        visit(n.object)
        break
      default:
        break
    }
  }
  if (node) visit(node)
  return out
}

/** Calls in the expression, outermost first. */
export function calls(node: ExprNode | null): Array<Extract<ExprNode, { kind: 'call' }>> {
  const out: Array<Extract<ExprNode, { kind: 'call' }>> = []
  const visit = (n: ExprNode): void => {
    if (n.kind === 'call') {
      out.push(n)
      n.args.forEach(visit)
    } else if (n.kind === 'binary') {
      visit(n.left)
      visit(n.right)
    } else if (n.kind === 'not') visit(n.operand)
    else if (n.kind === 'access') {
      visit(n.object)
      if (typeof n.property === 'object') visit(n.property)
    }
  }
  if (node) visit(node)
  return out
}

/** Every node of the tree, parents before children. */
export function walkExpression(node: ExprNode | null, visit: (n: ExprNode) => void): void {
  if (!node) return
  visit(node)
  switch (node.kind) {
    case 'call':
      node.args.forEach((arg) => walkExpression(arg, visit))
      break
    case 'binary':
      walkExpression(node.left, visit)
      walkExpression(node.right, visit)
      break
    case 'not':
      walkExpression(node.operand, visit)
      break
    case 'access':
      walkExpression(node.object, visit)
      if (typeof node.property === 'object') walkExpression(node.property, visit)
      break
    default:
      break
  }
}
