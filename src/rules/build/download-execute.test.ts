import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
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
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -sSL \\\n            https://install.python-poetry.org | python3 -\n'
    expect(brief(evaluate(downloadExecute, { [W]: text }))).toEqual(['fail medium 7:11-8:55'])
    expect(unpinnedInstall('gem install bundler')).toEqual({ tool: 'gem install', packages: ['bundler'] })
    expect(unpinnedInstall('gem install bundler -v 2.5.0')).toBeUndefined()
    expect(unpinnedInstall('cargo install cargo-deny --locked')).toEqual({ tool: 'cargo install', packages: ['cargo-deny'] })
    expect(unpinnedInstall('cargo install cargo-deny@0.16.1')).toBeUndefined()
    expect(unpinnedInstall('npx prettier --check .')).toEqual({ tool: 'npx', packages: ['prettier'] })
    expect(unpinnedInstall('python -m pip install build')).toEqual({ tool: 'pip install', packages: ['build'] })
  })

  it('passes scripts fetched from GitHub at a fixed commit', () => {
    const text = `on: workflow_dispatch
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: curl -fsSL https://github.com/\${GITHUB_REPOSITORY}/raw/\${GITHUB_SHA}/tools/release.sh | sh -s -- 1.2
      - run: curl -sL https://raw.githubusercontent.com/acme/tools/0123456789abcdef0123456789abcdef01234567/setup.sh | bash
      - run: curl -sL https://raw.githubusercontent.com/acme/tools/main/setup.sh | bash
`
    expect(brief(evaluate(downloadExecute, { [W]: text }))).toEqual(['fail medium 8:14-8:87'])
  })

  it('names pipx and counts only the app of pipx run', () => {
    expect(unpinnedInstall('pipx run build')).toEqual({ tool: 'pipx run', packages: ['build'] })
    expect(unpinnedInstall('pipx run twine upload dist/*')).toEqual({ tool: 'pipx run', packages: ['twine'] })
    expect(unpinnedInstall('pipx run --spec twine==5.1.1 twine upload dist/*')).toBeUndefined()
    expect(unpinnedInstall('pipx install nox')).toEqual({ tool: 'pipx install', packages: ['nox'] })
    expect(unpinnedInstall('uvx ruff check')).toEqual({ tool: 'uvx', packages: ['ruff'] })
    expect(unpinnedInstall('uvx ruff@0.6.9 check')).toBeUndefined()
    expect(unpinnedInstall('uvx --from "ruff==0.6.9" ruff check')).toBeUndefined()
    expect(unpinnedInstall('uv tool install pre-commit')).toEqual({ tool: 'uv tool install', packages: ['pre-commit'] })
  })

  it('accepts npm packages pinned by commit, tarball URL or path (Scorecard #4589)', () => {
    expect(unpinnedInstall('npm install -g github:acme/tool#0123456789abcdef0123456789abcdef01234567')).toBeUndefined()
    expect(unpinnedInstall('npm i -g https://registry.example.com/tool-1.2.3.tgz')).toBeUndefined()
    expect(unpinnedInstall('npm i -g github:acme/tool')).toEqual({ tool: 'npm global install', packages: ['github:acme/tool'] })
    expect(unpinnedInstall('npx github:acme/tool#0123456789abcdef0123456789abcdef01234567')).toBeUndefined()
  })
})

describe('download-execute: local npm installs and the gem i alias', () => {
  it('flags a package named without an exact version, global or local', () => {
    expect(unpinnedInstall('npm install typescript')).toEqual({ tool: 'npm install', packages: ['typescript'] })
    expect(unpinnedInstall('npm i --save-dev @types/node@^22 eslint@9')).toEqual({ tool: 'npm i', packages: ['@types/node@^22', 'eslint@9'] })
    expect(unpinnedInstall('npm i -g npm@latest')).toEqual({ tool: 'npm global install', packages: ['npm@latest'] })
    expect(unpinnedInstall('pnpm add -D vitest')).toEqual({ tool: 'pnpm add', packages: ['vitest'] })
    expect(unpinnedInstall('yarn add left-pad')).toEqual({ tool: 'yarn add', packages: ['left-pad'] })
    expect(unpinnedInstall('bun add zod')).toEqual({ tool: 'bun add', packages: ['zod'] })
    expect(unpinnedInstall('gem i bundler')).toEqual({ tool: 'gem install', packages: ['bundler'] })
  })

  it('passes exact versions, lockfile installs and local paths (negative and mitigated)', () => {
    expect(unpinnedInstall('npm install')).toBeUndefined()
    expect(unpinnedInstall('npm ci')).toBeUndefined()
    expect(unpinnedInstall('npm install --no-audit --omit dev')).toBeUndefined()
    expect(unpinnedInstall('pnpm install --frozen-lockfile')).toBeUndefined()
    expect(unpinnedInstall('npm install typescript@5.7.2 @types/node@22.10.1')).toBeUndefined()
    expect(unpinnedInstall('npm i -g npm@11.5.1')).toBeUndefined()
    expect(unpinnedInstall('npm install ./packages/cli')).toBeUndefined()
    expect(unpinnedInstall('gem i bundler -v 2.5.0')).toBeUndefined()
    expect(unpinnedInstall('npm install --loglevel verbose "$TARBALL"')).toBeUndefined()
    expect(unpinnedInstall('pnpm add playwright@$PLAYWRIGHT_VERSION')).toBeUndefined()
    expect(unpinnedInstall('npm install deno@${{ steps.publish.outputs.version }}')).toBeUndefined()
    expect(unpinnedInstall('npm i -g markdown-link-check@v3.12.2')).toBeUndefined()
  })

  it('points at the command in the workflow', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          npm ci
          npm install --no-save semantic-release
          gem i rake -v 13.2.1
          gem i rubocop
`
    const results = ruleResults(downloadExecute, { files: { [W]: text } })
    expect(spans(results)).toEqual([`fail low ${W}:8:11-8:48`, `fail low ${W}:10:11-10:23`])
    expect(results[0]!.message).toBe('job a, step 1: npm install of semantic-release without a pinned version: each run may install something different')
  })
})
