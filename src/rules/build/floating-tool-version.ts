/**
 * A setup action told to install whatever is newest (`node-version: latest`, `go-version: stable`, or an
 * input left out where the action then installs the newest release): each run may build with a different
 * tool. Actions and values: src/workflow/data/setup-tool-versions.ts.
 */
import { nodeLocation, stepDoc } from '../../workflow/index.js'
import { defineWorkflowRule, stepOwner } from '../../workflow/kit.js'
import { SETUP_TOOL_ACTIONS } from '../../workflow/data/setup-tool-versions.js'

const BY_NAME = new Map(SETUP_TOOL_ACTIONS.map((action) => [action.name, action]))

export const floatingToolVersion = defineWorkflowRule({
  meta: {
    id: 'floating-tool-version',
    area: 'build',
    severity: 'low',
    title: 'Setup action installs a floating tool version',
    rationale:
      'A tool installed at `latest` (or `stable`, `lts/*`...) changes under the build without a change to the repository: a new major can break it or change its output, and the build cannot be reproduced later. It also takes in a compromised release the day it is published.',
    remediation:
      'Name the version (`node-version: 22.11.0`, `go-version: 1.23.4`) or read it from a version file the repository pins (`node-version-file: .nvmrc`).',
    references: ['zizmor: unpinned-tools', 'SLSA Build L3 (hermetic inputs)'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  step(step) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote' || !uses.owner || !uses.repo || uses.path) return null
    const action = BY_NAME.get(`${uses.owner}/${uses.repo}`.toLowerCase())
    if (!action || action.pinnedBy.some((name) => step.with.has(name))) return null
    const entry = step.with.get(action.input)
    const value = entry?.value
    const where = `${stepOwner(step)}, step ${step.index + 1}`
    if (!entry) {
      if (!action.defaultFloats) return null
      return {
        status: 'fail',
        message: `${where}: ${action.name} without ${action.input} installs the newest release: each run may get a different version`,
        location: nodeLocation(stepDoc(step), uses.node),
        fix: `with:\n  ${action.input}: <exact version>`
      }
    }
    if (!value || value.expressions.length > 0 || !action.floating.includes(value.value.trim().toLowerCase())) return null
    return {
      status: 'fail',
      message: `${where}: ${action.name} installs ${action.input} "${value.value.trim()}", a moving version: each run may get a different one`,
      location: nodeLocation(stepDoc(step), value.node),
      fix: `${action.input}: <exact version>`
    }
  }
})
