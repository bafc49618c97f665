/** Values used through a YAML alias are reported where they are used (at the alias), as well as at the anchor. */
import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { unpinnedImages } from '../../../src/rules/build/unpinned-images.js'
import { artipacked } from '../../../src/rules/build/artipacked.js'

const WF = '.github/workflows/ci.yml'

describe('aliased values', () => {
  it('reports each use of an aliased image: at the anchor and at the alias', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container: &image node:22
    steps:
      - run: make
  b:
    runs-on: ubuntu-latest
    container: *image
    steps:
      - run: make
`
    expect(spans(ruleResults(unpinnedImages, { files: { [WF]: text } }))).toEqual([`fail medium ${WF}:5:23-5:29`, `fail medium ${WF}:10:16-10:21`])
  })

  it('points an injection in an aliased script at the alias of each use (the anchor keeps the exact span)', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: &greet echo "\${{ github.event.pull_request.title }}"
  b:
    runs-on: ubuntu-latest
    steps:
      - run: *greet
`
    expect(spans(ruleResults(templateInjection, { files: { [WF]: text } }))).toEqual([`fail high ${WF}:7:27-7:64`, `fail high ${WF}:11:14-11:19`])
  })

  it('reports an aliased input at the alias (negative: the same value, safe, is not reported)', () => {
    const text = (persist: string) => `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: &persist ${persist}
      - run: make
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: *persist
      - run: make
`
    expect(spans(ruleResults(artipacked, { files: { [WF]: text('true') } }))).toEqual([`fail medium ${WF}:8:41-8:44`, `fail medium ${WF}:15:32-15:39`])
    expect(ruleResults(artipacked, { files: { [WF]: text('false') } })).toEqual([])
  })
})
