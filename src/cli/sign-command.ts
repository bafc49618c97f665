/** `chaingate sign`: placeholder until signing lands. */
import { ConfigurationError } from '../model/errors.js'
import type { CliIo } from './io.js'

export async function signCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new ConfigurationError('chaingate sign is not available in this build yet')
}
