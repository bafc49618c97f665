/**
 * A GitHub App token minted without narrowing its permissions: it carries everything the App's installation
 * may do (often `contents: write`, `pull-requests: write`, workflows...), on every repository the App is
 * installed on, whatever the job needs. The actions and their narrowing inputs: src/workflow/data/app-token-actions.ts.
 */
import { nodeLocation, stepDoc } from '../../workflow/index.js'
import { defineWorkflowRule, stepOwner } from '../../workflow/kit.js'
import { APP_TOKEN_ACTIONS } from '../../workflow/data/app-token-actions.js'

const BY_NAME = new Map(APP_TOKEN_ACTIONS.map((action) => [action.name, action]))

export const githubAppTokenScope = defineWorkflowRule({
  meta: {
    id: 'github-app-token-scope',
    area: 'build',
    severity: 'medium',
    title: "GitHub App token minted with all of the installation's permissions",
    rationale:
      'An installation token minted without a list of permissions gets every permission the GitHub App was installed with, usually far more than the step that uses it needs (writing code, workflows, other repositories of the installation). Anything that reads the token in that job (a compromised action, an injected script) can use all of it.',
    remediation:
      'Name the permissions the job needs (`permission-contents: write` for actions/create-github-app-token; `permissions:` for the others), and the repositories (`repositories:`) when the App is installed on more than this one.',
    references: [
      'zizmor: github-app',
      'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  step(step) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote' || !uses.owner || !uses.repo || uses.path) return null
    const action = BY_NAME.get(`${uses.owner}/${uses.repo}`.toLowerCase())
    if (!action) return null
    const narrowed = [...step.with.keys()].some((name) =>
      action.permissionInputs.some((input) =>
        input.endsWith('-') ? name.toLowerCase().startsWith(input) && name.length > input.length : name.toLowerCase() === input
      )
    )
    if (narrowed) return null
    const doc = stepDoc(step)
    const how =
      action.permissionInputs.length === 0
        ? `${action.name} has no input to narrow the token: use actions/create-github-app-token with permission-* inputs`
        : action.permissionInputs[0]!.endsWith('-')
          ? `no ${action.permissionInputs[0]}* input`
          : `no ${action.permissionInputs.join(' or ')} input`
    return {
      status: 'fail',
      message: `${stepOwner(step)}, step ${step.index + 1}: ${uses.raw.split('@')[0]} mints a GitHub App token with every permission of the App's installation (${how})`,
      location: nodeLocation(doc, uses.node),
      fix:
        action.permissionInputs[0] === 'permission-'
          ? 'with:\n  permission-contents: read   # one permission-<name> per permission the job needs'
          : 'with:\n  permissions: \'{"contents": "read"}\'   # only what the job needs'
    }
  }
})
