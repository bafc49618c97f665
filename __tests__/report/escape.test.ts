/** One escaping helper per channel, and every renderer using it for what comes from the repository. */
/* eslint-disable no-control-regex -- the tests look for control characters that must not be printed */
import { describe, expect, it } from '@jest/globals'
import { jsonText, mdCode, mdText, sarifText, sarifUri, textField, textLine } from '../../src/report/escape.js'
import { jsonChunks, toJson } from '../../src/report/json.js'
import { toMarkdown } from '../../src/report/markdown.js'
import { toSarif } from '../../src/report/sarif.js'
import { MAX_SARIF_RESULTS } from '../../src/report/sarif-limits.js'
import { textLines } from '../../src/report/text.js'
import { annotationsFor } from '../../src/report/annotations.js'
import type { CheckReport } from '../../src/report/types.js'
import type { Finding } from '../../src/model/finding.js'
import { allRules } from '../../src/rules/index.js'

const HOSTILE =
  'a\n::stop-commands::x\r\n::add-mask::s\t##[error]y \u001b[31mred\u001b[0m \u202egnp.exe \u2028 # H\n## ✅ pass <img src=x> `c`d` <br> &lt; [l](https://e.x) **b** _i_ ~s~ $x$ | c |'

function report(findings: Finding[]): CheckReport {
  return {
    version: 1,
    tool: { name: 'chaingate', version: '0.1.0' },
    target: { repository: 'octo/app', ref: 'refs/heads/main', path: '.' },
    verdict: 'fail',
    policy: { source: '.github/chaingate.yml', extends: 'baseline', failOn: 'high', onUnknown: 'warn' },
    counts: {
      total: findings.length,
      fail: findings.length,
      pass: 0,
      unknown: 0,
      waived: 0,
      failing: findings.length,
      failBySeverity: { critical: 0, high: findings.length, medium: 0, low: 0, info: 0 }
    },
    findings,
    stats: { apiRequests: 0, durationMs: 1, filesScanned: 1 }
  }
}

const hostileFinding: Finding = {
  rule: 'unpinned-uses',
  area: 'build',
  severity: 'high',
  status: 'fail',
  message: `action ${HOSTILE} is pinned to "v1"`,
  location: { path: `.github/workflows/${HOSTILE.replace(/\//g, '_')}.yml`, startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
  fix: `secrets:\n  NAME: \${{ secrets.NAME }}\n${HOSTILE}`,
  permission: HOSTILE,
  waiver: { source: 'inline', reason: HOSTILE }
}

describe('text', () => {
  it('makes a field one printable line and breaks up the legacy command marker', () => {
    expect(textField('a\nb\r\tc\u001b[0m\u0000\u007f\u202e\u2028')).toBe('a\\nb\\r\\tc\\x1b[0m\\x00\\x7f\\u202e\\u2028')
    expect(textField('x ##[add-mask]y')).toBe('x ##\\[add-mask]y')
    expect(textField('a\nb', { lineBreaks: true })).toBe('a\nb')
    expect(textField('émoji 🚀 "quotes" \\ back')).toBe('émoji 🚀 "quotes" \\ back')
  })

  it('keeps a line from starting a workflow command', () => {
    expect(textLine('::error::x')).toBe('\\::error::x')
    expect(textLine('  ::add-mask::x')).toBe('  \\::add-mask::x')
    expect(textLine('path: ::x')).toBe('path: ::x')
  })

  it('prints one line per finding, whatever the names and the fix hint hold', () => {
    const lines = [...textLines(report([hostileFinding, { ...hostileFinding, location: { ...hostileFinding.location!, path: '::error::x/action.yml' } }]))]
    expect(lines).toHaveLength(4) // two findings, a blank line, the verdict
    for (const line of lines) {
      expect(line).not.toMatch(/[\n\r\u001b\u202e\u2028]/)
      expect(line).not.toMatch(/^\s*::/)
      expect(line).not.toContain('##[')
    }
    expect(lines[0]).toContain('(grant a\\n::stop-commands::x\\r\\n::add-mask::s\\t##\\[error]y')
    expect(lines[0]).toContain('fix: secrets:\\n  NAME: ${{ secrets.NAME }}\\na\\n')
    expect(lines[1]).toMatch(/^\\::error::x\/action\.yml:3:5: fail high/)
  })
})

describe('Markdown', () => {
  it('shows every markup character as itself, never as markup', () => {
    expect(mdText('<b>*x*</b> `y` [l](u) # h | &amp; ~z~ $m$ _u_ \\')).toBe(
      '&#60;b&#62;&#42;x&#42;&#60;/b&#62; &#96;y&#96; &#91;l&#93;(u) &#35; h &#124; &#38;amp; &#126;z&#126; &#36;m&#36; &#95;u&#95; &#92;'
    )
    expect(mdText('one\ntwo\r\nthree\u001b')).toBe('one<br>two<br>three\\x1b')
  })

  it('puts names and code in <code>, where references and line breaks work and backticks do not end it', () => {
    expect(mdCode('a`b``c <x> &lt;')).toBe('<code>a&#96;b&#96;&#96;c &#60;x&#62; &#38;lt;</code>')
    expect(mdCode('line\nbreak')).toBe('<code>line&#92;nbreak</code>')
    expect(mdCode('secrets:\n  NAME: x', { multiline: true })).toBe('<code>secrets:<br>&#160;&#160;NAME: x</code>')
  })

  it("renders a hostile finding as one table row with nothing but chaingate's own markup", () => {
    const markdown = toMarkdown(report([hostileFinding]))
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ❌'))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.split('|').length - 1).toBe(6)
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## ❌ chaingate: fail', '### Build'])
    // Without chaingate's own tags and the bold target line, no markup character is left.
    const rest = markdown.replace(/<\/?(?:code|sub)>|<br>/g, '').replace(/^\*\*octo\/app @ refs\/heads\/main\*\*/m, '')
    expect(rest).not.toMatch(/[<>`[\]*_~$]/)
  })

  it('says when SARIF was capped and where every finding is', () => {
    const many = Array.from(
      { length: MAX_SARIF_RESULTS + 2 },
      () => ({ ...hostileFinding, message: 'm', fix: undefined, waiver: undefined, permission: undefined }) as Finding
    )
    expect(toMarkdown(report(many))).toContain(
      'The SARIF file holds the 25,000 most severe of 25,002 failing and waived findings (code scanning takes at most 25,000 results per run); the JSON report'
    )
    expect(toMarkdown(report([hostileFinding]))).not.toContain('The SARIF file holds')
  })
})

describe('SARIF', () => {
  it('escapes embedded-link brackets in messages and percent-encodes file names', () => {
    expect(sarifText('see [here](https://e.x) \\[x]')).toBe('see \\[here\\](https://e.x) \\\\\\[x\\]')
    expect(sarifUri('.github/workflows/a b#c?d%e\nf.yml')).toBe('.github/workflows/a%20b%23c%3Fd%25e%0Af.yml')
    expect(sarifUri('x/\ud800.yml')).toBe('x/%EF%BF%BD.yml')
    const result = toSarif(report([hostileFinding]), allRules).runs[0]!.results![0]!
    expect(result.message.text).not.toMatch(/(^|[^\\])[[\]]/)
    expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(sarifUri(hostileFinding.location!.path))
  })
})

describe('annotations', () => {
  it('keep line breaks (the command escapes them) but no terminal controls', () => {
    const [annotation] = annotationsFor(report([{ ...hostileFinding, waiver: undefined }]))
    expect(annotation!.message).toContain('\n')
    expect(annotation!.message).not.toMatch(/[\u001b\u202e\u2028\r]/)
    expect(annotation!.message).not.toContain('##[')
  })
})

describe('JSON', () => {
  it('keeps the legacy command marker out of the text without changing the value', () => {
    expect(jsonText(JSON.stringify({ a: 'x ##[add-mask]y', b: ['##['] }))).toBe('{"a":"x ##\\u005badd-mask]y","b":["##\\u005b"]}')
    const whole = report([hostileFinding])
    const text = toJson(whole)
    expect(text).not.toContain('##[')
    expect(JSON.parse(text)).toEqual(whole)
    expect([...jsonChunks(whole)].join('')).toBe(text)
    for (const line of text.split('\n')) expect(line).not.toMatch(/^\s*::/)
  })
})
