/** `chaingate rules [--format text|markdown|json]` and `chaingate schema`. */
import { parseArgs } from 'node:util'
import { ConfigurationError, EXIT_PASS } from '../model/errors.js'
import { inBaseline } from '../model/rule.js'
import { rulesReference } from '../docs/rules-reference.js'
import { buildPolicySchema } from '../policy/schema.js'
import { allRules } from '../rules/index.js'
import type { CliIo } from './io.js'

export const RULES_USAGE = `usage: chaingate rules [--format text|markdown|json]
  Lists every rule: id, area, default severity and title (text); the documentation table (markdown); or the
  rules' metadata, whether the baseline preset enables them and their default options (json).`

export const SCHEMA_USAGE = `usage: chaingate schema
  Prints the JSON Schema of the policy file (.github/chaingate.yml), generated from the rule catalogue.`

export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } }
  })
  if (values.help) {
    io.stdout(`${RULES_USAGE}\n`)
    return EXIT_PASS
  }
  switch (values.format) {
    case 'markdown':
      io.stdout(rulesReference(allRules))
      break
    case 'json':
      io.stdout(
        `${JSON.stringify(
          allRules.map((rule) => ({ ...rule.meta, baseline: inBaseline(rule.meta), defaultOptions: rule.defaultOptions })),
          null,
          2
        )}\n`
      )
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
  const { values } = parseArgs({ args: argv, strict: true, options: { help: { type: 'boolean', short: 'h', default: false } } })
  if (values.help) {
    io.stdout(`${SCHEMA_USAGE}\n`)
    return EXIT_PASS
  }
  io.stdout(`${JSON.stringify(buildPolicySchema(allRules), null, 2)}\n`)
  return EXIT_PASS
}
