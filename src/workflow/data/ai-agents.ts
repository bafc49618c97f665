/** AI agent actions: the inputs that become the model's instructions. */
import type { KnownAction } from './known.js'

export interface AgentAction extends KnownAction {
  /** Inputs (lower case) that become the prompt or system prompt. */
  inputs: string[]
}

/** AI agent actions (prompt-injection). */
export const AI_AGENT_ACTIONS: readonly AgentAction[] = [
  {
    action: 'anthropics/claude-code-action',
    inputs: ['prompt', 'direct_prompt', 'override_prompt', 'custom_instructions'],
    note: 'Claude Code with tools, on issues and pull requests'
  },
  { action: 'anthropics/claude-code-base-action', inputs: ['prompt', 'system_prompt', 'append_system_prompt'], note: 'Claude Code base action' },
  { action: 'google-github-actions/run-gemini-cli', inputs: ['prompt'], note: 'Gemini CLI with tools' },
  { action: 'openai/codex-action', inputs: ['prompt'], note: 'OpenAI Codex CLI' },
  { action: 'actions/ai-inference', inputs: ['prompt', 'system-prompt'], note: 'GitHub Models inference' }
]
