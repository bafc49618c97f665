/** What runs code: action inputs executed as code, actions and build tools that run code from the checked-out tree. */
import type { KnownAction } from './known.js'

export interface CodeInputAction extends KnownAction {
  /** Inputs (lower case) whose value the action executes. */
  inputs: string[]
  language: 'shell' | 'javascript'
}

/** Action inputs executed as code: template-injection sinks, like `run:`. */
export const CODE_INPUT_ACTIONS: readonly CodeInputAction[] = [
  { action: 'actions/github-script', inputs: ['script'], language: 'javascript', note: 'runs `script:` as JavaScript with an authenticated client' },
  { action: 'azure/cli', inputs: ['inlinescript'], language: 'shell', note: 'runs `inlineScript:` in the Azure CLI container' },
  { action: 'azure/powershell', inputs: ['inlinescript'], language: 'shell', note: 'runs `inlineScript:` in Azure PowerShell' },
  { action: 'appleboy/ssh-action', inputs: ['script'], language: 'shell', note: 'runs `script:` on a remote host over SSH' },
  { action: 'nick-fields/retry', inputs: ['command'], language: 'shell', note: 'runs `command:` in a shell, with retries' },
  { action: 'nick-invision/retry', inputs: ['command'], language: 'shell', note: 'old name of nick-fields/retry' },
  { action: 'wandalen/wretry.action', inputs: ['command'], language: 'shell', note: 'runs `command:` with retries' },
  { action: 'addnab/docker-run-action', inputs: ['run'], language: 'shell', note: 'runs `run:` inside a container' },
  { action: 'jannekem/run-python-script-action', inputs: ['script'], language: 'shell', note: 'runs `script:` as Python' },
  { action: 'cypress-io/github-action', inputs: ['build', 'start', 'command'], language: 'shell', note: 'runs `build:`, `start:` and `command:` in a shell' },
  { action: 'mathiasvr/command-output', inputs: ['run'], language: 'shell', note: 'runs `run:` in a shell and captures its output' },
  { action: 'mikefarah/yq', inputs: ['cmd'], language: 'shell', note: "runs `cmd:` with the container's shell" },
  {
    action: 'tibdex/backport',
    inputs: ['title_template', 'body_template'],
    language: 'javascript',
    note: '`title_template:` / `body_template:` are lodash templates (`<%= %>` runs JavaScript)'
  },
  { action: 'amadevus/pwsh-script', inputs: ['script'], language: 'shell', note: 'runs `script:` as PowerShell' },
  {
    action: 'cardinalby/js-eval-action',
    inputs: ['expression'],
    language: 'javascript',
    note: 'evaluates `expression:` as JavaScript (a github-script variant)'
  },
  { action: 'amochkin/action-javascript', inputs: ['js'], language: 'javascript', note: 'runs `js:` as JavaScript (a github-script variant)' },
  {
    action: 'stacks-sbtc/actions/github-script',
    inputs: ['script'],
    language: 'javascript',
    note: 'runs `script:` as JavaScript (a github-script variant)',
    source: 'https://github.com/stacks-sbtc/actions'
  },
  { action: 'garygrossgarten/github-action-ssh', inputs: ['command'], language: 'shell', note: 'runs `command:` on a remote host over SSH' }
]

/** Actions that run code from the workspace (`executionsAfter`; `note` is what they run, shown in findings). */
export const EXECUTING_ACTIONS: readonly KnownAction[] = [
  { action: 'pre-commit/action', note: 'pre-commit hooks from the tree' },
  { action: 'docker/build-push-action', note: 'the Dockerfile from the tree' },
  { action: 'goreleaser/goreleaser-action', note: 'the goreleaser build' },
  { action: 'cypress-io/github-action', note: 'npm install and the test scripts' },
  { action: 'bahmutov/npm-install', note: 'npm install' },
  { action: 'borales/actions-yarn', note: 'yarn scripts' },
  { action: 'github/codeql-action/autobuild', note: 'the project build' },
  { action: 'changesets/action', note: 'package scripts' },
  { action: 'php-actions/composer', note: 'composer scripts' },
  { action: 'gradle/gradle-build-action', note: 'the Gradle build' },
  { action: 'coactions/setup-xvfb', note: 'a command from the tree' },
  { action: 'nick-fields/retry', note: 'a command' },
  { action: 'nick-invision/retry', note: 'a command' },
  { action: 'wandalen/wretry.action', note: 'a command' },
  { action: 'actions/github-script', note: 'a script (with require() of files from the tree)' }
]

export interface InstallingSetupAction extends KnownAction {
  /** The input that makes it install the tree's dependencies, and the values that do. */
  input: string
  when: RegExp
}

/** Setup actions that install the tree's dependencies (running their build scripts) when asked to (`executionsAfter`). */
export const INSTALLING_SETUP_ACTIONS: readonly InstallingSetupAction[] = [
  { action: 'ruby/setup-ruby', input: 'bundler-cache', when: /^true$/, note: 'runs bundle install with `bundler-cache: true`' },
  { action: 'pnpm/action-setup', input: 'run_install', when: /^(true|- |\[)/, note: 'runs pnpm install with `run_install:`' },
  { action: 'actions/setup-python', input: 'pip-install', when: /^[\s\S]/, note: 'runs pip install with `pip-install:`' }
]

/** A command-line tool that runs code of the project it is run in. */
export interface BuildTool {
  tool: string
  /** What of the project it runs. */
  note: string
  /** The tool's documentation. */
  source: string
}

/** Build tools, test runners and interpreters that always run code from the tree (`codeExecutions` in shell.ts). */
export const BUILD_TOOLS: readonly BuildTool[] = [
  { tool: 'make', note: 'reads the Makefile', source: 'https://www.gnu.org/software/make/manual/make.html' },
  { tool: 'gmake', note: 'GNU make', source: 'https://www.gnu.org/software/make/manual/make.html' },
  { tool: 'cmake', note: 'runs CMakeLists.txt', source: 'https://cmake.org/cmake/help/latest/' },
  { tool: 'ninja', note: 'runs the build file', source: 'https://ninja-build.org/manual.html' },
  { tool: 'meson', note: 'runs meson.build', source: 'https://mesonbuild.com/' },
  { tool: 'bazel', note: 'runs BUILD rules', source: 'https://bazel.build/' },
  { tool: 'bazelisk', note: 'runs Bazel', source: 'https://github.com/bazelbuild/bazelisk' },
  { tool: 'gradle', note: 'runs the build scripts', source: 'https://docs.gradle.org/current/userguide/userguide.html' },
  { tool: 'mvn', note: 'runs the POM plugins', source: 'https://maven.apache.org/' },
  { tool: 'ant', note: 'runs build.xml', source: 'https://ant.apache.org/manual/' },
  { tool: 'sbt', note: 'runs build.sbt', source: 'https://www.scala-sbt.org/' },
  { tool: 'rake', note: 'runs the Rakefile', source: 'https://ruby.github.io/rake/' },
  { tool: 'tox', note: 'runs tox.ini and installs the package', source: 'https://tox.wiki/' },
  { tool: 'nox', note: 'runs noxfile.py', source: 'https://nox.thea.codes/' },
  { tool: 'pytest', note: 'imports the tests and conftest.py', source: 'https://docs.pytest.org/' },
  { tool: 'jest', note: 'runs the tests and its config', source: 'https://jestjs.io/' },
  { tool: 'vitest', note: 'runs the tests and its config', source: 'https://vitest.dev/' },
  { tool: 'mocha', note: 'runs the tests', source: 'https://mochajs.org/' },
  { tool: 'webpack', note: 'runs webpack.config.js', source: 'https://webpack.js.org/' },
  { tool: 'vite', note: 'runs vite.config.*', source: 'https://vite.dev/' },
  { tool: 'rollup', note: 'runs rollup.config.*', source: 'https://rollupjs.org/' },
  { tool: 'tsx', note: 'runs a TypeScript file', source: 'https://tsx.is/' },
  { tool: 'ts-node', note: 'runs a TypeScript file', source: 'https://typestrong.org/ts-node/' },
  { tool: 'deno', note: 'runs a script', source: 'https://docs.deno.com/runtime/' },
  { tool: 'node', note: 'runs a script', source: 'https://nodejs.org/api/cli.html' },
  { tool: 'ruby', note: 'runs a script', source: 'https://www.ruby-lang.org/en/documentation/' },
  { tool: 'perl', note: 'runs a script', source: 'https://perldoc.perl.org/perlrun' },
  { tool: 'php', note: 'runs a script', source: 'https://www.php.net/manual/en/features.commandline.php' },
  { tool: 'composer', note: 'runs composer.json scripts', source: 'https://getcomposer.org/doc/articles/scripts.md' },
  { tool: 'msbuild', note: 'runs the project files', source: 'https://learn.microsoft.com/en-us/visualstudio/msbuild/msbuild' },
  { tool: 'pre-commit', note: 'runs the configured hooks', source: 'https://pre-commit.com/' },
  { tool: 'eslint', note: 'loads its config and plugins', source: 'https://eslint.org/docs/latest/use/configure/' },
  { tool: 'prettier', note: 'loads its config and plugins', source: 'https://prettier.io/docs/configuration' },
  { tool: 'jake', note: 'runs the Jakefile', source: 'https://jakejs.com/' },
  { tool: 'gulp', note: 'runs the gulpfile', source: 'https://gulpjs.com/' },
  { tool: 'grunt', note: 'runs the Gruntfile', source: 'https://gruntjs.com/' },
  { tool: 'lerna', note: 'runs package scripts', source: 'https://lerna.js.org/' },
  { tool: 'nx', note: 'runs project targets', source: 'https://nx.dev/' },
  { tool: 'turbo', note: 'runs package scripts', source: 'https://turborepo.com/' },
  { tool: 'poetry', note: 'installs the project and runs its build', source: 'https://python-poetry.org/docs/cli/' },
  { tool: 'hatch', note: 'runs environments and build hooks', source: 'https://hatch.pypa.io/' },
  { tool: 'pdm', note: 'runs scripts and builds', source: 'https://pdm-project.org/' },
  { tool: 'uv', note: 'runs and builds the project', source: 'https://docs.astral.sh/uv/' },
  { tool: 'pipenv', note: 'installs and runs scripts', source: 'https://pipenv.pypa.io/' },
  { tool: 'just', note: 'runs the justfile', source: 'https://just.systems/man/en/' },
  { tool: 'task', note: 'runs Taskfile.yml', source: 'https://taskfile.dev/' },
  { tool: 'invoke', note: 'runs tasks.py', source: 'https://www.pyinvoke.org/' },
  { tool: 'scons', note: 'runs SConstruct', source: 'https://scons.org/' },
  { tool: 'xcodebuild', note: 'runs the project build phases', source: 'https://developer.apple.com/documentation/xcode' },
  { tool: 'swift', note: 'builds and runs the package (Package.swift)', source: 'https://www.swift.org/documentation/package-manager/' },
  { tool: 'mix', note: 'runs mix.exs', source: 'https://hexdocs.pm/mix/Mix.html' },
  { tool: 'rebar3', note: 'runs rebar.config', source: 'https://rebar3.org/' },
  { tool: 'stack', note: 'builds the Haskell project', source: 'https://docs.haskellstack.org/' },
  { tool: 'cabal', note: 'builds the Haskell project (Setup.hs)', source: 'https://cabal.readthedocs.io/' },
  { tool: 'dune', note: 'builds the OCaml project', source: 'https://dune.build/' },
  { tool: 'zig', note: 'runs build.zig', source: 'https://ziglang.org/documentation/master/' }
]
