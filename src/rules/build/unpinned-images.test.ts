import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { gradeImage, imageTag, unpinnedImages } from './unpinned-images.js'

const DIGEST = 'sha256:' + 'a'.repeat(64)

const WORKFLOW = `name: integration
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:22-bookworm
    services:
      db:
        image: postgres
        env:
          POSTGRES_PASSWORD: \${{ secrets.DB_PASSWORD }}
      cache:
        image: redis:7@${DIGEST}
      queue: rabbitmq:latest
    steps:
      - uses: docker://alpine:3.20
      - uses: docker://ghcr.io/acme/tool@${DIGEST}
      - run: npm test
`

describe('unpinned-images', () => {
  it('grades tags, latest and missing tags, and passes digests', () => {
    expect(brief(evaluate(unpinnedImages, { [W]: WORKFLOW }))).toEqual([
      'fail medium 6:16-6:31', // container: node:22-bookworm
      'fail high 9:16-9:23', // postgres (no tag)
      'fail high 14:14-14:28', // rabbitmq:latest
      'fail medium 16:15-16:34' // docker://alpine:3.20
    ])
    const [first] = evaluate(unpinnedImages, { [W]: WORKFLOW })
    expect(first!.message).toBe('job test: container image node:22-bookworm is pinned to the tag :22-bookworm, which its publisher can move, not to a digest')
    expect(first!.fix).toBe('node:22-bookworm@sha256:<digest>')
  })

  it('passes a workflow whose images are all pinned by digest', () => {
    const pinned = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container:\n      image: node:22@${DIGEST}\n      credentials:\n        username: u\n        password: \${{ secrets.P }}\n    steps:\n      - run: echo hi\n`
    expect(evaluate(unpinnedImages, { [W]: pinned })).toEqual([])
  })

  it('allows tags for listed prefixes (mitigation), never latest', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: ghcr.io/acme/build:1.4\n    services:\n      x: ghcr.io/acme/db\n    steps: [{ run: make }]\n'
    expect(brief(evaluate(unpinnedImages, { [W]: text }, [], { 'tag-allowed': ['ghcr.io/acme/'] }))).toEqual(['fail high 7:10-7:24'])
  })

  it('skips images computed by expressions and reads Docker action metadata', () => {
    const action = `name: tool\nruns:\n  using: docker\n  image: docker://ghcr.io/acme/tool:v2\n`
    const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: ${{ matrix.image }}\n    steps: [{ run: make }]\n'
    expect(brief(evaluate(unpinnedImages, { 'tools/action.yml': action, [W]: workflow }))).toEqual(['fail medium 4:10-4:38'])
  })

  it('parses registry ports and digests', () => {
    expect(imageTag('localhost:5000/app')).toBe('')
    expect(imageTag('localhost:5000/app:1.2')).toBe('1.2')
    expect(gradeImage(`app@${DIGEST}`)).toBeNull()
  })
})

describe('unpinned-images: images taken from matrix values', () => {
  const run = (text: string) => spans(ruleResults(unpinnedImages, { files: { [W]: text } }))
  it('grades each value the matrix lists, at the value', () => {
    const text = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: ['python:3.12-slim', 'python@${DIGEST}']
        include:
          - image: ubuntu
        pg: [16]
    container: \${{ matrix.image }}
    services:
      db:
        image: postgres:\${{ matrix.pg }}
    steps:
      - run: make test
`
    expect(run(text)).toEqual([`fail medium ${W}:7:17-7:34`, `fail high ${W}:9:20-9:25`, `fail medium ${W}:10:14-10:15`])
  })

  it('passes digests in the matrix, and matrices it cannot read offline (negative and mitigated)', () => {
    const text = `on: push
jobs:
  pinned:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: ['node@${DIGEST}']
    container: \${{ matrix.image }}
    steps:
      - run: make test
  dynamic:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: \${{ fromJSON(needs.plan.outputs.images) }}
    container: \${{ matrix.image }}
    steps:
      - run: make test
`
    expect(run(text)).toEqual([])
  })
})
