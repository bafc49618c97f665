import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { downloadExecute, unpinnedInstall } from './download-execute.js'

describe('download-execute', () => {
  it('points at curl | sh and unpinned installs inside multi-line scripts', () => {
    const text = `on: push
jobs:
  setup:
    runs-on: ubuntu-latest
    steps:
      - run: |
          set -eu
          curl -fsSL https://get.example.com/install.sh | sudo bash
          pip install --upgrade pip
          pip install black ruff==0.6.9
          npm install -g @acme/cli
          go install golang.org/x/tools/cmd/goimports@latest
      - run: bash <(wget -qO- https://example.com/setup.sh)
      - shell: pwsh
        run: iwr https://example.com/install.ps1 | iex
`
    const results = evaluate(downloadExecute, { [W]: text })
    expect(brief(results)).toEqual([
      'fail medium 8:11-8:67',
      'fail low 10:11-10:39',
      'fail low 11:11-11:34',
      'fail low 12:11-12:60',
      'fail medium 13:14-13:24',
      'fail medium 15:14-15:54'
    ])
    expect(results[1]!.message).toBe('job setup, step 1: pip install of black without a pinned version: each run may install something different')
  })

  it('passes pinned installs, requirement files and verified downloads', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          pip install -r requirements.txt
          pip install tox==4.23.2 .
          npm i -g pnpm@9.12.0
          go install golang.org/x/vuln/cmd/govulncheck@v1.1.3
          curl -fsSLo tool.tgz https://example.com/tool.tgz
          echo "$SHA  tool.tgz" | sha256sum -c -
          npm ci
`
    expect(evaluate(downloadExecute, { [W]: text })).toEqual([])
  })

  it('joins continued lines and knows each installer', () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -sSL \\\n            https://install.python-poetry.org | python3 -\n'
    expect(brief(evaluate(downloadExecute, { [W]: text }))).toEqual(['fail medium 7:11-8:55'])
    expect(unpinnedInstall('gem install bundler')).toEqual({ tool: 'gem install', packages: ['bundler'] })
    expect(unpinnedInstall('gem install bundler -v 2.5.0')).toBeUndefined()
    expect(unpinnedInstall('cargo install cargo-deny --locked')).toEqual({ tool: 'cargo install', packages: ['cargo-deny'] })
    expect(unpinnedInstall('cargo install cargo-deny@0.16.1')).toBeUndefined()
    expect(unpinnedInstall('npx prettier --check .')).toEqual({ tool: 'npx', packages: ['prettier'] })
    expect(unpinnedInstall('python -m pip install build')).toEqual({ tool: 'pip install', packages: ['build'] })
  })
})
