import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { unredactedSecrets } from './unredacted-secrets.js'

const WF = '.github/workflows/deploy.yml'
const run = (files: Record<string, string>) => ruleResults(unredactedSecrets, { files })

describe('unredacted-secrets', () => {
  it('flags fromJSON over a secret in values of workflows and actions, at the expression', () => {
    const text = `on: push
permissions: {}
env:
  REGION: \${{ fromJSON(secrets.CLOUD).region }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/deploy@v1
        with:
          user: \${{ fromJson(secrets['Deploy_Config']).user }}
      - run: echo "\${{ join(fromJSON(secrets.HOSTS), ',') }}"
`
    const results = run({
      [WF]: text,
      '.github/actions/login/action.yml':
        'runs:\n  using: composite\n  steps:\n    - run: login\n      shell: bash\n      env:\n        PW: ${{ fromJSON(secrets.CREDS).password }}\n'
    })
    expect(spans(results)).toEqual([
      `fail = ${WF}:4:11-4:47`,
      `fail = ${WF}:11:17-11:62`,
      `fail = ${WF}:12:20-12:60`,
      'fail = .github/actions/login/action.yml:7:13-7:51'
    ])
    expect(results[0]!.message).toBe(
      '`${{ fromJSON(secrets.CLOUD).region }}` parses secret CLOUD as JSON: the runner masks only the whole secret, so the part taken out of it is printed unredacted in logs'
    )
    expect(results[1]!.message).toMatch(/parses secret Deploy_Config as JSON/)
  })

  it('passes secrets used whole, conditions and JSON that is not a secret (negative and mitigated)', () => {
    const text = `on: push
jobs:
  deploy:
    if: \${{ fromJSON(secrets.ENABLED) }}
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(vars.MATRIX) }}
    steps:
      - if: fromJSON(secrets.VERBOSE) == true
        run: ./deploy.sh
        env:
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
          ALL: \${{ toJSON(secrets.X) }}
          GH: \${{ fromJSON(secrets.GITHUB_TOKEN) }}
`
    expect(run({ [WF]: text })).toEqual([])
  })
})
