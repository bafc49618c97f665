import { describe, expect, it } from '@jest/globals'
import { capabilityOf } from '../../src/workflow/contexts.js'
import { contextRefs, parseExpression, scanExpressions, valueRefs } from '../../src/workflow/expressions.js'

describe('context capabilities', () => {
  it.each([
    ['github.event.pull_request.title', 'arbitrary'],
    ['github.event.issue.body', 'arbitrary'],
    ['github.event.comment.body', 'arbitrary'],
    ['github.head_ref', 'arbitrary'],
    ['github.event.pull_request.head.ref', 'arbitrary'],
    ['github.event.commits.*.message', 'arbitrary'],
    ['github.event.workflow_run.head_branch', 'arbitrary'],
    ['github.event', 'arbitrary'],
    ['github.event.pull_request', 'arbitrary'],
    ['github.event.pull_request.number', 'fixed'],
    ['github.event.pull_request.head.sha', 'fixed'],
    ['github.event.pull_request.base.sha', 'fixed'],
    ['github.event.pull_request.base.ref', 'fixed'],
    ['github.event.pull_request.user.login', 'fixed'],
    ['github.event.repository.name', 'fixed'],
    ['github.sha', 'fixed'],
    ['github.actor', 'fixed'],
    ['github.repository', 'fixed'],
    ['github.ref', 'fixed'],
    ['github.ref_name', 'fixed'],
    ['github.event.client_payload.command', 'structured'],
    ['github.event.release.tag_name', 'structured'],
    ['steps.x.outputs.y', 'unknown']
  ])('%s is %s', (path, capability) => {
    expect(capabilityOf(path)).toBe(capability)
  })
})

describe('expressions', () => {
  it('scans ${{ }} with }} inside string literals', () => {
    const spans = scanExpressions("a ${{ format('}}{0}', github.head_ref) }} b ${{ x }}")
    expect(spans.map((s) => s.body.trim())).toEqual(["format('}}{0}', github.head_ref)", 'x'])
    expect(scanExpressions('a ${{ unterminated')[0]).toMatchObject({ terminated: false })
  })

  it('parses paths, indices, functions and operators', () => {
    const ast = parseExpression("github.event['pull_request'].labels[0].name == 'x' && !contains(toJSON(github.event.commits.*.message), 'y')")
    expect(contextRefs(ast).map((r) => r.path)).toEqual(['github.event.pull_request.labels.*.name', 'github.event.commits.*.message'])
    expect(valueRefs(ast)).toEqual([])
    expect(valueRefs(parseExpression("inputs.a && github.head_ref || format('{0}', github.event.issue.title)")).map((r) => r.path)).toEqual([
      'github.head_ref',
      'github.event.issue.title'
    ])
    expect(valueRefs(parseExpression('steps.my-step.outputs.x')).map((r) => r.path)).toEqual(['steps.my-step.outputs.x'])
    expect(parseExpression('a ==')).toBeNull()
    expect(parseExpression('fromJSON(needs.a.outputs.m).x[1]')).toMatchObject({ kind: 'access' })
    expect(parseExpression('1 >= -2.5 && 0xff != null')).not.toBeNull()
  })

  it('never throws on junk', () => {
    for (const junk of ['', '(((', "'", ')', 'a..b', '[', 'a[', '!!!', 'f(,)', '${{', '}}', 'a.b.c(', '1e', '∞'])
      expect(() => parseExpression(junk)).not.toThrow()
    const deep = `${'('.repeat(200)}a${')'.repeat(200)}`
    expect(parseExpression(deep)).toBeNull()
  })
})
