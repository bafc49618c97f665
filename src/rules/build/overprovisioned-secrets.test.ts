import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { overprovisionedSecrets, secretsExposure } from './overprovisioned-secrets.js'

describe('overprovisioned-secrets', () => {
  it('points at the exact expression, inside run blocks too', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      ALL: \${{ toJSON(secrets) }}
    steps:
      - run: |
          echo "deploying"
          ./deploy --token "\${{ secrets[format('{0}_TOKEN', matrix.env)] }}"
      - run: echo \${{ secrets['NPM_TOKEN'] }} > /dev/null
`
    const results = evaluate(overprovisionedSecrets, { [W]: text })
    expect(brief(results)).toEqual(['fail = 6:12-6:33', 'fail = 10:29-10:75'])
    expect(results[0]!.message).toBe('toJSON(secrets) serialises every secret: toJSON(secrets)')
  })

  it('passes named secrets (negative) and static indexes (allowed)', () => {
    expect(secretsExposure(' secrets.NPM_TOKEN ')).toBeUndefined()
    expect(secretsExposure(" secrets['NPM_TOKEN'] ")).toBeUndefined()
    expect(secretsExposure(' fromJSON(secrets.CONFIG).key ')).toBeUndefined()
    expect(secretsExposure(' secrets ')).toBe('the whole secrets context is passed')
    expect(secretsExposure(' tojson( secrets ) ')).toBe('toJSON(secrets) serialises every secret')
  })

  it('does not mistake names ending in "secrets" for the context', () => {
    const text = `on: issue_comment
jobs:
  config:
    runs-on: ubuntu-latest
    outputs:
      has-secrets: \${{ steps.check.outputs.has-secrets }}
    steps:
      - id: check
        run: echo "has-secrets=\${{ (secrets.A != '' && secrets.B != '') || '' }}" >> "$GITHUB_OUTPUT"
`
    expect(evaluate(overprovisionedSecrets, { [W]: text })).toEqual([])
    expect(secretsExposure(' needs.setup.outputs.secrets ')).toBeUndefined()
    expect(secretsExposure(" format('{0}', secrets) ")).toBe('the whole secrets context is passed')
  })
})
