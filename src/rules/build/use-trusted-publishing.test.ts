import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { publishCommands } from '../../workflow/analysis/index.js'
import { useTrustedPublishing } from './use-trusted-publishing.js'

const W = '.github/workflows/release.yml'
const run = (text: string) => ruleResults(useTrustedPublishing, { files: { [W]: text } })

describe('use-trusted-publishing', () => {
  it('flags long-lived registry tokens and cloud keys at the key that carries them', () => {
    const text = `on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1
`
    const results = run(text)
    expect(spans(results)).toEqual([`fail = ${W}:11:11-11:25`, `fail = ${W}:17:11-17:18`, `fail = ${W}:24:11-24:31`])
    expect(results[0]!.message).toMatch(
      /^job npm publishes to npm \(`npm publish`\) with a long-lived token \(NODE_AUTH_TOKEN = secrets\.NPM_TOKEN\); use npm trusted publishing/
    )
  })

  it('reads publishing commands through wrappers and joined continuation lines', () => {
    const tools = (script: string) => publishCommands(script).map((c) => `${c.registry}:${c.tool}`)
    expect(tools('python -m twine upload dist/*')).toEqual(['PyPI:twine upload'])
    expect(tools('python3.12 -m twine upload --skip-existing dist/*')).toEqual(['PyPI:twine upload'])
    expect(tools('pipx run twine==6.1.0 upload dist/*')).toEqual(['PyPI:twine upload'])
    expect(tools('uvx twine upload dist/*; uv publish')).toEqual(['PyPI:twine upload', 'PyPI:uv publish'])
    expect(tools('bundle exec gem push pkg/x-1.0.gem')).toEqual(['RubyGems:gem push'])
    expect(tools('bundle exec rake release')).toEqual(['RubyGems:rake release'])
    expect(tools('cargo +stable publish --locked')).toEqual(['crates.io:cargo publish'])
    expect(tools('dotnet nuget push out/*.nupkg --source https://api.nuget.org/v3/index.json')).toEqual(['NuGet:dotnet nuget push'])
    expect(tools('nuget push x.nupkg')).toEqual(['NuGet:nuget push'])
    expect(tools('bun publish --access public')).toEqual(['npm:bun publish'])
    expect(tools('bunx npm@11 publish')).toEqual(['npm:npm publish'])
    expect(tools('npx -y npm@latest publish --provenance')).toEqual(['npm:npm publish'])
    expect(tools('cargo \\\n  publish \\\n  -p foo')).toEqual(['crates.io:cargo publish'])
    expect(tools('twine \\\n  upload dist/*')).toEqual(['PyPI:twine upload'])
    // dry runs, other registries, and words that only look like publishing
    expect(tools('npm publish --dry-run')).toEqual([])
    expect(tools('cargo publish -n')).toEqual([])
    expect(tools('cargo publish --dry-run --registry crates-io')).toEqual([])
    expect(tools('npm publish --registry=https://npm.pkg.github.com')).toEqual([])
    expect(tools('twine upload --repository-url https://pkgs.example.com/simple dist/*')).toEqual([])
    expect(tools('twine upload -r testpypi dist/*')).toEqual(['PyPI:twine upload'])
    expect(tools('gem push --host https://rubygems.pkg.github.com/acme x.gem')).toEqual([])
    expect(tools('dotnet nuget push x.nupkg -s github')).toEqual([])
    expect(tools('cargo publish --registry my-registry')).toEqual([])
    expect(tools('echo "npm publish"; twine check dist/*; python -m build')).toEqual([])
    expect(tools('maturin upload --skip-existing dist/*')).toEqual(['PyPI:maturin upload'])
    expect(tools('uv publish --trusted-publishing always')).toEqual([])
  })

  it('flags a publishing command in a job without id-token: write even when no token is visible', () => {
    const text = `on:
  push:
    tags: ['v*']
permissions:
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - run: |
          python -m build
          python -m twine upload \\
            dist/*
  gems:
    runs-on: ubuntu-latest
    steps:
      - run: bundle exec gem push pkg/*.gem
  crates:
    runs-on: ubuntu-latest
    steps:
      - run: cargo +1.85 publish --token \${{ secrets.CRATES_TOKEN }}
  nuget:
    runs-on: ubuntu-latest
    steps:
      - run: dotnet nuget push out/*.nupkg -k $NUGET_KEY -s https://api.nuget.org/v3/index.json
        env:
          NUGET_KEY: \${{ secrets.NUGET }}
  dry:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish --dry-run
`
    const results = run(text)
    expect(spans(results)).toEqual([`fail = ${W}:12:11-13:18`, `fail = ${W}:17:14-17:43`, `fail = ${W}:21:14-21:68`, `fail = ${W}:27:11-27:19`])
    expect(results[0]!.message).toBe(
      'job pypi publishes to PyPI (`twine upload`) without `id-token: write`, so with a stored credential (a token file or a variable set elsewhere); use PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish, `uv publish` or `twine upload` without a password)'
    )
    expect(results[2]!.message).toMatch(/with a long-lived token \(secrets\.CRATES_TOKEN\) on the command line/)
    expect(results[3]!.message).toMatch(/^job nuget publishes to NuGet \(`dotnet nuget push`\) with a long-lived token \(NUGET_KEY = secrets\.NUGET\)/)
  })

  it('flags the RubyGems publishing actions when they are given a stored credential', () => {
    const text = `on: release
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: rubygems/release-gem@v1
        with:
          setup-trusted-publisher: false
        env:
          GEM_HOST_API_KEY: \${{ secrets.RUBYGEMS_KEY }}
      - uses: rubygems/configure-rubygems-credentials@v1.0.0
        with:
          api-token: \${{ secrets.RUBYGEMS_KEY }}
      - uses: PyO3/maturin-action@v1
        with:
          command: upload
        env:
          MATURIN_PYPI_TOKEN: \${{ secrets.PYPI }}
      - uses: PyO3/maturin-action@v1
        with:
          command: build
        env:
          MATURIN_PYPI_TOKEN: \${{ secrets.PYPI }}
`
    expect(spans(run(text))).toEqual([`fail = ${W}:10:11-10:33`, `fail = ${W}:12:11-12:26`, `fail = ${W}:15:11-15:19`, `fail = ${W}:20:11-20:28`])
  })

  it('passes OIDC publishing, dry runs and registries without trusted publishing (negative and mitigated)', () => {
    const text = `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
      - run: uv publish
  npm:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - run: npm publish
  gems:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: rubygems/release-gem@v1
      - uses: rubygems/configure-rubygems-credentials@v1.0.0
        with:
          role-to-assume: rg_oidc_akr_abc
      - run: bundle exec rake release
  github-packages:
    runs-on: ubuntu-latest
    permissions:
      packages: write
    steps:
      - uses: actions/setup-node@v4
        with:
          registry-url: https://npm.pkg.github.com
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
      - run: dotnet nuget push x.nupkg --source https://nuget.pkg.github.com/acme/index.json --api-key \${{ secrets.GITHUB_TOKEN }}
  checks:
    runs-on: ubuntu-latest
    steps:
      - run: |
          npm publish --dry-run
          cargo publish --dry-run
          twine check dist/*
  aws:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`
    expect(run(text)).toEqual([])
  })

  it('leaves publishing actions pointed at another index (negative); TestPyPI has trusted publishing (positive)', () => {
    const text = (url: string) => `on: release
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          repository-url: ${url}
          password: \${{ secrets.INDEX_TOKEN }}
`
    expect(run(text('https://pkgs.example.com/simple/'))).toEqual([])
    expect(spans(run(text('https://test.pypi.org/legacy/')))).toEqual([`fail = ${W}:9:11-9:18`])
  })

  it('leaves a reusable workflow whose caller decides the permissions (unknown here), but not one that sets them', () => {
    const text = (permissions: string) => `on:
  workflow_call:
${permissions}jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: cargo publish
`
    expect(run(text(''))).toEqual([])
    expect(spans(run(text('permissions:\n  contents: read\n')))).toEqual([`fail = ${W}:9:14-9:26`])
  })
})
