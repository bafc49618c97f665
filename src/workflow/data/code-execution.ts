/** Actions that run code: inputs executed as code, and actions that run code from the checked-out tree. */
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
  { action: 'mathiasvr/command-output', inputs: ['run'], language: 'shell', note: 'runs `run:` in a shell and captures its output' }
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
