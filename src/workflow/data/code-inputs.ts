/**
 * More action inputs whose value an action runs as code (template-injection sinks), beside the list in
 * the rule (`CODE_INPUTS` in src/rules/build/template-injection.ts). Keys are lower-case action names
 * (`owner/repo[/path]`). Sources: each action's `action.yml` and README (reviewed 2026-12):
 * - mikefarah/yq: `cmd` is run by the container's shell;
 * - tibdex/backport: `title_template`, `body_template` are lodash templates (`<%= %>` runs JavaScript);
 * - Amadevus/pwsh-script: `script` is PowerShell;
 * - github-script variants that evaluate a JavaScript input: cardinalby/js-eval-action (`expression`),
 *   amochkin/action-javascript (`js`), stacks-sbtc/actions/github-script (`script`);
 * - garygrossgarten/github-action-ssh: `command` runs on the remote host.
 */
export const MORE_CODE_INPUTS = new Map<string, { inputs: string[]; language: 'shell' | 'javascript' }>([
  ['mikefarah/yq', { inputs: ['cmd'], language: 'shell' }],
  ['tibdex/backport', { inputs: ['title_template', 'body_template'], language: 'javascript' }],
  ['amadevus/pwsh-script', { inputs: ['script'], language: 'shell' }],
  ['cardinalby/js-eval-action', { inputs: ['expression'], language: 'javascript' }],
  ['amochkin/action-javascript', { inputs: ['js'], language: 'javascript' }],
  ['stacks-sbtc/actions/github-script', { inputs: ['script'], language: 'javascript' }],
  ['garygrossgarten/github-action-ssh', { inputs: ['command'], language: 'shell' }]
])
