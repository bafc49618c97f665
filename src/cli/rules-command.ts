/** `chaingate rules [--format text|markdown|json]` and `chaingate schema`. */
import { parseArgs } from 'node:util'
import { ConfigurationError, EXIT_PASS } from '../model/errors.js'
import { inBaseline } from '../model/rule.js'
import { rulesReference } from '../docs/rules-reference.js'
import { buildPolicySchema } from '../policy/schema.js'
import { allRules } from '../rules/index.js'
import type { CliIo } from './io.js'

export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { format: { type: 'string', default: 'text' } } })
  switch (values.format) {
    case 'markdown':
      io.stdout(rulesReference(allRules))
      break
    case 'json':
      io.stdout(`${JSON.stringify(allRules.map((rule) => ({ ...rule.meta, baseline: inBaseline(rule.meta), defaultOptions: rule.defaultOptions })), null, 2)}\n`)
      break
    case 'text':
      for (const rule of allRules) io.stdout(`${rule.meta.id.padEnd(36)} ${rule.meta.area.padEnd(13)} ${rule.meta.severity.padEnd(9)} ${rule.meta.title}\n`)
      break
    default:
      throw new ConfigurationError(`--format must be text, markdown or json, got ${JSON.stringify(values.format)}`)
  }
  return EXIT_PASS
}

export async function schemaCommand(argv: string[], io: CliIo): Promise<number> {
  parseArgs({ args: argv, strict: true, options: {} })
  io.stdout(`${JSON.stringify(buildPolicySchema(allRules), null, 2)}\n`)
  return EXIT_PASS
}
