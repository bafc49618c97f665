/**
 * The YAML front end (js-yaml events → positioned tree): values as the YAML 1.2 core schema reads them,
 * exact ranges for every scalar style, duplicate keys, aliases and alias bombs, several documents, and the
 * diagnostics fallback. A differential test compares every scalar's value and start offset with the `yaml`
 * package's documents over generated workflows and odd documents.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import * as yaml from 'yaml'
import {
  Alias,
  LineIndex,
  Scalar,
  YAMLMap,
  YAMLSeq,
  YamlSyntaxError,
  allScalars,
  expandedSize,
  parseYamlDocuments,
  toJS,
  type Node
} from '../../src/workspace/yaml-ast.js'
import { parseYaml } from '../../src/workspace/yaml.js'
import { explainYamlFailure } from '../../src/workspace/yaml-diagnostics.js'
import { sourceOffsets } from '../../src/workflow/source-map.js'

function root(text: string): Node | null {
  const documents = parseYamlDocuments(text)
  expect(documents).toHaveLength(1)
  return documents[0]!.contents
}

function valueOf(map: Node | null, key: string): Node | null {
  if (!(map instanceof YAMLMap)) throw new Error('not a mapping')
  const pair = map.items.find((candidate) => candidate.key instanceof Scalar && String(candidate.key.value) === key)
  if (!pair) throw new Error(`no key ${key}`)
  return pair.value
}

function scalar(node: Node | null): Scalar {
  if (!(node instanceof Scalar)) throw new Error('not a scalar')
  return node
}

function syntaxError(text: string): YamlSyntaxError {
  try {
    parseYamlDocuments(text)
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error
    throw error
  }
  throw new Error('expected a syntax error')
}

describe('YAML front end', () => {
  it('reads scalars with the YAML 1.2 core schema, as GitHub does (on, yes and no stay strings)', () => {
    const doc = root(
      'on: push\na: yes\nb: no\nc: ~\nd: null\ne: 12\nf: -1.5\ng: 0x1F\nh: .inf\ni: True\nj: "12"\nk: !!str 12\nl: !!int "7"\nm: v4\nn:\no: !custom 3\n'
    )
    const read = (key: string): unknown => scalar(valueOf(doc, key)).value
    expect(read('on')).toBe('push')
    expect(read('a')).toBe('yes')
    expect(read('b')).toBe('no')
    expect(read('c')).toBeNull()
    expect(read('d')).toBeNull()
    expect(read('e')).toBe(12)
    expect(read('f')).toBe(-1.5)
    expect(read('g')).toBe(31)
    expect(read('h')).toBe(Infinity)
    expect(read('i')).toBe(true)
    expect(read('j')).toBe('12')
    expect(read('k')).toBe('12')
    expect(read('l')).toBe(7)
    expect(read('m')).toBe('v4')
    expect(read('n')).toBeNull()
    expect(read('o')).toBe('3')
    expect(toJS(doc)).toMatchObject({ on: 'push', e: 12, n: null })
  })

  it('gives each scalar style the range the source map expects: quotes and block headers included', () => {
    const text =
      "plain: a b\nsingle: 'it''s'\ndouble: \"x\\ty\"\nliteral: |-  # a comment with | and >\n  line1\n  ${{ x }}\nfolded: >\n  one\n  two\nlast: z\n"
    const doc = root(text)
    const slice = (key: string): string => {
      const node = scalar(valueOf(doc, key))
      return text.slice(node.range[0], node.range[1])
    }
    expect(slice('plain')).toBe('a b')
    expect(slice('single')).toBe("'it''s'")
    expect(slice('double')).toBe('"x\\ty"')
    expect(slice('literal')).toBe('|-  # a comment with | and >\n  line1\n  ${{ x }}\n')
    expect(slice('folded')).toBe('>\n  one\n  two\n')
    expect(scalar(valueOf(doc, 'literal')).type).toBe('BLOCK_LITERAL')
    expect(scalar(valueOf(doc, 'folded')).value).toBe('one two\n')
    // the `${{` of the literal block maps to its exact offset in the file
    const literal = scalar(valueOf(doc, 'literal'))
    const value = String(literal.value)
    const [offset] = sourceOffsets(text, literal, value, [value.indexOf('${{')])
    expect(offset).toBe(text.indexOf('${{'))
  })

  it('ends block collections at their last value and flow collections after their bracket', () => {
    const text = 'env:\n  A: 1\n  B: two\nlist: [a, {b: c}, [d] ]  # done\nnext: 1\n'
    const doc = root(text)
    const env = valueOf(doc, 'env') as YAMLMap
    expect(text.slice(env.range[0], env.range[1])).toBe('A: 1\n  B: two')
    const list = valueOf(doc, 'list') as YAMLSeq
    expect(text.slice(list.range[0], list.range[1])).toBe('[a, {b: c}, [d] ]')
    expect(list.flow).toBe(true)
    const inner = list.items[1] as YAMLMap
    expect(text.slice(inner.range[0], inner.range[1])).toBe('{b: c}')
  })

  it('binds aliases to their anchors, keeps `<<` as a key in plain data, and refuses unknown aliases', () => {
    const doc = root('base: &b {x: 1}\nuse: *b\nmerged:\n  <<: *b\n  y: 2\n')
    const alias = valueOf(doc, 'use')
    expect(alias).toBeInstanceOf(Alias)
    expect((alias as Alias).resolve()).toBe(valueOf(doc, 'base'))
    expect(toJS(doc)).toEqual({ base: { x: 1 }, use: { x: 1 }, merged: { '<<': { x: 1 }, y: 2 } })
    expect(syntaxError('a: *missing\n').message).toMatch(/unknown anchor "missing"/)
  })

  it('rejects duplicate keys with their position, but not repeated merge keys', () => {
    const error = syntaxError('on: push\njobs: {}\non: pull_request\n')
    expect(error.message).toBe('duplicate key "on" in a mapping')
    expect(new LineIndex('on: push\njobs: {}\non: pull_request\n').linePos(error.offset)).toEqual({ line: 3, col: 1 })
    const many = Array.from({ length: 12 }, (_, i) => `k${i}: ${i}`).join('\n')
    expect(syntaxError(`${many}\nk3: again\n`).message).toMatch(/duplicate key "k3"/)
    expect(() => parseYamlDocuments('a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n')).not.toThrow()
  })

  it('bounds alias expansion: a billion-laughs document is refused before anything expands it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 9; level += 1) {
      const name = String.fromCharCode(97 + level)
      bomb.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`
      )
    }
    const text = bomb.join('\n')
    const documents = parseYamlDocuments(text)
    expect(expandedSize(documents[0]!.contents, 1_000_000)).toBe(1_000_001)
    const parsed = parseYaml('.github/workflows/bomb.yml', text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.failure.message).toMatch(/alias bomb/)
    // an ordinary document with a few anchors is fine
    expect(parseYaml('w.yml', 'x: &x {a: 1}\ny: [*x, *x, *x]\n').ok).toBe(true)
  })

  it('reports several documents at the second `---`, and keeps all of a stream where asked', () => {
    const parsed = parseYaml('w.yml', '---\non: push\n---\njobs: {}\n')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.failure).toMatchObject({ line: 3, column: 1, message: expect.stringMatching(/2 YAML documents/) })
    expect(parseYamlDocuments('a: 1\n---\nb: 2\n---\n')).toHaveLength(3)
  })

  it('never pollutes prototypes when converting to plain data', () => {
    const value = toJS(root('__proto__: {polluted: true}\nconstructor: x\n')) as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor'])
  })

  it('turns syntax errors into a line and column, and rewords them with the yaml package where it can', () => {
    const parsed = parseYaml('.github/chaingate.yml', 'rules: [\n')
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.failure.line).toBe(1)
    const explained = explainYamlFailure('rules: [\n', parsed.failure)
    expect(explained.message).toMatch(/Flow sequence/)
    expect(explained.line).toBe(1)
    // a NUL byte: the yaml package accepts it, so the fast parser's reason stays
    const binary = parseYaml('b.yml', 'on: push\u0000\n')
    expect(binary.ok).toBe(false)
    if (!binary.ok) expect(explainYamlFailure('on: push\u0000\n', binary.failure).message).toBe(binary.failure.message)
    const quote = parseYaml('q.yml', 'jobs:\n  a:\n    run: "unterminated\n')
    expect(quote.ok).toBe(false)
    if (!quote.ok) expect(explainYamlFailure('jobs:\n  a:\n    run: "unterminated\n', quote.failure).message).toMatch(/quote|Missing/i)
  })

  it('counts lines and columns from 1, with CRLF line ends too', () => {
    const lines = new LineIndex('a: 1\r\nbb: 2\r\n')
    expect(lines.linePos(0)).toEqual({ line: 1, col: 1 })
    expect(lines.linePos(6)).toEqual({ line: 2, col: 1 })
    expect(lines.linePos(8)).toEqual({ line: 2, col: 3 })
    const doc = root('a: 1\r\nbb: "x"\r\n')
    const bb = scalar(valueOf(doc, 'bb'))
    expect(bb.value).toBe('x')
    expect(bb.range[0]).toBe(10)
  })
})

/** Scalars of a `yaml` document in source order (keys included; aliases not followed). */
function referenceScalars(node: unknown, out: yaml.Scalar[] = []): yaml.Scalar[] {
  if (yaml.isScalar(node)) out.push(node)
  else if (yaml.isSeq(node)) for (const item of node.items) referenceScalars(item, out)
  else if (yaml.isMap(node)) {
    for (const pair of node.items) {
      referenceScalars(pair.key, out)
      referenceScalars(pair.value, out)
    }
  }
  return out
}

describe('YAML front end against the yaml package', () => {
  it('agrees on every scalar value and start offset over generated workflows and actions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-yaml-'))
    try {
      execFileSync(process.execPath, ['bench/corpus-gen.mjs', '--count', '80', '--actions', '10', '--seed', '11', '--out', dir], { stdio: 'ignore' })
      const files: string[] = []
      const walk = (at: string): void => {
        for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(path.join(at, entry.name))
          else if (/\.ya?ml$/.test(entry.name)) files.push(path.join(at, entry.name))
        }
      }
      walk(dir)
      expect(files.length).toBeGreaterThan(80)
      let compared = 0
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8')
        const reference = yaml.parseDocument(text, { uniqueKeys: true })
        expect(reference.errors).toEqual([])
        const expected = referenceScalars(reference.contents).filter((node) => node.value !== null)
        const actual = allScalars(root(text)).filter((node) => node.value !== null)
        expect(actual.map((node) => node.value)).toEqual(expected.map((node) => node.value))
        expect(actual.map((node) => node.range[0])).toEqual(expected.map((node) => node.range![0]))
        compared += actual.length
      }
      expect(compared).toBeGreaterThan(5000)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('agrees on odd but valid documents: BOM, CRLF, directives, indentation indicators, emoji, complex keys', () => {
    const cases = [
      '\uFEFFon: push\njobs: {}\n',
      'on: push\r\njobs:\r\n  a:\r\n    run: |\r\n      echo ${{ x }}\r\n',
      '%YAML 1.2\n---\non: push # c\n...\n',
      'a: |2\n    indented\n  b\nc: >+\n  keep\n\n',
      'name: "🚀 ${{ x }}"\nrun: echo 🚀 ${{ y }}\n',
      '? [a, b]\n: v\n"q: k": 1\n',
      '&k key: &v value\nother: *v\n',
      'a: one\n  two\n\n  three\nb: x\n',
      'a: 1\t\nb:\t2\n',
      '# c\non: # c2\n  push: # c3\n    branches: [main] # c4\n',
      'a:\nb: ~\nc: ""\nd: []\n',
      'a: "line one \\\n  continued ${{ x }} \\u00e9 end"\n',
      "a: 'one\n  two ''q'' ${{ x }}'\n",
      'steps:\n- name: a\n  run: b\n-   uses: c@v1\n    with: {x: 1}\n'
    ]
    for (const text of cases) {
      const reference = yaml.parseDocument(text, { uniqueKeys: true })
      expect(reference.errors).toEqual([])
      const expected = referenceScalars(reference.contents).filter((node) => node.value !== null)
      const actual = allScalars(root(text)).filter((node) => node.value !== null)
      expect(actual.map((node) => [node.value, node.range[0]])).toEqual(expected.map((node) => [node.value, node.range![0]]))
    }
  })
})
