#!/usr/bin/env node
/**
 * Deterministic generator of realistic GitHub Actions workflows for the workflow-audit benchmark.
 *
 *   node bench/corpus-gen.mjs [--count 1000] [--actions 100] [--seed 42] [--broken 0] [--out bench/corpus/w1000]
 *
 * Writes `<out>/.github/workflows/wf-NNNN.yml` (a repository layout, so `chaingate check <out>` audits
 * them) and `<out>/.github/actions/aNNN/action.yml` (composite, Docker and JavaScript actions). The same
 * seed always gives the same files. Variety: every trigger form (string, list, map with filters and
 * inputs), workflow_call/dispatch inputs, permissions forms, concurrency, defaults, matrices with
 * include/exclude, services and containers, environments, reusable-workflow calls, SHA/tag/branch pins
 * with version comments, docker:// steps, `|`, `|-`, `>` and pwsh scripts, `${{ }}` expressions in every
 * position, comments, flow mappings and varied quoting. With `--broken N`, N extra files are damaged on
 * purpose (syntax errors, wrong types, alias bombs, huge or binary files) for the robustness run.
 * `bench/corpus/` is git-ignored and not in the package.
 */
import fs from 'node:fs'
import path from 'node:path'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
)
const COUNT = Number(args.count ?? 1000)
const ACTIONS = Number(args.actions ?? Math.max(10, Math.round(COUNT / 10)))
const SEED = Number(args.seed ?? 42)
const BROKEN = Number(args.broken ?? 0)
const OUT = args.out ?? `bench/corpus/w${COUNT}`

// mulberry32
let state = SEED >>> 0
function random() {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = (min, max) => min + Math.floor(random() * (max - min + 1))
const pick = (list) => list[Math.floor(random() * list.length)]
const chance = (p) => random() < p
const sample = (list, n) => {
  const copy = [...list]
  const out = []
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0])
  return out
}
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('')
const q = (text) => pick([text, `'${text}'`, `"${text}"`])

const ACTION_POOL = [
  ['actions/checkout', ['v4', 'v4.2.2', 'v3']],
  ['actions/setup-node', ['v4', 'v4.1.0']],
  ['actions/setup-python', ['v5', 'v5.3.0']],
  ['actions/setup-go', ['v5']],
  ['actions/setup-java', ['v4']],
  ['actions/cache', ['v4', 'v3']],
  ['actions/upload-artifact', ['v4']],
  ['actions/download-artifact', ['v4']],
  ['actions/github-script', ['v7']],
  ['actions/configure-pages', ['v5']],
  ['actions/deploy-pages', ['v4']],
  ['docker/login-action', ['v3']],
  ['docker/setup-buildx-action', ['v3']],
  ['docker/setup-qemu-action', ['v3']],
  ['docker/metadata-action', ['v5']],
  ['docker/build-push-action', ['v6', 'v5']],
  ['github/codeql-action/init', ['v3']],
  ['github/codeql-action/analyze', ['v3']],
  ['github/codeql-action/upload-sarif', ['v3']],
  ['codecov/codecov-action', ['v4', 'v5']],
  ['softprops/action-gh-release', ['v2']],
  ['peter-evans/create-pull-request', ['v7']],
  ['tj-actions/changed-files', ['v45', 'v35']],
  ['aws-actions/configure-aws-credentials', ['v4']],
  ['google-github-actions/auth', ['v2']],
  ['azure/login', ['v2']],
  ['pypa/gh-action-pypi-publish', ['release/v1']],
  ['golangci/golangci-lint-action', ['v6']],
  ['dtolnay/rust-toolchain', ['stable', 'master']],
  ['Swatinem/rust-cache', ['v2']],
  ['pnpm/action-setup', ['v4']],
  ['ruby/setup-ruby', ['v1']],
  ['hashicorp/setup-terraform', ['v3']],
  ['slackapi/slack-github-action', ['v1.27.0']],
  ['actions/stale', ['v9']],
  ['actions/labeler', ['v5']],
  ['ossf/scorecard-action', ['v2.4.0']],
  ['sigstore/cosign-installer', ['v3']],
  ['actions/attest-build-provenance', ['v1']],
  ['JamesIves/github-pages-deploy-action', ['v4']]
]

const TRIGGERS = [
  () => 'on: push',
  () => 'on: [push, pull_request]',
  () =>
    `on:\n  push:\n    branches: [${q('main')}, 'release/**']\n    paths-ignore:\n      - 'docs/**'\n      - '**.md'\n  pull_request:\n    branches: [main]`,
  () => `on:\n  pull_request:\n    types: [opened, synchronize, reopened]\n    paths:\n      - 'src/**'\n      - package.json`,
  () => `on:\n  pull_request_target:\n    types: [${pick(['opened', 'labeled'])}, synchronize]`,
  () =>
    `on:\n  workflow_dispatch:\n    inputs:\n      environment:\n        description: Target environment\n        required: true\n        default: staging\n        type: choice\n        options: [staging, production]\n      dry-run:\n        type: boolean\n        default: true\n      version:\n        type: string`,
  () => `on:\n  schedule:\n    - cron: '${int(0, 59)} ${int(0, 23)} * * ${int(0, 6)}'\n  workflow_dispatch:`,
  () =>
    `on:\n  workflow_call:\n    inputs:\n      node-version:\n        type: string\n        default: '22'\n      upload:\n        type: boolean\n        required: false\n    secrets:\n      NPM_TOKEN:\n        required: false\n    outputs:\n      artifact:\n        description: The artifact name\n        value: \${{ jobs.build.outputs.artifact }}`,
  () => `on:\n  release:\n    types: [published]`,
  () => `on:\n  push:\n    tags: ['v*.*.*']`,
  () => `on:\n  issue_comment:\n    types: [created]`,
  () => `on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]`,
  () => `on:\n  merge_group:\n  pull_request:\n  push:\n    branches: [main]`,
  () => 'on:\n  issues:\n    types: [opened, edited]\n  discussion:'
]

const PERMISSIONS = [
  () => '',
  () => 'permissions: {}\n',
  () => 'permissions: read-all\n',
  () => 'permissions:\n  contents: read\n',
  () => 'permissions:\n  contents: read\n  pull-requests: write\n  checks: write\n',
  () => 'permissions: write-all\n',
  () => 'permissions:\n  id-token: write\n  contents: read\n  attestations: write\n'
]

const EXPRESSIONS = [
  '${{ github.event.pull_request.title }}',
  '${{ github.event.issue.body }}',
  '${{ github.head_ref }}',
  '${{ github.sha }}',
  '${{ github.ref_name }}',
  '${{ matrix.node }}',
  '${{ inputs.version }}',
  '${{ steps.meta.outputs.tags }}',
  '${{ needs.build.outputs.artifact }}',
  '${{ env.IMAGE }}',
  "${{ format('{0}-{1}', runner.os, hashFiles('**/package-lock.json')) }}",
  '${{ github.event.comment.body }}',
  "${{ github.event_name == 'push' && 'true' || 'false' }}",
  '${{ toJSON(github.event.commits) }}'
]

function uses(name, versions) {
  const ref = pick(versions)
  const style = random()
  if (style < 0.45) return `${name}@${hex(40)} # ${ref.startsWith('v') ? ref : 'v1'}`
  if (style < 0.9) return `${name}@${ref}`
  return `${name}@${pick(['main', 'master', ref])}`
}

const RUN_SNIPPETS = [
  () => 'npm ci',
  () => 'npm test -- --coverage',
  () => 'npm run build',
  () => 'make -j2 all',
  () => 'go test ./... -race -count=1',
  () => 'cargo test --all-features --locked',
  () => 'python -m pytest -q tests/',
  () => `echo "ref=${pick(EXPRESSIONS)}" >> "$GITHUB_OUTPUT"`,
  () => `echo "VERSION=${pick(EXPRESSIONS)}" >> $GITHUB_ENV`,
  () => `echo "Building ${pick(EXPRESSIONS)}"`,
  () => 'pip install --upgrade pip',
  () => `pip install ${pick(['tox', 'black==24.10.0', 'build', '-r requirements.txt'])}`,
  () => `npm install -g ${pick(['pnpm', 'pnpm@9.12.0', 'npm@11'])}`,
  () => `go install ${pick(['golang.org/x/tools/cmd/goimports@latest', 'golang.org/x/vuln/cmd/govulncheck@v1.1.3'])}`,
  () => 'curl -fsSL https://example.com/install.sh | bash',
  () => 'curl -fsSLo tool.tgz https://example.com/tool.tgz && echo "abc  tool.tgz" | sha256sum -c -',
  () => 'docker build -t "$IMAGE" .',
  () => 'git config user.name "github-actions[bot]"',
  () => 'git push origin HEAD',
  () => './scripts/ci.sh',
  () => 'if [ -f yarn.lock ]; then yarn install --frozen-lockfile; fi',
  () => `for f in dist/*; do\n  sha256sum "$f" >> SHA256SUMS\ndone`,
  () => `cat <<'EOF' > config.json\n{ "sha": "${'${{ github.sha }}'}", "debug": false }\nEOF`
]

function runBlock(indent) {
  const pad = ' '.repeat(indent)
  const lines = Array.from({ length: int(1, 6) }, () => pick(RUN_SNIPPETS)())
  const style = random()
  if (lines.length === 1 && style < 0.4) return `run: ${lines[0].includes('\n') || /[:#{]/.test(lines[0]) ? JSON.stringify(lines[0]) : lines[0]}`
  const header = pick(['|', '|', '|-', '>-'])
  const body = header.startsWith('>') ? lines.map((line) => line.replace(/\n/g, ' ')) : lines
  return `run: ${header}\n${body
    .flatMap((line) => line.split('\n'))
    .map((line) => `${pad}  ${line}`)
    .join('\n')}`
}

function step(indent, i) {
  const pad = ' '.repeat(indent)
  const lines = []
  const first = (text) => lines.push(`${pad}- ${text}`)
  const more = (text) => lines.push(`${pad}  ${text}`)
  const kind = random()
  if (kind < 0.45) {
    const [name, versions] = pick(ACTION_POOL)
    if (chance(0.3)) first(`name: ${pick(['Set up', 'Run', 'Cache', 'Upload'])} ${name.split('/')[1]}`)
    ;(lines.length ? more : first)(`uses: ${uses(name, versions)}`)
    if (chance(0.6)) {
      more('with:')
      const inputs = {
        'actions/checkout': [`fetch-depth: ${int(0, 2)}`, 'persist-credentials: false', `ref: ${pick(EXPRESSIONS)}`],
        'actions/setup-node': ['node-version: ${{ matrix.node }}', "cache: 'npm'"],
        'actions/cache': ['path: ~/.npm', "key: ${{ runner.os }}-node-${{ hashFiles('**/package-lock.json') }}"],
        'actions/upload-artifact': ['name: dist', pick(['path: dist/', 'path: .'])],
        'actions/github-script': [`script: |\n${pad}      const title = "${pick(EXPRESSIONS)}"\n${pad}      core.info(title)`]
      }[name] ?? [
        `token: \${{ secrets.${pick(['GITHUB_TOKEN', 'NPM_TOKEN', 'DEPLOY_KEY'])} }}`,
        `${pick(['args', 'config', 'version'])}: ${q(pick(['latest', '1.2.3', '--verbose']))}`
      ]
      for (const input of sample(inputs, int(1, inputs.length))) more(`  ${input}`)
    }
  } else if (kind < 0.5) {
    first(
      `uses: ${pick(['./.github/actions/setup', './.github/actions/a00' + int(0, 9), `docker://${pick(['alpine:3.20', 'node:22', `ghcr.io/acme/tool@sha256:${hex(64)}`])}`])}`
    )
  } else {
    if (chance(0.5)) first(`name: ${pick(['Build', 'Test', 'Lint', 'Package', 'Publish', 'Notify'])} ${i}`)
    if (chance(0.15)) (lines.length ? more : first)(`id: s${i}`)
    if (chance(0.1)) (lines.length ? more : first)(`shell: ${pick(['bash', 'pwsh', 'python'])}`)
    if (chance(0.15))
      (lines.length ? more : first)(`if: ${pick(["github.event_name == 'push'", '${{ !cancelled() }}', "startsWith(github.ref, 'refs/tags/')", 'success()'])}`)
    if (chance(0.2)) {
      ;(lines.length ? more : first)('env:')
      more(
        `  ${pick(['TITLE', 'REF', 'NODE_AUTH_TOKEN', 'GH_TOKEN'])}: ${pick(EXPRESSIONS.concat(['${{ secrets.NPM_TOKEN }}', '${{ secrets.GITHUB_TOKEN }}']))}`
      )
    }
    const block = runBlock(indent + 2)
    ;(lines.length ? more : first)(block.split('\n').join('\n'))
  }
  return lines.join('\n')
}

function job(id, index, callers) {
  const lines = [`  ${id}:`]
  if (chance(0.12)) {
    lines.push(
      `    uses: ${pick(['acme/workflows/.github/workflows/build.yml', 'acme/shared/.github/workflows/release.yml'])}@${pick(['v1', 'main', hex(40)])}`
    )
    if (chance(0.5)) lines.push('    with:', `      node-version: ${q('22')}`)
    lines.push(pick(['    secrets: inherit', '    secrets:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}', '    permissions:\n      contents: read']))
    return lines.join('\n')
  }
  if (chance(0.5)) lines.push(`    name: ${pick(['Build', 'Test', 'Release', 'Lint', 'Deploy'])} ${chance(0.3) ? '(${{ matrix.os }})' : ''}`.trimEnd())
  const matrix = chance(0.35)
  lines.push(
    `    runs-on: ${matrix ? '${{ matrix.os }}' : pick(['ubuntu-latest', 'ubuntu-24.04', 'windows-latest', 'macos-14', '[self-hosted, linux]', '\n      group: large-runners'])}`
  )
  if (index > 0 && chance(0.5)) {
    const earlier = sample(callers.slice(0, index), int(1, Math.min(2, index)))
    lines.push(`    needs: ${earlier.length === 1 && chance(0.5) ? earlier[0] : `[${earlier.join(', ')}]`}`)
  }
  if (chance(0.2))
    lines.push(
      `    if: ${pick(["github.repository == 'acme/app'", 'github.event.pull_request.head.repo.full_name == github.repository', "contains(github.event.pull_request.labels.*.name, 'safe to test')"])}`
    )
  if (chance(0.3))
    lines.push(pick(['    permissions:\n      contents: read', '    permissions:\n      contents: write\n      packages: write', '    permissions: {}']))
  if (chance(0.15)) lines.push(`    environment: ${pick(['production', 'release', '\n      name: pypi\n      url: https://pypi.org/p/acme'])}`)
  if (chance(0.1)) lines.push(`    timeout-minutes: ${int(5, 60)}`)
  if (matrix) {
    lines.push(
      '    strategy:',
      `      fail-fast: ${pick(['false', 'true'])}`,
      '      matrix:',
      `        os: [ubuntu-latest, windows-latest${chance(0.3) ? ', macos-latest' : ''}]`,
      `        node: [${sample(['18', '20', '22', '24'], int(1, 3)).join(', ')}]`
    )
    if (chance(0.5)) lines.push('        include:', '          - os: ubuntu-latest', '            experimental: true')
    if (chance(0.3)) lines.push('        exclude:', '          - os: windows-latest', "            node: '18'")
  }
  if (chance(0.1))
    lines.push(
      `    container: ${pick(['node:22', `node:22@sha256:${hex(64)}`, '\n      image: ghcr.io/acme/ci:1.2\n      credentials:\n        username: ${{ github.actor }}\n        password: ${{ secrets.GITHUB_TOKEN }}'])}`
    )
  if (chance(0.12))
    lines.push(
      '    services:',
      '      postgres:',
      `        image: postgres:${pick(['16', 'latest', `16@sha256:${hex(64)}`])}`,
      '        env:',
      '          POSTGRES_PASSWORD: postgres',
      '        ports: [5432:5432]'
    )
  if (chance(0.15)) lines.push('    outputs:', '      artifact: ${{ steps.s1.outputs.name }}')
  if (chance(0.2)) lines.push('    env:', `      IMAGE: ghcr.io/acme/${pick(['app', 'api', 'web'])}`, `      CI: ${pick(['true', "'1'"])}`)
  if (chance(0.2)) lines.push('    defaults:', '      run:', `        shell: ${pick(['bash', 'pwsh'])}`, '        working-directory: ./app')
  lines.push('    steps:')
  for (let i = 0; i < int(2, 12); i += 1) lines.push(step(6, i))
  return lines.join('\n')
}

function workflow(n) {
  const parts = []
  if (chance(0.4)) parts.push(`# Generated workflow ${n}: ${pick(['continuous integration', 'release pipeline', 'nightly checks', 'docs site'])}`)
  if (chance(0.9)) parts.push(`name: ${pick(['CI', 'Release', 'Nightly', 'Docs', 'Lint', 'CodeQL', 'Publish'])} ${n}`)
  if (chance(0.1)) parts.push('run-name: Deploy ${{ inputs.environment }} by @${{ github.actor }}')
  parts.push(pick(TRIGGERS)())
  const permissions = pick(PERMISSIONS)()
  if (permissions) parts.push(permissions.trimEnd())
  if (chance(0.3)) parts.push(`concurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: ${pick(['true', 'false'])}`)
  if (chance(0.3)) parts.push(`env:\n  NODE_VERSION: ${q('22')}\n  FORCE_COLOR: 1${chance(0.05) ? '\n  ACTIONS_STEP_DEBUG: true' : ''}`)
  if (chance(0.15)) parts.push('defaults:\n  run:\n    shell: bash')
  const ids = ['build', 'test', 'lint', 'package', 'publish', 'deploy', 'docs', 'e2e']
  const count = int(1, 6)
  const jobs = ['jobs:']
  for (let i = 0; i < count; i += 1) jobs.push(job(ids[i], i, ids))
  parts.push(jobs.join('\n'))
  return `${parts.join('\n')}\n`
}

function action(n) {
  const kind = pick(['composite', 'composite', 'composite', 'docker', 'node'])
  const head = `name: ${pick(['Setup', 'Build', 'Cache', 'Notify'])} ${n}\ndescription: Generated ${kind} action ${n}\ninputs:\n  token:\n    description: GitHub token\n    required: false\n    default: \${{ github.token }}\n  version:\n    description: Tool version\n    default: latest\noutputs:\n  path:\n    description: Where it was installed\n    value: \${{ steps.install.outputs.path }}\n`
  if (kind === 'docker')
    return `${head}runs:\n  using: docker\n  image: ${pick(['Dockerfile', 'docker://alpine:3.20', `docker://ghcr.io/acme/tool@sha256:${hex(64)}`])}\n  args:\n    - \${{ inputs.version }}\n`
  if (kind === 'node') return `${head}runs:\n  using: node20\n  main: dist/index.js\n  post: dist/cleanup.js\n`
  const steps = Array.from({ length: int(1, 6) }, (_, i) => step(4, i).replace(/^(\s*)- (run: .*)$/m, '$1- shell: bash\n$1  $2'))
  return `${head}runs:\n  using: composite\n  steps:\n${steps.map((text) => (text.includes('run:') && !text.includes('shell:') ? `${text}\n      shell: bash` : text)).join('\n')}\n`
}

const BROKEN_KINDS = [
  () => 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo unterminated\n',
  () => 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n    - run: one\n     - run: bad-indent\n',
  () => 'on: push\non: pull_request\njobs: {}\n',
  () => 'jobs: [1, 2, 3]\non: 42\n',
  () => 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: "not a list"\n    container: { image: [1, 2] }\n    services: 7\n',
  () =>
    'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  () => '\u0000\u0001\u0002binary\u00ff',
  () => '',
  () => '---\non: push\n---\njobs: {}\n',
  () => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${'      - run: echo x\n'.repeat(60000)}`,
  () => 'on: push\njobs:\n  a:\n    runs-on: ${{ \n    steps:\n      - uses: @@@\n      - uses:\n      - run: ${{ github.event.issue.title \n'
]

fs.rmSync(OUT, { recursive: true, force: true })
const workflows = path.join(OUT, '.github', 'workflows')
fs.mkdirSync(workflows, { recursive: true })
let bytes = 0
for (let n = 0; n < COUNT; n += 1) {
  const text = workflow(n)
  bytes += text.length
  fs.writeFileSync(path.join(workflows, `wf-${String(n).padStart(4, '0')}.${chance(0.2) ? 'yaml' : 'yml'}`), text)
}
for (let n = 0; n < ACTIONS; n += 1) {
  const dir = path.join(OUT, '.github', 'actions', n < 10 ? `a00${n}` : `a${String(n).padStart(3, '0')}`)
  fs.mkdirSync(dir, { recursive: true })
  const text = action(n)
  bytes += text.length
  fs.writeFileSync(path.join(dir, 'action.yml'), text)
}
fs.mkdirSync(path.join(OUT, '.github', 'actions', 'setup'), { recursive: true })
fs.writeFileSync(path.join(OUT, '.github', 'actions', 'setup', 'action.yml'), action(ACTIONS))
for (let n = 0; n < BROKEN; n += 1) {
  const text = BROKEN_KINDS[n % BROKEN_KINDS.length]()
  fs.writeFileSync(path.join(workflows, `broken-${String(n).padStart(4, '0')}.yml`), text)
}
fs.writeFileSync(path.join(OUT, 'corpus.json'), JSON.stringify({ count: COUNT, actions: ACTIONS + 1, broken: BROKEN, seed: SEED, bytes }, null, 2))
console.log(`wrote ${COUNT} workflows, ${ACTIONS + 1} actions${BROKEN ? `, ${BROKEN} broken files` : ''} (${(bytes / 1024).toFixed(0)} KiB) to ${OUT}`)
