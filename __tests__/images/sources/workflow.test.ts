import { describe, expect, it } from '@jest/globals'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { workflowImages } from '../../../src/images/sources/workflow.js'
import { buildWorkflow } from '../../../src/workflow/build.js'
import { parseWorkflowText } from '../../../src/workspace/workflow-files.js'

function imagesOf(text: string): string[] {
  const parsed = parseWorkflowText('.github/workflows/ci.yml', 'workflow', text)
  if (!parsed.ok) throw new Error(parsed.failure.message)
  const images: ImageSource[] = workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: 'workflow' as const })))
  return images.map((image) => {
    const at = image.location ? `${image.location.startLine}:${image.location.startColumn}-${image.location.endColumn}` : '-'
    return `${at} ${image.context} ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

describe('workflow image sources', () => {
  it('resolves ${{ matrix.x }} from the job matrix (list and include), in a container mapping and in part of an image', () => {
    const text = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      "        pg: ['15', '16']",
      '        os: [bookworm]',
      '        include:',
      '          - pg: "17"',
      '    container:',
      "      image: ${{ matrix.os == 'x' && 'a' || 'debian:bookworm' }}",
      '    services:',
      '      db:',
      "        image: postgres:${{ matrix.pg }}-${{ matrix['pg'] }}",
      '    steps: [{run: make}]',
      ''
    ].join('\n')
    expect(imagesOf(text)).toEqual([
      "12:14-64 job test: container unknown: the image is computed by ${{ matrix.os == 'x' && 'a' || 'debian:bookworm' }}, whose values chaingate does not resolve",
      '15:16-60 job test: service db (matrix.pg = 15) docker.io/library/postgres:15-15',
      '15:16-60 job test: service db (matrix.pg = 16) docker.io/library/postgres:16-16',
      '15:16-60 job test: service db (matrix.pg = 17) docker.io/library/postgres:17-17'
    ])
  })

  it('keeps a computed matrix, an input and a key the matrix does not list as unknown; an empty value is no container', () => {
    const text = [
      'on: {workflow_dispatch: {inputs: {image: {type: string}}}}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    strategy: {matrix: {image: "${{ fromJSON(vars.IMAGES) }}"}}',
      '    container: ${{ matrix.image }}',
      '    steps: [{run: make}]',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    container: ${{ inputs.image }}',
      '    services: {cache: {image: "${{ matrix.redis }}"}}',
      '    steps: [{uses: "docker://ghcr.io/acme/tool:1"}]',
      '  c:',
      '    runs-on: ubuntu-latest',
      "    strategy: {matrix: {box: ['', 'fedora:41']}}",
      '    container: ${{ matrix.box }}',
      '    steps: [{run: make}]',
      ''
    ].join('\n')
    expect(imagesOf(text)).toEqual([
      '6:16-34 job a: container unknown: the image is computed by ${{ matrix.image }}, whose values chaingate does not resolve',
      '10:16-34 job b: container unknown: the image is computed by ${{ inputs.image }}, whose values chaingate does not resolve',
      '11:32-50 job b: service cache unknown: the image is computed by ${{ matrix.redis }}, whose values chaingate does not resolve',
      '12:30-48 job b: step 1 (docker://) ghcr.io/acme/tool:1',
      '15:36-44 job c: container (matrix.box = fedora:41) docker.io/library/fedora:41'
    ])
  })
})
